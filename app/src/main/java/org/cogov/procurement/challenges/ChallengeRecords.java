package org.cogov.procurement.challenges;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cogov.procurement.ChallengeKind;
import org.cogov.procurement.NoticeId;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Remedy;
import org.cogov.procurement.SuspensionEnded;
import org.cogov.registry.OrganizationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Challenges, complaints and suspensions. Every answer, decision and end is a compare-and-set: on the version of a
 * pending challenge or complaint, on the open state of a suspension, so that a double click, a retried request or a
 * second node changes nothing the second time. Every list is scoped by the caller's organization, or by the
 * procedures it runs, with bound parameters.
 */
@Repository
class ChallengeRecords {

    private static final String CHALLENGE = """
            SELECT c.id, c.procedure_id, c.organization_id, c.lodged_by, c.lodged_at, c.kind, c.lot, c.statement, c.counted_from,
                   c.window_ends, c.reply_due, c.status, c.reply, c.remedy, c.answered_by, c.answered_at, c.answered_late, c.version
            FROM procurement_challenge c""";

    private static final String COMPLAINT = """
            SELECT c.id, c.challenge_id, c.procedure_id, c.organization_id, c.lodged_by, c.lodged_at, c.statement, c.decision_due,
                   c.status, c.lot, c.remedy, c.reason, c.decided_by, c.decided_at, c.decided_late, c.notice_id, c.version
            FROM procurement_complaint c""";

    private static final String SUSPENSION = """
            SELECT id, procedure_id, complaint_id, from_state, reason, suspended_by, suspended_at, ends_by, ending, ended_by,
                   ended_at, end_reason
            FROM procurement_suspension""";

    private final JdbcClient jdbc;

    ChallengeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Challenge c) {
        jdbc.sql("""
                INSERT INTO procurement_challenge (id, procedure_id, organization_id, lodged_by, lodged_at, kind, lot, statement,
                                                   counted_from, window_ends, reply_due)
                VALUES (:id, :procedure, :organization, :by, :at, :kind, :lot, :statement, :from, :ends, :due)""")
                .param("id", c.id().value()).param("procedure", c.procedure().value()).param("organization", c.organization().value())
                .param("by", c.lodgedBy()).param("at", utc(c.lodgedAt())).param("kind", c.kind().name()).param("lot", c.lot())
                .param("statement", c.statement()).param("from", c.countedFrom()).param("ends", utc(c.windowEnds()))
                .param("due", utc(c.replyDue())).update();
    }

    Optional<Challenge> challenge(ChallengeId id) {
        return jdbc.sql(CHALLENGE + " WHERE c.id = :id").param("id", id.value()).query(ChallengeRecords::challenge).optional();
    }

    List<Challenge> challengesOf(ProcedureId procedure) {
        return jdbc.sql(CHALLENGE + " WHERE c.procedure_id = :p ORDER BY c.lodged_at, c.id").param("p", procedure.value())
                .query(ChallengeRecords::challenge).list();
    }

    /** The challenges an organization lodged, newest first. */
    List<Challenge> challengesBy(OrganizationId organization) {
        return jdbc.sql(CHALLENGE + " WHERE c.organization_id = :o ORDER BY c.lodged_at DESC, c.id")
                .param("o", organization.value()).query(ChallengeRecords::challenge).list();
    }

    /** The challenges of the procedures an organization runs, as purchaser or agency, pending first, oldest first. */
    List<Challenge> challengesRunBy(OrganizationId organization) {
        return jdbc.sql(CHALLENGE + """
                 JOIN procurement_procedure p ON p.id = c.procedure_id
                WHERE p.purchaser_id = :o OR p.agency_id = :o
                ORDER BY CASE WHEN c.status = 'PENDING' THEN 0 ELSE 1 END, c.lodged_at, c.id""")
                .param("o", organization.value()).query(ChallengeRecords::challenge).list();
    }

    /** Every challenge, newest first, for the finance bureau and auditors. */
    List<Challenge> challenges() {
        return jdbc.sql(CHALLENGE + " ORDER BY c.lodged_at DESC, c.id").query(ChallengeRecords::challenge).list();
    }

    /** @return false when the challenge was answered meanwhile, or changed */
    boolean answer(ChallengeId id, int version, Challenge.Status outcome, String reply, @Nullable Remedy remedy, UUID by, Instant at,
            boolean late) {
        return jdbc.sql("""
                UPDATE procurement_challenge SET status = :status, reply = :reply, remedy = :remedy, answered_by = :by,
                       answered_at = :at, answered_late = :late, version = version + 1
                WHERE id = :id AND version = :version AND status = 'PENDING'""").param("status", outcome.name())
                .param("reply", reply).param("remedy", remedy == null ? null : remedy.name()).param("by", by).param("at", utc(at))
                .param("late", late).param("id", id.value()).param("version", version).update() == 1;
    }

    /** The day an organization first obtained any of the procedure's documents, if it did. */
    Optional<Instant> firstObtained(ProcedureId procedure, OrganizationId organization) {
        return jdbc.sql("""
                SELECT MIN(downloaded_at) FROM procurement_download WHERE procedure_id = :p AND organization_id = :o""")
                .param("p", procedure.value()).param("o", organization.value())
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant)).single();
    }

    /** The organizations that obtained the procedure's documents: those a reply about the documents goes to. */
    List<UUID> obtainers(ProcedureId procedure) {
        return jdbc.sql("SELECT DISTINCT organization_id FROM procurement_download WHERE procedure_id = :p")
                .param("p", procedure.value()).query(UUID.class).list();
    }

    void add(Complaint c) {
        jdbc.sql("""
                INSERT INTO procurement_complaint (id, challenge_id, procedure_id, organization_id, lodged_by, lodged_at, statement,
                                                   decision_due, lot)
                VALUES (:id, :challenge, :procedure, :organization, :by, :at, :statement, :due, :lot)""")
                .param("id", c.id().value()).param("challenge", c.challenge().value()).param("procedure", c.procedure().value())
                .param("organization", c.organization().value()).param("by", c.lodgedBy()).param("at", utc(c.lodgedAt()))
                .param("statement", c.statement()).param("due", utc(c.decisionDue())).param("lot", c.lot()).update();
    }

    Optional<Complaint> complaint(ComplaintId id) {
        return jdbc.sql(COMPLAINT + " WHERE c.id = :id").param("id", id.value()).query(ChallengeRecords::complaint).optional();
    }

    Optional<Complaint> complaintOn(ChallengeId challenge) {
        return jdbc.sql(COMPLAINT + " WHERE c.challenge_id = :c").param("c", challenge.value()).query(ChallengeRecords::complaint)
                .optional();
    }

    /** The complaints an organization lodged, newest first. */
    List<Complaint> complaintsBy(OrganizationId organization) {
        return jdbc.sql(COMPLAINT + " WHERE c.organization_id = :o ORDER BY c.lodged_at DESC, c.id")
                .param("o", organization.value()).query(ChallengeRecords::complaint).list();
    }

    /** The complaints about the procedures an organization runs, newest first. */
    List<Complaint> complaintsAbout(OrganizationId organization) {
        return jdbc.sql(COMPLAINT + """
                 JOIN procurement_procedure p ON p.id = c.procedure_id
                WHERE p.purchaser_id = :o OR p.agency_id = :o
                ORDER BY c.lodged_at DESC, c.id""").param("o", organization.value()).query(ChallengeRecords::complaint).list();
    }

    /** Every complaint, pending first, oldest first: the finance bureau's list. */
    List<Complaint> complaints() {
        return jdbc.sql(COMPLAINT + " ORDER BY CASE WHEN c.status = 'PENDING' THEN 0 ELSE 1 END, c.lodged_at, c.id")
                .query(ChallengeRecords::complaint).list();
    }

    /** @return false when the complaint was decided meanwhile, or changed */
    boolean decide(ComplaintId id, int version, Complaint.Status outcome, @Nullable Integer lot, @Nullable Remedy remedy, String reason,
            UUID by, Instant at, boolean late, NoticeId notice) {
        return jdbc.sql("""
                UPDATE procurement_complaint SET status = :status, lot = :lot, remedy = :remedy, reason = :reason, decided_by = :by,
                       decided_at = :at, decided_late = :late, notice_id = :notice, version = version + 1
                WHERE id = :id AND version = :version AND status = 'PENDING'""").param("status", outcome.name()).param("lot", lot)
                .param("remedy", remedy == null ? null : remedy.name()).param("reason", reason).param("by", by)
                .param("at", utc(at)).param("late", late).param("notice", notice.value()).param("id", id.value())
                .param("version", version).update() == 1;
    }

    /** Bumps a pending complaint's version, so that a decision taken on what was read before fails. */
    boolean touch(ComplaintId id, int version) {
        return jdbc.sql("UPDATE procurement_complaint SET version = version + 1 WHERE id = :id AND version = :version AND status = 'PENDING'")
                .param("id", id.value()).param("version", version).update() == 1;
    }

    void add(Suspension s) {
        jdbc.sql("""
                INSERT INTO procurement_suspension (id, procedure_id, complaint_id, from_state, reason, suspended_by, suspended_at,
                                                    ends_by)
                VALUES (:id, :procedure, :complaint, :from, :reason, :by, :at, :ends)""").param("id", s.id())
                .param("procedure", s.procedure().value()).param("complaint", s.complaint().value()).param("from", s.from().name())
                .param("reason", s.reason()).param("by", s.suspendedBy()).param("at", utc(s.suspendedAt()))
                .param("ends", utc(s.endsBy())).update();
    }

    Optional<Suspension> suspension(UUID id) {
        return jdbc.sql(SUSPENSION + " WHERE id = :id").param("id", id).query(ChallengeRecords::suspension).optional();
    }

    /** The complaint's suspensions, newest first: the first is the open one, if any is. */
    List<Suspension> suspensionsOn(ComplaintId complaint) {
        return jdbc.sql(SUSPENSION + " WHERE complaint_id = :c ORDER BY suspended_at DESC, id").param("c", complaint.value())
                .query(ChallengeRecords::suspension).list();
    }

    /** The procedure's open suspension on a complaint, if it has one. */
    Optional<Suspension> openSuspension(ProcedureId procedure) {
        return jdbc.sql(SUSPENSION + " WHERE procedure_id = :p AND ended_at IS NULL").param("p", procedure.value())
                .query(ChallengeRecords::suspension).optional();
    }

    /** The open suspensions at or past their limit, for the catch-up of their ends. */
    List<UUID> pastTheirLimit(Instant now) {
        return jdbc.sql("SELECT id FROM procurement_suspension WHERE ended_at IS NULL AND ends_by <= :now ORDER BY ends_by")
                .param("now", utc(now)).query(UUID.class).list();
    }

    /** @return false when the suspension had ended already */
    boolean end(UUID id, SuspensionEnded.Ending ending, @Nullable UUID by, @Nullable String reason, Instant at) {
        return jdbc.sql("""
                UPDATE procurement_suspension SET ending = :ending, ended_by = :by, ended_at = :at, end_reason = :reason
                WHERE id = :id AND ended_at IS NULL""").param("ending", ending.name()).param("by", by).param("at", utc(at))
                .param("reason", reason).param("id", id).update() == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Remedy remedy(ResultSet rs) throws SQLException {
        String remedy = rs.getString("remedy");
        return remedy == null ? null : Remedy.valueOf(remedy);
    }

    private static Challenge challenge(ResultSet rs, int n) throws SQLException {
        return new Challenge(new ChallengeId(rs.getObject("id", UUID.class)), new ProcedureId(rs.getObject("procedure_id", UUID.class)),
                new OrganizationId(rs.getObject("organization_id", UUID.class)), rs.getObject("lodged_by", UUID.class),
                rs.getObject("lodged_at", OffsetDateTime.class).toInstant(), ChallengeKind.valueOf(rs.getString("kind")),
                integer(rs, "lot"), rs.getString("statement"), rs.getObject("counted_from", java.time.LocalDate.class),
                rs.getObject("window_ends", OffsetDateTime.class).toInstant(), rs.getObject("reply_due", OffsetDateTime.class).toInstant(),
                Challenge.Status.valueOf(rs.getString("status")), rs.getString("reply"), remedy(rs),
                rs.getObject("answered_by", UUID.class), instant(rs, "answered_at"), rs.getBoolean("answered_late"), rs.getInt("version"));
    }

    private static Complaint complaint(ResultSet rs, int n) throws SQLException {
        UUID notice = rs.getObject("notice_id", UUID.class);
        return new Complaint(new ComplaintId(rs.getObject("id", UUID.class)), new ChallengeId(rs.getObject("challenge_id", UUID.class)),
                new ProcedureId(rs.getObject("procedure_id", UUID.class)), new OrganizationId(rs.getObject("organization_id", UUID.class)),
                rs.getObject("lodged_by", UUID.class), rs.getObject("lodged_at", OffsetDateTime.class).toInstant(),
                rs.getString("statement"), rs.getObject("decision_due", OffsetDateTime.class).toInstant(),
                Complaint.Status.valueOf(rs.getString("status")), integer(rs, "lot"), remedy(rs), rs.getString("reason"),
                rs.getObject("decided_by", UUID.class), instant(rs, "decided_at"), rs.getBoolean("decided_late"),
                notice == null ? null : new NoticeId(notice), rs.getInt("version"));
    }

    private static Suspension suspension(ResultSet rs, int n) throws SQLException {
        String ending = rs.getString("ending");
        return new Suspension(rs.getObject("id", UUID.class), new ProcedureId(rs.getObject("procedure_id", UUID.class)),
                new ComplaintId(rs.getObject("complaint_id", UUID.class)), Procedure.State.valueOf(rs.getString("from_state")),
                rs.getString("reason"), rs.getObject("suspended_by", UUID.class), rs.getObject("suspended_at", OffsetDateTime.class).toInstant(),
                rs.getObject("ends_by", OffsetDateTime.class).toInstant(), ending == null ? null : SuspensionEnded.Ending.valueOf(ending),
                rs.getObject("ended_by", UUID.class), instant(rs, "ended_at"), rs.getString("end_reason"));
    }
}
