package org.cogov.procurement.award;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Remedy;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lots' awards, their candidates and decisions, in plain SQL; every change of status a compare-and-set. */
@Repository
class AwardRecords {

    /** @param contractSignedOn the day both parties signed the lot's contract: no remedy applies from then on */
    record Row(ProcedureId procedure, int lot, LotAward.Status status, int round, Instant reportAt, LocalDate confirmBy,
            @Nullable LocalDate contractSignedOn) {
    }

    record CandidateRow(int rank, UUID bidder, BigDecimal price, @Nullable BigDecimal total, @Nullable String passedReason,
            @Nullable Instant passedAt) {
    }

    record DecisionRow(UUID id, int lot, int round, int rank, UUID winner, BigDecimal price, boolean bySilence,
            @Nullable UUID decidedBy, Instant decidedAt, @Nullable UUID noticeId, @Nullable LocalDate displayUntil,
            @Nullable String letterZh, @Nullable String letterEn, @Nullable String letterSha256, @Nullable Instant cancelledAt,
            @Nullable Remedy remedy, @Nullable String cancelReason) {
    }

    private static final String ROW = "SELECT procedure_id, lot_number, status, round_number, report_at, confirm_by, contract_signed_on FROM lot_award";
    private static final String DECISION = """
            SELECT id, lot_number, round_number, candidate_rank, winner_id, price, by_silence, decided_by, decided_at,
                   result_notice_id, display_until, letter_zh, letter_en, letter_sha256, cancelled_at, remedy, cancel_reason
            FROM award_decision""";

    private final JdbcClient jdbc;

    AwardRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The lot's award, its row locked until the transaction ends. */
    Optional<Row> lock(ProcedureId procedure, int lot) {
        return jdbc.sql(ROW + " WHERE procedure_id = :p AND lot_number = :lot FOR UPDATE").param("p", procedure.value())
                .param("lot", lot).query(AwardRecords::row).optional();
    }

    Optional<Row> find(ProcedureId procedure, int lot) {
        return jdbc.sql(ROW + " WHERE procedure_id = :p AND lot_number = :lot").param("p", procedure.value()).param("lot", lot)
                .query(AwardRecords::row).optional();
    }

    List<Row> lots(ProcedureId procedure) {
        return jdbc.sql(ROW + " WHERE procedure_id = :p ORDER BY lot_number").param("p", procedure.value())
                .query(AwardRecords::row).list();
    }

    /** The awarded lot's contract is signed, once. */
    boolean contractSigned(ProcedureId procedure, int lot, LocalDate signedOn) {
        return jdbc.sql("""
                UPDATE lot_award SET contract_signed_on = :on, version = version + 1
                WHERE procedure_id = :p AND lot_number = :lot AND status = 'AWARDED' AND contract_signed_on IS NULL""")
                .param("on", signedOn).param("p", procedure.value()).param("lot", lot).update() == 1;
    }

    /** Lots still awaiting their purchaser after their last day. */
    List<Row> awaitingAfter(LocalDate lastDay) {
        return jdbc.sql(ROW + " WHERE status = 'AWAITING' AND confirm_by < :day ORDER BY confirm_by").param("day", lastDay)
                .query(AwardRecords::row).list();
    }

    void open(ProcedureId procedure, int lot, Instant reportAt, LocalDate confirmBy) {
        jdbc.sql("""
                INSERT INTO lot_award (procedure_id, lot_number, status, round_number, report_at, confirm_by)
                VALUES (:p, :lot, 'AWAITING', 1, :at, :by)""").param("p", procedure.value()).param("lot", lot)
                .param("at", utc(reportAt)).param("by", confirmBy).update();
    }

    /** A re-evaluated lot's new ranking reached the purchaser: the next round awaits it, once. */
    boolean nextRound(ProcedureId procedure, int lot, Instant reportAt, LocalDate confirmBy) {
        return jdbc.sql("""
                UPDATE lot_award SET status = 'AWAITING', round_number = round_number + 1, report_at = :at, confirm_by = :by,
                       version = version + 1
                WHERE procedure_id = :p AND lot_number = :lot AND status = 'REEVALUATING'""").param("at", utc(reportAt))
                .param("by", confirmBy).param("p", procedure.value()).param("lot", lot).update() == 1;
    }

