package org.cogov.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
class BudgetLines {

    private static final String SELECT = """
            SELECT id, department_id, fiscal_year, code, name, amount, committed, spent, status, decision_reason, version
            FROM budget_line""";

    private final JdbcClient jdbc;

    BudgetLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(BudgetLine line, UUID proposedBy, Instant at) {
        jdbc.sql("""
                INSERT INTO budget_line (id, department_id, fiscal_year, code, name, amount, status, proposed_by, proposed_at,
                                         decided_by, decided_at)
                VALUES (:id, :department, :year, :code, :name, :amount, :status, :by, :at, :decidedBy, :decidedAt)
                """)
                .param("id", line.id().value()).param("department", line.department().value())
                .param("year", line.fiscalYear()).param("code", line.code()).param("name", line.name())
                .param("amount", line.amount().amount()).param("status", line.status().name()).param("by", proposedBy)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("decidedBy", line.status() == BudgetLine.Status.APPROVED ? proposedBy : null)
                .param("decidedAt", line.status() == BudgetLine.Status.APPROVED ? at.atOffset(ZoneOffset.UTC) : null)
                .update();
    }

    Optional<BudgetLine> find(BudgetLineId id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id.value()).query(BudgetLines::line).optional();
    }

    boolean exists(OrganizationId department, int fiscalYear, String code) {
        return jdbc.sql("SELECT COUNT(*) FROM budget_line WHERE department_id = :d AND fiscal_year = :y AND code = :c")
                .param("d", department.value()).param("y", fiscalYear).param("c", code).query(Integer.class).single() > 0;
    }

    /** One department's lines, or every department's when {@code department} is null; newest year first. */
    List<BudgetLine> all(@Nullable OrganizationId department, @Nullable Integer fiscalYear) {
        return jdbc.sql(SELECT + """
                 WHERE (CAST(:department AS UUID) IS NULL OR department_id = :department)
                   AND (CAST(:year AS INT) IS NULL OR fiscal_year = :year)
                ORDER BY fiscal_year DESC, department_id, code
                """).param("department", department == null ? null : department.value()).param("year", fiscalYear)
                .query(BudgetLines::line).list();
    }

    /** @return false when the line was decided or changed meanwhile */
    boolean decide(BudgetLineId id, int version, BudgetLine.Status decision, @Nullable String reason, UUID by, Instant at) {
        return jdbc.sql("""
                UPDATE budget_line SET status = :status, decision_reason = :reason, decided_by = :by, decided_at = :at,
                                       version = version + 1
                WHERE id = :id AND version = :version AND status = 'PROPOSED'
                """).param("status", decision.name()).param("reason", reason).param("by", by)
                .param("at", at.atOffset(ZoneOffset.UTC)).param("id", id.value()).param("version", version).update() == 1;
    }

    /**
     * Commits money on an approved line if it has that much uncommitted, in one statement, so that two
     * requests racing for the last yuan cannot both have it.
     *
     * @return false when the line is not approved or lacks the money
     */
    boolean commit(BudgetLineId id, Money amount) {
        return jdbc.sql("""
                UPDATE budget_line SET committed = committed + :amount, version = version + 1
                WHERE id = :id AND status = 'APPROVED' AND amount - committed - spent >= :amount
                """).param("amount", amount.amount()).param("id", id.value()).update() == 1;
    }

    void release(BudgetLineId id, Money amount) {
        int released = jdbc.sql("""
                UPDATE budget_line SET committed = committed - :amount, version = version + 1
                WHERE id = :id AND committed >= :amount
                """).param("amount", amount.amount()).param("id", id.value()).update();
        if (released != 1) {
            throw new IllegalStateException("budget line " + id.value() + " does not hold " + amount);
        }
    }

    /** Pays out of the line: committed money first, then uncommitted, in one statement that the line's CHECK bounds. */
    boolean spend(BudgetLineId id, Money amount) {
        return jdbc.sql("""
                UPDATE budget_line SET spent = spent + :amount, committed = committed - LEAST(committed, :amount), version = version + 1
                WHERE id = :id AND spent + :amount + committed - LEAST(committed, :amount) <= amount
                """).param("amount", amount.amount()).param("id", id.value()).update() == 1;
    }

    void giveBack(BudgetLineId id, Money amount) {
        jdbc.sql("""
                UPDATE budget_line SET committed = committed - LEAST(committed, :amount), version = version + 1 WHERE id = :id
                """).param("amount", amount.amount()).param("id", id.value()).update();
    }

    private static BudgetLine line(ResultSet rs, int row) throws SQLException {
        return new BudgetLine(new BudgetLineId(rs.getObject("id", UUID.class)),
                new OrganizationId(rs.getObject("department_id", UUID.class)), rs.getInt("fiscal_year"), rs.getString("code"),
                rs.getString("name"), new Money(rs.getBigDecimal("amount")), new Money(rs.getBigDecimal("committed")),
                new Money(rs.getBigDecimal("spent")), BudgetLine.Status.valueOf(rs.getString("status")),
                rs.getString("decision_reason"), rs.getInt("version"));
    }
}
