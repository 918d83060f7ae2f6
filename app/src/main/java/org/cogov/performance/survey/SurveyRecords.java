package org.cogov.performance.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Satisfaction surveys in plain SQL. A token is marked used by a conditional UPDATE in the answer's transaction, so that
 * two answers racing with one token make one; tokens are issued against a conditional raise of the survey's count, so that
 * two batches never pass the cap. Comments come in the order of their random ids: not the order they were written in.
 */
@Repository
class SurveyRecords {

    /** A survey as stored. */
    record Stored(UUID id, UUID contractId, @Nullable LocalDate closesOn, @Nullable Instant closedAt, int minimumSample, int satisfiedFrom,
            int issued) {

        /** Whether it takes answers on the day. */
        boolean open(LocalDate today) {
            return closedAt == null && (closesOn == null || !today.isAfter(closesOn));
        }
    }

    /** The answers counted, by the survey's own settings. */
    record Counts(int answers, int valid, int satisfied) {
    }

    private static final String SURVEY = "SELECT id, contract_id, closes_on, closed_at, minimum_sample, satisfied_from, issued"
            + " FROM satisfaction_survey";

    private final JdbcClient jdbc;

    SurveyRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> ofContract(UUID contract) {
        return jdbc.sql(SURVEY + " WHERE contract_id = :c").param("c", contract).query(SurveyRecords::stored).optional();
    }

    Optional<Stored> find(UUID survey) {
        return jdbc.sql(SURVEY + " WHERE id = :id").param("id", survey).query(SurveyRecords::stored).optional();
    }

    /** Opens the contract's survey unless it has one: false when another request opened it first. */
    boolean open(UUID id, UUID contract, UUID by, Instant at, int minimumSample, int satisfiedFrom) {
        return jdbc.sql("""
                INSERT INTO satisfaction_survey (id, contract_id, opened_by, opened_at, minimum_sample, satisfied_from)
                SELECT :id, :c, :by, :at, :minimum, :from FROM contract WHERE id = :c
                AND NOT EXISTS (SELECT 1 FROM satisfaction_survey WHERE contract_id = :c)""").param("id", id).param("c", contract)
                .param("by", by).param("at", at.atOffset(ZoneOffset.UTC)).param("minimum", minimumSample).param("from", satisfiedFrom)
                .update() == 1;
    }

    /** Counts a batch against the cap, while the survey is not closed: false when it would pass the cap or it is closed. */
    boolean count(UUID survey, int more, int cap) {
        return jdbc.sql("""
                UPDATE satisfaction_survey SET issued = issued + :more
                WHERE id = :id AND closed_at IS NULL AND issued + :more <= :cap""").param("more", more).param("id", survey)
                .param("cap", cap).update() == 1;
    }

    void closesOn(UUID survey, LocalDate day) {
        jdbc.sql("UPDATE satisfaction_survey SET closes_on = :day WHERE id = :id AND closed_at IS NULL").param("day", day)
                .param("id", survey).update();
    }

    void token(UUID survey, String hash) {
        jdbc.sql("INSERT INTO survey_token (token_hash, survey_id) VALUES (:h, :s)").param("h", hash).param("s", survey).update();
    }

    /** The survey a token belongs to, and whether it was used; empty for a token never issued. */
    Optional<TokenState> token(String hash) {
        return jdbc.sql("SELECT survey_id, used FROM survey_token WHERE token_hash = :h").param("h", hash)
                .query((rs, n) -> new TokenState(rs.getObject("survey_id", UUID.class), rs.getBoolean("used"))).optional();
    }

    record TokenState(UUID survey, boolean used) {
    }

    /** Uses the token once: false when it was used already (or never issued). */
    boolean use(String hash) {
        return jdbc.sql("UPDATE survey_token SET used = TRUE WHERE token_hash = :h AND used = FALSE").param("h", hash).update() == 1;
    }

    void answer(UUID survey, @Nullable Integer rating, @Nullable String comment, LocalDate on) {
        jdbc.sql("""
                INSERT INTO survey_answer (id, survey_id, rating, comment_text, answered_on) VALUES (:id, :s, :rating, :comment, :on)""")
                .param("id", UUID.randomUUID()).param("s", survey).param("rating", rating).param("comment", comment).param("on", on)
                .update();
    }

    /** Closes the survey once: false when it was closed already. */
    boolean close(UUID survey, Instant at, @Nullable UUID by) {
        return jdbc.sql("UPDATE satisfaction_survey SET closed_at = :at, closed_by = :by WHERE id = :id AND closed_at IS NULL")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("by", by).param("id", survey).update() == 1;
    }

    Counts counts(UUID survey, int satisfiedFrom) {
        return jdbc.sql("""
                SELECT COUNT(*) AS answers, COUNT(rating) AS valid,
                       COALESCE(SUM(CASE WHEN rating >= :from THEN 1 ELSE 0 END), 0) AS satisfied
                FROM survey_answer WHERE survey_id = :s""").param("from", satisfiedFrom).param("s", survey)
                .query((rs, n) -> new Counts(rs.getInt("answers"), rs.getInt("valid"), rs.getInt("satisfied"))).single();
    }

    /** The comments, in no order that tells when they were written. */
    List<String> comments(UUID survey) {
        return jdbc.sql("SELECT comment_text FROM survey_answer WHERE survey_id = :s AND comment_text IS NOT NULL ORDER BY id")
                .param("s", survey).query(String.class).list();
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        java.time.OffsetDateTime closed = rs.getObject("closed_at", java.time.OffsetDateTime.class);
        return new Stored(rs.getObject("id", UUID.class), rs.getObject("contract_id", UUID.class), rs.getObject("closes_on", LocalDate.class),
                closed == null ? null : closed.toInstant(), rs.getInt("minimum_sample"), rs.getInt("satisfied_from"), rs.getInt("issued"));
    }
}