    /** A lot still awaiting its award gets a later last day, once per call. */
    boolean extend(ProcedureId procedure, int lot, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                UPDATE lot_award SET confirm_by = :to, version = version + 1
                WHERE procedure_id = :p AND lot_number = :lot AND status = 'AWAITING' AND confirm_by = :from""")
                .param("to", to).param("p", procedure.value()).param("lot", lot).param("from", from).update() == 1;
    }

    boolean move(ProcedureId procedure, int lot, LotAward.Status from, LotAward.Status to) {
        return jdbc.sql("""
                UPDATE lot_award SET status = :to, version = version + 1
                WHERE procedure_id = :p AND lot_number = :lot AND status = :from""").param("to", to.name())
                .param("p", procedure.value()).param("lot", lot).param("from", from.name()).update() == 1;
    }

    void candidate(ProcedureId procedure, int lot, int round, int rank, UUID bidder, BigDecimal price, @Nullable BigDecimal total) {
        jdbc.sql("""
                INSERT INTO award_candidate (procedure_id, lot_number, round_number, candidate_rank, bidder_id, price, total)
                VALUES (:p, :lot, :round, :rank, :bidder, :price, :total)""").param("p", procedure.value()).param("lot", lot)
                .param("round", round).param("rank", rank).param("bidder", bidder).param("price", price).param("total", total)
                .update();
    }

    List<CandidateRow> candidates(ProcedureId procedure, int lot, int round) {
        return jdbc.sql("""
                SELECT candidate_rank, bidder_id, price, total, passed_reason, passed_at FROM award_candidate
                WHERE procedure_id = :p AND lot_number = :lot AND round_number = :round ORDER BY candidate_rank""")
                .param("p", procedure.value()).param("lot", lot).param("round", round)
                .query((rs, n) -> new CandidateRow(rs.getInt("candidate_rank"), rs.getObject("bidder_id", UUID.class),
                        rs.getBigDecimal("price"), rs.getBigDecimal("total"), rs.getString("passed_reason"), instant(rs, "passed_at")))
                .list();
    }

    boolean passOver(ProcedureId procedure, int lot, int round, int rank, String reason, Instant at) {
        return jdbc.sql("""
                UPDATE award_candidate SET passed_reason = :reason, passed_at = :at
                WHERE procedure_id = :p AND lot_number = :lot AND round_number = :round AND candidate_rank = :rank
                  AND passed_reason IS NULL""").param("reason", reason).param("at", utc(at)).param("p", procedure.value())
                .param("lot", lot).param("round", round).param("rank", rank).update() == 1;
    }

    void decide(UUID id, ProcedureId procedure, int lot, int round, int rank, UUID winner, BigDecimal price, boolean bySilence,
            @Nullable UUID decidedBy, Instant at) {
        jdbc.sql("""
                INSERT INTO award_decision (id, procedure_id, lot_number, round_number, candidate_rank, winner_id, price,
                                            by_silence, decided_by, decided_at)
                VALUES (:id, :p, :lot, :round, :rank, :winner, :price, :silence, :by, :at)""").param("id", id)
                .param("p", procedure.value()).param("lot", lot).param("round", round).param("rank", rank).param("winner", winner)
                .param("price", price).param("silence", bySilence).param("by", decidedBy).param("at", utc(at)).update();
    }

    List<DecisionRow> decisions(ProcedureId procedure) {
        // A remedy cancels an award and decides the next at one instant: the cancelled one comes first.
        return jdbc.sql(DECISION + """
                 WHERE procedure_id = :p
                ORDER BY lot_number, decided_at, CASE WHEN cancelled_at IS NULL THEN 1 ELSE 0 END, id""")
                .param("p", procedure.value()).query(AwardRecords::decision).list();
    }

    Optional<DecisionRow> standing(ProcedureId procedure, int lot) {
        return jdbc.sql(DECISION + " WHERE procedure_id = :p AND lot_number = :lot AND cancelled_at IS NULL")
                .param("p", procedure.value()).param("lot", lot).query(AwardRecords::decision).optional();
    }

    /** The decision went out with the result notice and its award letter, once. */
    boolean published(UUID decision, UUID notice, LocalDate displayUntil, String letterZh, String letterEn, String sha256) {
        return jdbc.sql("""
                UPDATE award_decision SET result_notice_id = :notice, display_until = :until, letter_zh = :zh, letter_en = :en,
                       letter_sha256 = :sha
                WHERE id = :id AND result_notice_id IS NULL""").param("notice", notice).param("until", displayUntil)
                .param("zh", letterZh).param("en", letterEn).param("sha", sha256).param("id", decision).update() == 1;
    }

    boolean cancel(UUID decision, Instant at, @Nullable UUID by, Remedy remedy, String reason) {
        return jdbc.sql("""
                UPDATE award_decision SET cancelled_at = :at, cancelled_by = :by, remedy = :remedy, cancel_reason = :reason
                WHERE id = :id AND cancelled_at IS NULL""").param("at", utc(at)).param("by", by).param("remedy", remedy.name())
                .param("reason", reason).param("id", decision).update() == 1;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(new ProcedureId(rs.getObject("procedure_id", UUID.class)), rs.getInt("lot_number"),
                LotAward.Status.valueOf(rs.getString("status")), rs.getInt("round_number"), instant(rs, "report_at"),
                rs.getObject("confirm_by", LocalDate.class), rs.getObject("contract_signed_on", LocalDate.class));
    }

    private static DecisionRow decision(ResultSet rs, int n) throws SQLException {
        String remedy = rs.getString("remedy");
        return new DecisionRow(rs.getObject("id", UUID.class), rs.getInt("lot_number"), rs.getInt("round_number"),
                rs.getInt("candidate_rank"), rs.getObject("winner_id", UUID.class), rs.getBigDecimal("price"),
                rs.getBoolean("by_silence"), rs.getObject("decided_by", UUID.class), instant(rs, "decided_at"),
                rs.getObject("result_notice_id", UUID.class), rs.getObject("display_until", LocalDate.class),
                rs.getString("letter_zh"), rs.getString("letter_en"), rs.getString("letter_sha256"), instant(rs, "cancelled_at"),
                remedy == null ? null : Remedy.valueOf(remedy), rs.getString("cancel_reason"));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
