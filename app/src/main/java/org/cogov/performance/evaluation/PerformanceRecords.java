package org.cogov.performance.evaluation;

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

import org.cogov.contracting.Grade;
import org.cogov.performance.EvaluationKind;
import org.cogov.performance.Score;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The evaluators assigned to contracts, the evaluations submitted with their scores, and the concluded results. */
@Repository
class PerformanceRecords {

    /** A submitted evaluation's own row. */
    record StoredEvaluation(UUID id, UUID contract, EvaluationKind kind, UUID evaluator, String summary, @Nullable UUID reportDocument,
            Instant submittedAt) {
    }

    /** A concluded result's own row. */
    record StoredResult(UUID contract, UUID evaluation, UUID provider, UUID purchaser, BigDecimal total, Grade grade,
            @Nullable Integer surveyAnswers, @Nullable Integer surveyValid, @Nullable Integer surveySatisfied, @Nullable Integer surveyMinimum,
            @Nullable Integer surveySatisfiedFrom,
            @Nullable BigDecimal satisfactionPoints, BigDecimal scoredWeight, int lateMilestones, LocalDate concludedOn,
            @Nullable String providerComment, @Nullable Instant providerCommentedAt) {
    }

    private static final String RESULT = """
            SELECT contract_id, evaluation_id, provider_id, purchaser_id, total, grade, survey_answers, survey_valid, survey_satisfied,
                   survey_minimum, survey_satisfied_from, satisfaction_points, scored_weight, late_milestones, concluded_on, provider_comment,
                   provider_commented_at
            FROM performance_result""";

    private final JdbcClient jdbc;

    PerformanceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> evaluator(UUID contract) {
        return jdbc.sql("SELECT evaluator_id FROM evaluator_assignment WHERE contract_id = :c").param("c", contract)
                .query(UUID.class).optional();
    }

    /** Assigns the contract's evaluator, or replaces the one assigned. */
    void assign(UUID contract, UUID evaluator, UUID by, Instant at) {
        int changed = jdbc.sql("UPDATE evaluator_assignment SET evaluator_id = :e, assigned_by = :by, assigned_at = :at WHERE contract_id = :c")
                .param("e", evaluator).param("by", by).param("at", utc(at)).param("c", contract).update();
        if (changed == 0) {
            jdbc.sql("INSERT INTO evaluator_assignment (contract_id, evaluator_id, assigned_by, assigned_at) VALUES (:c, :e, :by, :at)")
                    .param("c", contract).param("e", evaluator).param("by", by).param("at", utc(at)).update();
        }
    }

    /** The contracts an evaluator is assigned to. */
    List<UUID> assignedTo(UUID evaluator) {
        return jdbc.sql("SELECT contract_id FROM evaluator_assignment WHERE evaluator_id = :e ORDER BY assigned_at DESC")
                .param("e", evaluator).query(UUID.class).list();
    }

    /** Records a submitted evaluation with its scores; false when one of its kind was submitted before. */
    boolean submit(StoredEvaluation evaluation, List<Score> scores, UUID by) {
        int added = jdbc.sql("""
                INSERT INTO performance_evaluation (id, contract_id, kind, evaluator_id, summary, report_document_id, submitted_at,
                                                    submitted_by)
                SELECT :id, :c, :kind, :evaluator, :summary, CAST(:report AS UUID), :at, :by FROM contract WHERE id = :c
                AND NOT EXISTS (SELECT 1 FROM performance_evaluation WHERE contract_id = :c AND kind = :kind)""")
                .param("id", evaluation.id()).param("c", evaluation.contract()).param("kind", evaluation.kind().name())
                .param("evaluator", evaluation.evaluator()).param("summary", evaluation.summary())
                .param("report", evaluation.reportDocument()).param("at", utc(evaluation.submittedAt())).param("by", by).update();
        if (added == 0) {
            return false;
        }
        for (Score score : scores) {
            jdbc.sql("""
                    INSERT INTO evaluation_score (evaluation_id, group_ordinal, indicator_ordinal, measured, points, reason,
                                                  evidence_document_id)
                    VALUES (:e, :g, :i, :measured, :points, :reason, :evidence)""")
                    .param("e", evaluation.id()).param("g", score.group()).param("i", score.indicator())
                    .param("measured", score.measured()).param("points", score.points()).param("reason", score.reason())
                    .param("evidence", score.evidence()).update();
        }
        return true;
    }

    List<StoredEvaluation> evaluations(UUID contract) {
        return jdbc.sql("""
                SELECT id, contract_id, kind, evaluator_id, summary, report_document_id, submitted_at FROM performance_evaluation
                WHERE contract_id = :c ORDER BY submitted_at, kind""").param("c", contract)
                .query(PerformanceRecords::evaluation).list();
    }

    List<Score> scores(UUID evaluation) {
        return jdbc.sql("""
                SELECT group_ordinal, indicator_ordinal, measured, points, reason, evidence_document_id FROM evaluation_score
                WHERE evaluation_id = :e ORDER BY group_ordinal, indicator_ordinal""").param("e", evaluation)
                .query((rs, n) -> new Score(rs.getInt("group_ordinal"), rs.getInt("indicator_ordinal"), rs.getBigDecimal("measured"),
                        rs.getBigDecimal("points"), rs.getString("reason"), rs.getObject("evidence_document_id", UUID.class)))
                .list();
    }

