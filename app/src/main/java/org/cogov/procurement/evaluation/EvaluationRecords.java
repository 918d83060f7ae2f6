package org.cogov.procurement.evaluation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.evaluation.LotEvaluation.CorrectionKind;
import org.cogov.procurement.evaluation.LotEvaluation.MemberScore;
import org.cogov.procurement.evaluation.LotEvaluation.PanelVote;
import org.cogov.procurement.evaluation.LotEvaluation.PriceCorrection;
import org.cogov.procurement.evaluation.LotEvaluation.PriceExplanation;
import org.cogov.procurement.evaluation.LotEvaluation.Question;
import org.cogov.procurement.evaluation.LotEvaluation.ScoreCorrection;
import org.cogov.procurement.evaluation.LotEvaluation.Stage;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The evaluation's tables, {@code lot_evaluation} and those that hang from it. */
@Repository
class EvaluationRecords {

    /** A lot's evaluation row. */
    record Row(Stage stage, Instant startedAt, @Nullable String tieSeed, @Nullable Instant compiledAt,
            @Nullable Instant completedAt, @Nullable String failureReason, @Nullable Instant finalQuotationsDue) {
    }

    /** An evaluated bid's row. */
    record BidRow(UUID bidder, BigDecimal price, @Nullable Boolean qualified, @Nullable String qualificationReason,
            @Nullable Boolean compliant, @Nullable String invalidReason, @Nullable Integer ranking, boolean drawn,
            boolean tieSettled, @Nullable BigDecimal priceScore, @Nullable BigDecimal total, @Nullable BigDecimal shownTotal,
            @Nullable BigDecimal finalPrice) {
    }

    /** A member's sheet: when submitted, when signed, and the dissent given with the signature. */
    record Sheet(UUID member, @Nullable Instant submittedAt, @Nullable Instant signedAt, @Nullable String dissent) {
    }

    private final JdbcClient jdbc;

    EvaluationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Starts a lot's evaluation, once; false when it had started already. The lot's opening row is locked
     * first, so that two requests beginning it at the same moment take turns and the second finds it begun.
     */
    boolean start(ProcedureId procedure, int lot, Instant at) {
        jdbc.sql("SELECT outcome FROM lot_opening WHERE procedure_id = :p AND lot_number = :lot FOR UPDATE")
                .param("p", procedure.value()).param("lot", lot).query(String.class).optional();
        return jdbc.sql("""
                INSERT INTO lot_evaluation (procedure_id, lot_number, stage, started_at)
                SELECT :p, :lot, 'QUALIFICATION', :at FROM lot_opening
                WHERE procedure_id = :p AND lot_number = :lot AND outcome = 'OPENED'
                AND NOT EXISTS (SELECT 1 FROM lot_evaluation WHERE procedure_id = :p AND lot_number = :lot)""")
                .param("p", procedure.value()).param("lot", lot).param("at", utc(at)).update() == 1;
    }

    void addBid(ProcedureId procedure, int lot, UUID bidder, BigDecimal price) {
        jdbc.sql("INSERT INTO evaluated_bid (procedure_id, lot_number, bidder_id, price) VALUES (:p, :lot, :b, :price)")
                .param("p", procedure.value()).param("lot", lot).param("b", bidder).param("price", price).update();
    }

    /** The lot's row, locked until the transaction ends, so that two members' last acts take turns. */
    Optional<Row> lock(ProcedureId procedure, int lot) {
        return jdbc.sql("""
                SELECT stage, started_at, tie_seed, compiled_at, completed_at, failure_reason, final_quotations_due FROM lot_evaluation
                WHERE procedure_id = :p AND lot_number = :lot FOR UPDATE""")
                .param("p", procedure.value()).param("lot", lot).query(EvaluationRecords::row).optional();
    }

    Optional<Row> find(ProcedureId procedure, int lot) {
        return jdbc.sql("""
                SELECT stage, started_at, tie_seed, compiled_at, completed_at, failure_reason, final_quotations_due FROM lot_evaluation
                WHERE procedure_id = :p AND lot_number = :lot""")
                .param("p", procedure.value()).param("lot", lot).query(EvaluationRecords::row).optional();
    }

    /** The stage of every lot of the procedure that has an evaluation. */
    List<Stage> stages(ProcedureId procedure) {
        return jdbc.sql("SELECT stage FROM lot_evaluation WHERE procedure_id = :p").param("p", procedure.value())
                .query((rs, n) -> Stage.valueOf(rs.getString(1))).list();
    }

