package org.cogov.procurement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cogov.planning.PurchaseRequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The end of procedures before award, their suspensions and the failed procedure a new one follows. Every
 * change of state is a compare-and-set on state and version: a double click, a retried request or a
 * second node finds the procedure changed and changes nothing.
 */
@Repository
class StoredEndings {

    private final JdbcClient jdbc;

    StoredEndings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code from} → CANCELLED, once. */
    boolean cancel(ProcedureId id, int version, Procedure.State from) {
        return move(id, version, from, Procedure.State.CANCELLED);
    }

    /** {@code from} → FAILED, once. */
    boolean fail(ProcedureId id, int version, Procedure.State from) {
        return move(id, version, from, Procedure.State.FAILED);
    }

    private boolean move(ProcedureId id, int version, Procedure.State from, Procedure.State to) {
        return jdbc.sql("""
                UPDATE procurement_procedure SET state = :to, suspended_from = NULL, version = version + 1
                WHERE id = :id AND version = :version AND state = :from""").param("to", to.name()).param("id", id.value())
                .param("version", version).param("from", from.name()).update() == 1;
    }

    /** {@code from} → SUSPENDED, remembering {@code from} to resume it. */
    boolean suspend(ProcedureId id, int version, Procedure.State from) {
        return jdbc.sql("""
                UPDATE procurement_procedure SET state = 'SUSPENDED', suspended_from = :from, version = version + 1
                WHERE id = :id AND version = :version AND state = :from""").param("from", from.name())
                .param("id", id.value()).param("version", version).update() == 1;
    }

    /** SUSPENDED → the state it was suspended from. */
    boolean resume(ProcedureId id, int version) {
        return jdbc.sql("""
                UPDATE procurement_procedure SET state = suspended_from, suspended_from = NULL, version = version + 1
                WHERE id = :id AND version = :version AND state = 'SUSPENDED' AND suspended_from IS NOT NULL""")
                .param("id", id.value()).param("version", version).update() == 1;
    }

    /** Bumps the version of a procedure still in {@code state}, so that a change decided on what was read meanwhile fails. */
    boolean touch(ProcedureId id, int version, Procedure.State state) {
        return jdbc.sql("UPDATE procurement_procedure SET version = version + 1 WHERE id = :id AND version = :version AND state = :state")
                .param("id", id.value()).param("version", version).param("state", state.name()).update() == 1;
    }

    Optional<Procedure.State> suspendedFrom(ProcedureId id) {
        return jdbc.sql("SELECT suspended_from FROM procurement_procedure WHERE id = :id").param("id", id.value())
                .query((rs, n) -> Optional.ofNullable(rs.getString("suspended_from")).map(Procedure.State::valueOf)).single();
    }

    void record(ProcedureEnding ending) {
        jdbc.sql("""
                INSERT INTO procurement_ending (procedure_id, outcome, from_state, reason, ended_by, ended_at, notice_id)
                VALUES (:id, :outcome, :from, :reason, :by, :at, :notice)""").param("id", ending.procedure().value())
                .param("outcome", ending.outcome().name()).param("from", ending.from().name()).param("reason", ending.reason())
                .param("by", ending.endedBy()).param("at", ending.endedAt().atOffset(ZoneOffset.UTC))
                .param("notice", ending.notice() == null ? null : ending.notice().value()).update();
    }

    Optional<ProcedureEnding> ending(ProcedureId id) {
        return jdbc.sql("""
                SELECT procedure_id, outcome, from_state, reason, ended_by, ended_at, notice_id FROM procurement_ending
                WHERE procedure_id = :id""").param("id", id.value()).query(StoredEndings::ending).optional();
    }

    /** Links a new draft to the failed procedure it follows. */
    void follow(ProcedureId followUp, ProcedureId failed) {
        jdbc.sql("UPDATE procurement_procedure SET follows_procedure_id = :failed WHERE id = :id")
                .param("failed", failed.value()).param("id", followUp.value()).update();
    }

    Optional<ProcedureId> follows(ProcedureId id) {
        return jdbc.sql("SELECT follows_procedure_id FROM procurement_procedure WHERE id = :id").param("id", id.value())
                .query((rs, n) -> Optional.ofNullable(rs.getObject("follows_procedure_id", UUID.class)).map(ProcedureId::new))
                .optional().flatMap(found -> found);
    }

    /** The procedures that follow a failed one, oldest first. */
    List<ProcedureId> followUps(ProcedureId failed) {
        return jdbc.sql("SELECT id FROM procurement_procedure WHERE follows_procedure_id = :id ORDER BY created_at, id")
                .param("id", failed.value()).query((rs, n) -> new ProcedureId(rs.getObject("id", UUID.class))).list();
    }

    /** The procedure of the request that failed last, which a new one from the request follows. */
    Optional<ProcedureId> latestFailure(PurchaseRequestId request) {
        return jdbc.sql("""
                SELECT p.id FROM procurement_procedure p JOIN procurement_ending e ON e.procedure_id = p.id
                WHERE p.request_id = :request AND e.outcome = 'FAILED'
                ORDER BY e.ended_at DESC, p.created_at DESC
                FETCH FIRST 1 ROWS ONLY""").param("request", request.value())
                .query((rs, n) -> new ProcedureId(rs.getObject("id", UUID.class))).optional();
    }

    /** Has a procedure of the request failed for this reason (a message key)? */
    boolean failedFor(PurchaseRequestId request, String reason) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM procurement_procedure p JOIN procurement_ending e ON e.procedure_id = p.id
                WHERE p.request_id = :request AND e.outcome = 'FAILED' AND e.reason = :reason""")
                .param("request", request.value()).param("reason", reason).query(Integer.class).single() > 0;
    }

    private static ProcedureEnding ending(ResultSet rs, int n) throws SQLException {
        UUID notice = rs.getObject("notice_id", UUID.class);
        return new ProcedureEnding(new ProcedureId(rs.getObject("procedure_id", UUID.class)),
                ProcedureEnding.Outcome.valueOf(rs.getString("outcome")), Procedure.State.valueOf(rs.getString("from_state")),
                rs.getString("reason"), rs.getObject("ended_by", UUID.class),
                rs.getObject("ended_at", OffsetDateTime.class).toInstant(), notice == null ? null : new NoticeId(notice));
    }
}
