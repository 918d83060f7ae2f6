package org.cogov.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cogov.registry.OrganizationId;
import org.cogov.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StoredIntentions {

    private static final String SELECT = """
            SELECT id, department_id, title, catalogue_code, estimated_amount, expected_month, description, status,
                   created_at, published_at, withdrawn_at, withdraw_reason, version
            FROM procurement_intention""";

    private final JdbcClient jdbc;

    StoredIntentions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Intention intention, UUID createdBy) {
        jdbc.sql("""
                INSERT INTO procurement_intention (id, department_id, title, catalogue_code, estimated_amount, expected_month,
                        description, status, created_by, created_at)
                VALUES (:id, :department, :title, :code, :amount, :month, :description, 'DRAFT', :by, :at)
                """)
                .param("id", intention.id().value()).param("department", intention.department().value())
                .param("title", intention.title()).param("code", intention.catalogueCode())
                .param("amount", intention.estimatedAmount().amount()).param("month", intention.expectedMonth().atDay(1))
                .param("description", intention.description()).param("by", createdBy)
                .param("at", intention.createdAt().atOffset(ZoneOffset.UTC)).update();
    }

    Optional<Intention> find(IntentionId id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id.value()).query(StoredIntentions::intention).optional();
    }

    /** One department's intentions, drafts too, or every department's when {@code department} is null; newest first. */
    List<Intention> all(@Nullable OrganizationId department) {
        return jdbc.sql(SELECT + """
                 WHERE CAST(:department AS UUID) IS NULL OR department_id = :department
                ORDER BY created_at DESC, id
                """).param("department", department == null ? null : department.value())
                .query(StoredIntentions::intention).list();
    }

    /**
     * The intentions ever published, withdrawn ones too, of one department or all, for purchases expected
     * in one year or any; newest publication first.
     */
    List<Intention> published(@Nullable OrganizationId department, @Nullable Integer year) {
        return jdbc.sql(SELECT + """
                 WHERE published_at IS NOT NULL
                   AND (CAST(:department AS UUID) IS NULL OR department_id = :department)
                   AND (CAST(:from AS DATE) IS NULL OR expected_month BETWEEN :from AND :to)
                ORDER BY published_at DESC, id
                """).param("department", department == null ? null : department.value())
                .param("from", year == null ? null : LocalDate.of(year, 1, 1))
                .param("to", year == null ? null : LocalDate.of(year, 12, 1))
                .query(StoredIntentions::intention).list();
    }

    /** The instant of the department's first intention for the item that is published and not withdrawn. */
    Optional<Instant> earliestPublished(OrganizationId department, String catalogueCode) {
        return jdbc.sql("""
                SELECT published_at FROM procurement_intention
                WHERE department_id = :department AND catalogue_code = :code AND status = 'PUBLISHED'
                ORDER BY published_at
                LIMIT 1
                """).param("department", department.value()).param("code", catalogueCode)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).optional();
    }

    /** @return false when the intention is no draft any more, or changed meanwhile */
    boolean revise(IntentionId id, int version, String title, String catalogueCode, Money amount, YearMonth month,
            @Nullable String description) {
        return jdbc.sql("""
                UPDATE procurement_intention SET title = :title, catalogue_code = :code, estimated_amount = :amount,
                       expected_month = :month, description = :description, version = version + 1
                WHERE id = :id AND version = :version AND status = 'DRAFT'
                """).param("title", title).param("code", catalogueCode).param("amount", amount.amount())
                .param("month", month.atDay(1)).param("description", description).param("id", id.value())
                .param("version", version).update() == 1;
    }

    /** @return false when the intention is no draft any more, or changed meanwhile */
    boolean publish(IntentionId id, int version, Instant at) {
        return jdbc.sql("""
                UPDATE procurement_intention SET status = 'PUBLISHED', published_at = :at, version = version + 1
                WHERE id = :id AND version = :version AND status = 'DRAFT'
                """).param("at", at.atOffset(ZoneOffset.UTC)).param("id", id.value()).param("version", version)
                .update() == 1;
    }

    /** @return false when the intention was withdrawn already, or changed meanwhile */
    boolean withdraw(IntentionId id, int version, Intention.Status from, String reason, Instant at) {
        return jdbc.sql("""
                UPDATE procurement_intention SET status = 'WITHDRAWN', withdraw_reason = :reason, withdrawn_at = :at,
                       version = version + 1
                WHERE id = :id AND version = :version AND status = :from
                """).param("reason", reason).param("at", at.atOffset(ZoneOffset.UTC)).param("id", id.value())
                .param("version", version).param("from", from.name()).update() == 1;
    }

    private static Intention intention(ResultSet rs, int row) throws SQLException {
        OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
        OffsetDateTime withdrawn = rs.getObject("withdrawn_at", OffsetDateTime.class);
        return new Intention(new IntentionId(rs.getObject("id", UUID.class)),
                new OrganizationId(rs.getObject("department_id", UUID.class)), rs.getString("title"),
                rs.getString("catalogue_code"), new Money(rs.getBigDecimal("estimated_amount")),
                YearMonth.from(rs.getObject("expected_month", LocalDate.class)), rs.getString("description"),
                Intention.Status.valueOf(rs.getString("status")), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                published == null ? null : published.toInstant(), withdrawn == null ? null : withdrawn.toInstant(),
                rs.getString("withdraw_reason"), rs.getInt("version"));
    }
}