    void stage(ProcedureId procedure, int lot, Stage stage) {
        jdbc.sql("UPDATE lot_evaluation SET stage = :stage WHERE procedure_id = :p AND lot_number = :lot")
                .param("stage", stage.name()).param("p", procedure.value()).param("lot", lot).update();
    }

    void fail(ProcedureId procedure, int lot, String reason, Instant at) {
        jdbc.sql("""
                UPDATE lot_evaluation SET stage = 'FAILED', failure_reason = :reason, completed_at = :at
                WHERE procedure_id = :p AND lot_number = :lot""")
                .param("reason", reason).param("at", utc(at)).param("p", procedure.value()).param("lot", lot).update();
    }

    void compiled(ProcedureId procedure, int lot, String tieSeed, Instant at) {
        jdbc.sql("""
                UPDATE lot_evaluation SET stage = 'COMPILED', tie_seed = :seed, compiled_at = :at
                WHERE procedure_id = :p AND lot_number = :lot""")
                .param("seed", tieSeed).param("at", utc(at)).param("p", procedure.value()).param("lot", lot).update();
    }

    void completed(ProcedureId procedure, int lot, Instant at) {
        jdbc.sql("UPDATE lot_evaluation SET stage = 'COMPLETED', completed_at = :at WHERE procedure_id = :p AND lot_number = :lot")
                .param("at", utc(at)).param("p", procedure.value()).param("lot", lot).update();
    }

    /** COMPLETED → COMPILED, once: the ranking stands open to its panel again. */
    boolean reopened(ProcedureId procedure, int lot) {
        return jdbc.sql("""
                UPDATE lot_evaluation SET stage = 'COMPILED', completed_at = NULL
                WHERE procedure_id = :p AND lot_number = :lot AND stage = 'COMPLETED'""")
                .param("p", procedure.value()).param("lot", lot).update() == 1;
    }

    List<BidRow> bids(ProcedureId procedure, int lot) {
        return jdbc.sql("""
                SELECT bidder_id, price, qualified, qualification_reason, compliant, invalid_reason, ranking, drawn, tie_settled,
                       price_score, total, shown_total, final_price
                FROM evaluated_bid WHERE procedure_id = :p AND lot_number = :lot ORDER BY bidder_id""")
                .param("p", procedure.value()).param("lot", lot)
                .query((rs, n) -> new BidRow(rs.getObject("bidder_id", UUID.class), rs.getBigDecimal("price"),
                        nullableBoolean(rs, "qualified"), rs.getString("qualification_reason"), nullableBoolean(rs, "compliant"),
                        rs.getString("invalid_reason"), nullableInt(rs, "ranking"), rs.getBoolean("drawn"),
                        rs.getBoolean("tie_settled"), rs.getBigDecimal("price_score"), rs.getBigDecimal("total"), rs.getBigDecimal("shown_total"),
                        rs.getBigDecimal("final_price")))
                .list();
    }

    /** Records the purchaser's qualification verdict on a bid not yet reviewed; false when it was. */
    boolean qualify(ProcedureId procedure, int lot, UUID bidder, boolean passed, @Nullable String reason, UUID by, Instant at) {
        return jdbc.sql("""
                UPDATE evaluated_bid SET qualified = :passed, qualification_reason = :reason, qualified_by = :by,
                       qualified_at = :at, invalid_reason = CASE WHEN :passed THEN invalid_reason ELSE :invalid END
                WHERE procedure_id = :p AND lot_number = :lot AND bidder_id = :b AND qualified IS NULL""")
                .param("passed", passed).param("reason", reason).param("by", by).param("at", utc(at))
                .param("invalid", "procurement.evaluation.invalid.qualification")
                .param("p", procedure.value()).param("lot", lot).param("b", bidder).update() == 1;
    }

    void compliant(ProcedureId procedure, int lot, UUID bidder, boolean compliant) {
        jdbc.sql("""
                UPDATE evaluated_bid SET compliant = :c, invalid_reason = CASE WHEN :c THEN invalid_reason ELSE :invalid END
                WHERE procedure_id = :p AND lot_number = :lot AND bidder_id = :b""")
                .param("c", compliant).param("invalid", "procurement.evaluation.invalid.compliance")
                .param("p", procedure.value()).param("lot", lot).param("b", bidder).update();
    }