    /** Records the concluded result; false when the contract was concluded before. */
    boolean conclude(StoredResult result, Instant at, UUID by) {
        return jdbc.sql("""
                INSERT INTO performance_result (contract_id, evaluation_id, provider_id, purchaser_id, total, grade, survey_answers,
                                                survey_valid, survey_satisfied, survey_minimum, survey_satisfied_from, satisfaction_points,
                                                scored_weight, late_milestones, concluded_on, concluded_at, concluded_by)
                SELECT :c, :e, :provider, :purchaser, :total, :grade, CAST(:answers AS INT), CAST(:valid AS INT),
                       CAST(:satisfied AS INT), CAST(:minimum AS INT), CAST(:from AS INT), CAST(:points AS NUMERIC(9, 4)), :weight, :late,
                       :on, :at, :by FROM contract WHERE id = :c
                AND NOT EXISTS (SELECT 1 FROM performance_result WHERE contract_id = :c)""")
                .param("c", result.contract()).param("e", result.evaluation()).param("provider", result.provider())
                .param("purchaser", result.purchaser()).param("total", result.total()).param("grade", result.grade().name())
                .param("answers", result.surveyAnswers()).param("valid", result.surveyValid()).param("satisfied", result.surveySatisfied())
                .param("minimum", result.surveyMinimum()).param("from", result.surveySatisfiedFrom()).param("points", result.satisfactionPoints())
                .param("weight", result.scoredWeight()).param("late", result.lateMilestones()).param("on", result.concludedOn())
                .param("at", utc(at)).param("by", by).update() == 1;
    }

    Optional<StoredResult> result(UUID contract) {
        return jdbc.sql(RESULT + " WHERE contract_id = :c").param("c", contract).query(PerformanceRecords::result).optional();
    }

    /** The results of a provider's contracts, the latest first. */
    List<StoredResult> resultsOf(UUID provider) {
        return jdbc.sql(RESULT + " WHERE provider_id = :p ORDER BY concluded_on DESC, contract_id").param("p", provider)
                .query(PerformanceRecords::result).list();
    }

    /** The latest results, at most {@code limit}. */
    List<StoredResult> latest(int limit) {
        return jdbc.sql(RESULT + " ORDER BY concluded_on DESC, contract_id LIMIT :limit").param("limit", limit)
                .query(PerformanceRecords::result).list();
    }

    /** The provider's comment, once. */
    boolean comment(UUID contract, String comment, Instant at) {
        return jdbc.sql("""
                UPDATE performance_result SET provider_comment = :comment, provider_commented_at = :at
                WHERE contract_id = :c AND provider_comment IS NULL""").param("comment", comment).param("at", utc(at))
                .param("c", contract).update() == 1;
    }

    /** Whether a document is the evidence or the report of an evaluation of the contract, and which contract. */
    List<UUID> contractsCiting(UUID document) {
        return jdbc.sql("""
                SELECT e.contract_id FROM performance_evaluation e WHERE e.report_document_id = :d
                UNION SELECT e.contract_id FROM evaluation_score s JOIN performance_evaluation e ON e.id = s.evaluation_id
                WHERE s.evidence_document_id = :d""").param("d", document).query(UUID.class).list();
    }

    /** The purchaser, provider and assigned evaluator of a contract, for the document grants. */
    List<UUID> partiesOf(UUID contract) {
        return jdbc.sql("""
                SELECT purchaser_id FROM contract WHERE id = :c UNION SELECT provider_id FROM contract WHERE id = :c
                UNION SELECT evaluator_id FROM evaluator_assignment WHERE contract_id = :c""").param("c", contract)
                .query(UUID.class).list();
    }

    private static StoredEvaluation evaluation(ResultSet rs, int n) throws SQLException {
        return new StoredEvaluation(rs.getObject("id", UUID.class), rs.getObject("contract_id", UUID.class),
                EvaluationKind.valueOf(rs.getString("kind")), rs.getObject("evaluator_id", UUID.class), rs.getString("summary"),
                rs.getObject("report_document_id", UUID.class), instant(rs, "submitted_at"));
    }

    private static StoredResult result(ResultSet rs, int n) throws SQLException {
        return new StoredResult(rs.getObject("contract_id", UUID.class), rs.getObject("evaluation_id", UUID.class),
                rs.getObject("provider_id", UUID.class), rs.getObject("purchaser_id", UUID.class), rs.getBigDecimal("total"),
                Grade.valueOf(rs.getString("grade")), integer(rs, "survey_answers"), integer(rs, "survey_valid"),
                integer(rs, "survey_satisfied"), integer(rs, "survey_minimum"), integer(rs, "survey_satisfied_from"),
                rs.getBigDecimal("satisfaction_points"),
                rs.getBigDecimal("scored_weight"), rs.getInt("late_milestones"), rs.getObject("concluded_on", LocalDate.class),
                rs.getString("provider_comment"), nullableInstant(rs, "provider_commented_at"));
    }

    private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
