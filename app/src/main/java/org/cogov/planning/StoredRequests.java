package org.cogov.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
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
class StoredRequests {

    private static final String SELECT = """
            SELECT id, department_id, budget_line_id, catalogue_code, title, description, estimated_amount, term_start,
                   term_end, stable_service_reason, beneficiaries, status, created_at, cancel_reason, version
            FROM purchase_request""";

    private final JdbcClient jdbc;

    StoredRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(PurchaseRequest request, UUID createdBy) {
        jdbc.sql("""
                INSERT INTO purchase_request (id, department_id, budget_line_id, catalogue_code, title, description,
                        estimated_amount, term_start, term_end, stable_service_reason, beneficiaries, status, created_by, created_at)
                VALUES (:id, :department, :line, :code, :title, :description, :amount, :start, :end, :stable, :beneficiaries,
                        :status, :by, :at)
                """)
                .param("id", request.id().value()).param("department", request.department().value())
                .param("line", request.budgetLine().value()).param("code", request.catalogueCode())
                .param("title", request.title()).param("description", request.description())
                .param("amount", request.estimatedAmount().amount()).param("start", request.term().start())
                .param("end", request.term().end()).param("stable", request.stableServiceReason())
                .param("beneficiaries", request.beneficiaries()).param("status", request.status().name())
                .param("by", createdBy).param("at", request.createdAt().atOffset(ZoneOffset.UTC)).update();
    }

    Optional<PurchaseRequest> find(PurchaseRequestId id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id.value()).query(StoredRequests::request).optional();
    }

    /** One department's requests, or every department's when {@code department} is null; newest first. */
    List<PurchaseRequest> all(@Nullable OrganizationId department) {
        return jdbc.sql(SELECT + """
                 WHERE CAST(:department AS UUID) IS NULL OR department_id = :department
                ORDER BY created_at DESC, id
                """).param("department", department == null ? null : department.value()).query(StoredRequests::request).list();
    }

    /** @return false when the request was not in {@code from} any more */
    boolean move(PurchaseRequestId id, PurchaseRequest.Status from, PurchaseRequest.Status to) {
        return jdbc.sql("UPDATE purchase_request SET status = :to, version = version + 1 WHERE id = :id AND status = :from")
                .param("to", to.name()).param("id", id.value()).param("from", from.name()).update() == 1;
    }

    /** @return false when the request was cancelled, used or changed meanwhile */
    boolean cancel(PurchaseRequestId id, int version, String reason, Instant at) {
        return jdbc.sql("""
                UPDATE purchase_request SET status = 'CANCELLED', cancel_reason = :reason, cancelled_at = :at,
                                            version = version + 1
                WHERE id = :id AND version = :version AND status = 'ACCEPTED'
                """).param("reason", reason).param("at", at.atOffset(ZoneOffset.UTC)).param("id", id.value())
                .param("version", version).update() == 1;
    }

    private static PurchaseRequest request(ResultSet rs, int row) throws SQLException {
        return new PurchaseRequest(new PurchaseRequestId(rs.getObject("id", UUID.class)),
                new OrganizationId(rs.getObject("department_id", UUID.class)),
                new BudgetLineId(rs.getObject("budget_line_id", UUID.class)), rs.getString("catalogue_code"),
                rs.getString("title"), rs.getString("description"), new Money(rs.getBigDecimal("estimated_amount")),
                new ContractTerm(rs.getObject("term_start", java.time.LocalDate.class),
                        rs.getObject("term_end", java.time.LocalDate.class)),
                rs.getString("stable_service_reason"), rs.getString("beneficiaries"),
                PurchaseRequest.Status.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("cancel_reason"),
                rs.getInt("version"));
    }
}