    void invalidate(ProcedureId procedure, int lot, UUID bidder, String reason) {
        jdbc.sql("""
                UPDATE evaluated_bid SET invalid_reason = :reason
                WHERE procedure_id = :p AND lot_number = :lot AND bidder_id = :b AND invalid_reason IS NULL""")
                .param("reason", reason).param("p", procedure.value()).param("lot", lot).param("b", bidder).update();
    }

    void result(ProcedureId procedure, int lot, Ranking.RankedBid ranked, @Nullable BigDecimal priceScore,
            @Nullable BigDecimal total, @Nullable BigDecimal shownTotal) {
        jdbc.sql("""
                UPDATE evaluated_bid SET ranking = :ranking, drawn = :drawn, tie_settled = :settled, price_score = :ps,
                       total = :total, shown_total = :shown
                WHERE procedure_id = :p AND lot_number = :lot AND bidder_id = :b""")
                .param("ranking", ranked.rank()).param("drawn", ranked.drawn())
                .param("settled", ranked.tie() == Ranking.Tie.SETTLED).param("ps", priceScore).param("total", total)
                .param("shown", shownTotal).param("p", procedure.value()).param("lot", lot).param("b", ranked.bid()).update();
    }

    /** Records a member's vote, once per member and question; false when the member had voted. */
    boolean vote(ProcedureId procedure, int lot, UUID bidder, Question question, UUID member, boolean inFavour,
            @Nullable String reason, Instant at) {
        if (jdbc.sql("""
                SELECT COUNT(*) FROM panel_vote
                WHERE procedure_id = :p AND lot_number = :lot AND bidder_id = :b AND question = :q AND member_id = :m""")
                .param("p", procedure.value()).param("lot", lot).param("b", bidder).param("q", question.name())
                .param("m", member).query(Integer.class).single() > 0) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO panel_vote (procedure_id, lot_number, bidder_id, question, member_id, in_favour, reason, voted_at)
                VALUES (:p, :lot, :b, :q, :m, :f, :reason, :at)""")
                .param("p", procedure.value()).param("lot", lot).param("b", bidder).param("q", question.name())
                .param("m", member).param("f", inFavour).param("reason", reason).param("at", utc(at)).update();
        return true;
    }

    List<PanelVote> votes(ProcedureId procedure, int lot) {
        return jdbc.sql("""
                SELECT bidder_id, question, member_id, in_favour, reason, voted_at FROM panel_vote
                WHERE procedure_id = :p AND lot_number = :lot ORDER BY voted_at, member_id""")
                .param("p", procedure.value()).param("lot", lot)
                .query((rs, n) -> new PanelVote(rs.getObject("bidder_id", UUID.class), Question.valueOf(rs.getString("question")),
                        rs.getObject("member_id", UUID.class), rs.getBoolean("in_favour"), rs.getString("reason"),
                        instant(rs, "voted_at")))
                .list();
    }

    /** Proposes a correction of a bid's price, once per bid; false when one was proposed. */
    boolean proposeCorrection(ProcedureId procedure, int lot, UUID bidder, CorrectionKind kind, BigDecimal original,
            BigDecimal corrected, String reason, UUID by, Instant at) {
        if (jdbc.sql("SELECT COUNT(*) FROM price_correction WHERE procedure_id = :p AND lot_number = :lot AND bidder_id = :b")
                .param("p", procedure.value()).param("lot", lot).param("b", bidder).query(Integer.class).single() > 0) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO price_correction (procedure_id, lot_number, bidder_id, kind, original, corrected, reason,
                                              proposed_by, proposed_at)
                VALUES (:p, :lot, :b, :kind, :original, :corrected, :reason, :by, :at)""")
                .param("p", procedure.value()).param("lot", lot).param("b", bidder).param("kind", kind.name())
                .param("original", original).param("corrected", corrected).param("reason", reason).param("by", by)
                .param("at", utc(at)).update();
        return true;
    }

    /** The bidder's answer to a correction not yet answered; false when there is none to answer. */
    boolean answerCorrection(ProcedureId procedure, int lot, UUID bidder, PriceCorrection.Answer answer, @Nullable UUID by,
            Instant at) {
        return jdbc.sql("""
                UPDATE price_correction SET answer = :answer, answered_by = :by, answered_at = :at
                WHERE procedure_id = :p AND lot_number = :lot AND bidder_id = :b AND answer IS NULL""")
                .param("answer", answer.name()).param("by", by).param("at", utc(at))
                .param("p", procedure.value()).param("lot", lot).param("b", bidder).update() == 1;
    }

    List<PriceCorrection> corrections(ProcedureId procedure, int lot) {
        return jdbc.sql("""
                SELECT bidder_id, kind, original, corrected, reason, proposed_by, proposed_at, answer, answered_at
                FROM price_correction WHERE procedure_id = :p AND lot_number = :lot ORDER BY proposed_at, bidder_id""")
                .param("p", procedure.value()).param("lot", lot)
                .query((rs, n) -> new PriceCorrection(rs.getObject("bidder_id", UUID.class),
                        CorrectionKind.valueOf(rs.getString("kind")), rs.getBigDecimal("original"), rs.getBigDecimal("corrected"),
                        rs.getString("reason"), rs.getObject("proposed_by", UUID.class), instant(rs, "proposed_at"),
                        rs.getString("answer") == null ? null : PriceCorrection.Answer.valueOf(rs.getString("answer")),
                        instant(rs, "answered_at")))
                .list();
    }

    void requestExplanation(ProcedureId procedure, int lot, AbnormallyLowPrices.Suspect suspect, Instant at, Instant due) {
        AbnormallyLowPrices.Trigger mean = trigger(suspect, AbnormallyLowPrices.Reference.MEAN_OF_OTHERS);
        AbnormallyLowPrices.Trigger next = trigger(suspect, AbnormallyLowPrices.Reference.NEXT_PRICE);
        jdbc.sql("""
                INSERT INTO price_explanation (procedure_id, lot_number, bidder_id, below_mean, mean_price, below_next,
                                               next_price, requested_at, due_at)
                VALUES (:p, :lot, :b, :belowMean, :mean, :belowNext, :next, :at, :due)""")
                .param("p", procedure.value()).param("lot", lot).param("b", suspect.bid())
                .param("belowMean", mean == null ? null : mean.percentBelow())
                .param("mean", mean == null ? null : mean.amount())
                .param("belowNext", next == null ? null : next.percentBelow())
                .param("next", next == null ? null : next.amount())
                .param("at", utc(at)).param("due", utc(due)).update();
    }

    private static AbnormallyLowPrices.@Nullable Trigger trigger(AbnormallyLowPrices.Suspect suspect,
            AbnormallyLowPrices.Reference reference) {
        return suspect.triggers().stream().filter(t -> t.reference() == reference).findFirst().orElse(null);
    }

    /** The bidder's explanation, once and before it is due; false otherwise. */
    boolean explain(ProcedureId procedure, int lot, UUID bidder, String text, UUID by, Instant at) {
        return jdbc.sql("""
                UPDATE price_explanation SET explanation = :text, explained_by = :by, explained_at = :at
                WHERE procedure_id = :p AND lot_number = :lot AND bidder_id = :b AND explanation IS NULL AND due_at > :at""")
                .param("text", text).param("by", by).param("at", utc(at))
                .param("p", procedure.value()).param("lot", lot).param("b", bidder).update() == 1;
    }

    List<PriceExplanation> explanations(ProcedureId procedure, int lot) {
        return jdbc.sql("""
                SELECT bidder_id, below_mean, mean_price, below_next, next_price, requested_at, due_at, explanation, explained_at
                FROM price_explanation WHERE procedure_id = :p AND lot_number = :lot ORDER BY bidder_id""")
                .param("p", procedure.value()).param("lot", lot)
                .query((rs, n) -> new PriceExplanation(rs.getObject("bidder_id", UUID.class), rs.getBigDecimal("below_mean"),
                        rs.getBigDecimal("mean_price"), rs.getBigDecimal("below_next"), rs.getBigDecimal("next_price"),
                        instant(rs, "requested_at"), instant(rs, "due_at"), rs.getString("explanation"),
                        instant(rs, "explained_at")))
                .list();
    }

    /** Keeps a member's sheet, submitted once and whole; false when the member had submitted. */
    boolean submit(ProcedureId procedure, int lot, UUID member, List<MemberScore> scores, Instant at) {
        if (jdbc.sql("SELECT COUNT(*) FROM score_sheet WHERE procedure_id = :p AND lot_number = :lot AND member_id = :m")
                .param("p", procedure.value()).param("lot", lot).param("m", member).query(Integer.class).single() > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO score_sheet (procedure_id, lot_number, member_id, submitted_at) VALUES (:p, :lot, :m, :at)")
                .param("p", procedure.value()).param("lot", lot).param("m", member).param("at", utc(at)).update();
        for (MemberScore score : scores) {
            jdbc.sql("""
                    INSERT INTO expert_score (procedure_id, lot_number, member_id, bidder_id, factor_index, score)
                    VALUES (:p, :lot, :m, :b, :f, :score)""")
                    .param("p", procedure.value()).param("lot", lot).param("m", member).param("b", score.bidder())
                    .param("f", score.factor()).param("score", score.score()).update();
        }
        return true;
    }

    List<Sheet> sheets(ProcedureId procedure, int lot) {
        return jdbc.sql("""
                SELECT member_id, submitted_at, signed_at, dissent FROM score_sheet
                WHERE procedure_id = :p AND lot_number = :lot ORDER BY member_id""")
                .param("p", procedure.value()).param("lot", lot)
                .query((rs, n) -> new Sheet(rs.getObject("member_id", UUID.class), instant(rs, "submitted_at"),
                        instant(rs, "signed_at"), rs.getString("dissent")))
                .list();
    }

    List<MemberScore> scores(ProcedureId procedure, int lot) {
        return jdbc.sql("""
                SELECT member_id, bidder_id, factor_index, score FROM expert_score
                WHERE procedure_id = :p AND lot_number = :lot ORDER BY member_id, bidder_id, factor_index""")
                .param("p", procedure.value()).param("lot", lot)
                .query((rs, n) -> new MemberScore(rs.getObject("member_id", UUID.class), rs.getObject("bidder_id", UUID.class),
                        rs.getInt("factor_index"), rs.getBigDecimal("score")))
                .list();
    }

    void correctScore(UUID id, ProcedureId procedure, int lot, MemberScore before, BigDecimal after, String reason, Instant at) {
        jdbc.sql("""
                UPDATE expert_score SET score = :after
                WHERE procedure_id = :p AND lot_number = :lot AND member_id = :m AND bidder_id = :b AND factor_index = :f""")
                .param("after", after).param("p", procedure.value()).param("lot", lot).param("m", before.member())
                .param("b", before.bidder()).param("f", before.factor()).update();
        jdbc.sql("""
                INSERT INTO score_correction (id, procedure_id, lot_number, member_id, bidder_id, factor_index, before_score,
                                              after_score, reason, corrected_at)
                VALUES (:id, :p, :lot, :m, :b, :f, :before, :after, :reason, :at)""")
                .param("id", id).param("p", procedure.value()).param("lot", lot).param("m", before.member())
                .param("b", before.bidder()).param("f", before.factor()).param("before", before.score()).param("after", after)
                .param("reason", reason).param("at", utc(at)).update();
    }

    List<ScoreCorrection> scoreCorrections(ProcedureId procedure, int lot) {
        return jdbc.sql("""
                SELECT member_id, bidder_id, factor_index, before_score, after_score, reason, corrected_at FROM score_correction
                WHERE procedure_id = :p AND lot_number = :lot ORDER BY corrected_at, id""")
                .param("p", procedure.value()).param("lot", lot)
                .query((rs, n) -> new ScoreCorrection(rs.getObject("member_id", UUID.class), rs.getObject("bidder_id", UUID.class),
                        rs.getInt("factor_index"), rs.getBigDecimal("before_score"), rs.getBigDecimal("after_score"),
                        rs.getString("reason"), instant(rs, "corrected_at")))
                .list();
    }

    /** A member signs the compiled ranking, with a dissent or none; false when the member had signed. */
    boolean sign(ProcedureId procedure, int lot, UUID member, @Nullable String dissent, Instant at) {
        int updated = jdbc.sql("""
                UPDATE score_sheet SET signed_at = :at, dissent = :dissent
                WHERE procedure_id = :p AND lot_number = :lot AND member_id = :m AND signed_at IS NULL""")
                .param("at", utc(at)).param("dissent", dissent).param("p", procedure.value()).param("lot", lot)
                .param("m", member).update();
        if (updated == 1) {
            return true;
        }
        if (jdbc.sql("SELECT COUNT(*) FROM score_sheet WHERE procedure_id = :p AND lot_number = :lot AND member_id = :m")
                .param("p", procedure.value()).param("lot", lot).param("m", member).query(Integer.class).single() > 0) {
            return false;
        }
        // A lowest-price lot has no score sheets: the signature makes the member's row.
        jdbc.sql("""
                INSERT INTO score_sheet (procedure_id, lot_number, member_id, signed_at, dissent)
                VALUES (:p, :lot, :m, :at, :dissent)""")
                .param("p", procedure.value()).param("lot", lot).param("m", member).param("at", utc(at))
                .param("dissent", dissent).update();
        return true;
    }

    /** A corrected ranking is not the one signed: the signatures given to the old one no longer count. */
    void clearSignatures(ProcedureId procedure, int lot) {
        jdbc.sql("UPDATE score_sheet SET signed_at = NULL, dissent = NULL WHERE procedure_id = :p AND lot_number = :lot")
                .param("p", procedure.value()).param("lot", lot).update();
    }

    /** Records the minutes of one round's talk with one supplier, once per round; false when that round has its minutes. */
    boolean minutes(UUID id, ProcedureId procedure, int lot, UUID bidder, int round, String text, UUID by, Instant at) {
        return jdbc.sql("""
                INSERT INTO negotiation_minutes (id, procedure_id, lot_number, bidder_id, round, text, recorded_by, recorded_at)
                SELECT :id, :p, :lot, :b, :round, :text, :by, :at FROM lot_evaluation WHERE procedure_id = :p AND lot_number = :lot
                AND NOT EXISTS (SELECT 1 FROM negotiation_minutes WHERE procedure_id = :p AND lot_number = :lot AND bidder_id = :b
                                AND round = :round)""")
                .param("id", id).param("p", procedure.value()).param("lot", lot).param("b", bidder).param("round", round)
                .param("text", text).param("by", by).param("at", utc(at)).update() == 1;
    }

    List<LotEvaluation.TalkMinutes> minutes(ProcedureId procedure, int lot) {
        return jdbc.sql("""
                SELECT bidder_id, round, text, recorded_by, recorded_at FROM negotiation_minutes
                WHERE procedure_id = :p AND lot_number = :lot ORDER BY round, recorded_at, bidder_id""")
                .param("p", procedure.value()).param("lot", lot)
                .query((rs, n) -> new LotEvaluation.TalkMinutes(rs.getObject("bidder_id", UUID.class), rs.getInt("round"),
                        rs.getString("text"), rs.getObject("recorded_by", UUID.class), instant(rs, "recorded_at")))
                .list();
    }

    void amendment(UUID id, ProcedureId procedure, int lot, String text, UUID by, Instant at) {
        jdbc.sql("""
                INSERT INTO negotiation_amendment (id, procedure_id, lot_number, text, recorded_by, recorded_at)
                VALUES (:id, :p, :lot, :text, :by, :at)""")
                .param("id", id).param("p", procedure.value()).param("lot", lot).param("text", text).param("by", by)
                .param("at", utc(at)).update();
    }

    List<LotEvaluation.RequirementsAmended> amendments(ProcedureId procedure, int lot) {
        return jdbc.sql("""
                SELECT id, text, recorded_by, recorded_at FROM negotiation_amendment
                WHERE procedure_id = :p AND lot_number = :lot ORDER BY recorded_at, id""")
                .param("p", procedure.value()).param("lot", lot)
                .query((rs, n) -> new LotEvaluation.RequirementsAmended(rs.getObject("id", UUID.class), rs.getString("text"),
                        rs.getObject("recorded_by", UUID.class), instant(rs, "recorded_at")))
                .list();
    }

    /** The call for final quotations: the lot waits for them until the due time. */
    void finalQuotationsCalled(ProcedureId procedure, int lot, Instant due) {
        jdbc.sql("""
                UPDATE lot_evaluation SET stage = 'FINAL_QUOTATIONS', final_quotations_due = :due
                WHERE procedure_id = :p AND lot_number = :lot""")
                .param("due", utc(due)).param("p", procedure.value()).param("lot", lot).update();
    }

    void finalPrice(ProcedureId procedure, int lot, UUID bidder, BigDecimal price) {
        jdbc.sql("UPDATE evaluated_bid SET final_price = :price WHERE procedure_id = :p AND lot_number = :lot AND bidder_id = :b")
                .param("price", price).param("p", procedure.value()).param("lot", lot).param("b", bidder).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(Stage.valueOf(rs.getString("stage")), instant(rs, "started_at"), rs.getString("tie_seed"),
                instant(rs, "compiled_at"), instant(rs, "completed_at"), rs.getString("failure_reason"),
                instant(rs, "final_quotations_due"));
    }

    private static @Nullable Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
