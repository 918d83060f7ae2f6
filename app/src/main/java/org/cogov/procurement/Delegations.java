package org.cogov.procurement;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cogov.planning.PurchaseRequestId;
import org.cogov.registry.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Delegations {

    record Delegation(UUID id, PurchaseRequestId request, OrganizationId purchaser, OrganizationId agency, String agreement,
            Instant recordedAt) {
    }

    private final JdbcClient jdbc;

    Delegations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Delegation delegation, UUID recordedBy) {
        jdbc.sql("""
                INSERT INTO procurement_delegation (id, request_id, purchaser_id, agency_id, agreement, recorded_by, recorded_at,
                                                    running_for)
                VALUES (:id, :request, :purchaser, :agency, :agreement, :by, :at, :request)
                """).param("id", delegation.id()).param("request", delegation.request().value())
                .param("purchaser", delegation.purchaser().value()).param("agency", delegation.agency().value())
                .param("agreement", delegation.agreement()).param("by", recordedBy)
                .param("at", delegation.recordedAt().atOffset(ZoneOffset.UTC)).update();
    }

    /** The delegation of a request that runs now, if any. */
    Optional<Delegation> running(PurchaseRequestId request) {
        return jdbc.sql(SELECT + " WHERE running_for = :request").param("request", request.value()).query(Delegations::row)
                .optional();
    }

    /** The running delegations to an agency: the requests it may draft procedures from. */
    List<Delegation> toAgency(OrganizationId agency) {
        return jdbc.sql(SELECT + " WHERE agency_id = :agency AND running_for IS NOT NULL ORDER BY recorded_at DESC")
                .param("agency", agency.value()).query(Delegations::row).list();
    }

    Optional<Delegation> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = :id AND running_for IS NOT NULL").param("id", id).query(Delegations::row).optional();
    }

    /** @return false when it was revoked meanwhile */
    boolean revoke(UUID id, Instant at) {
        return jdbc.sql("UPDATE procurement_delegation SET revoked_at = :at, running_for = NULL WHERE id = :id AND running_for IS NOT NULL")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("id", id).update() == 1;
    }

    private static final String SELECT = """
            SELECT id, request_id, purchaser_id, agency_id, agreement, recorded_at FROM procurement_delegation""";

    private static Delegation row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Delegation(rs.getObject("id", UUID.class), new PurchaseRequestId(rs.getObject("request_id", UUID.class)),
                new OrganizationId(rs.getObject("purchaser_id", UUID.class)),
                new OrganizationId(rs.getObject("agency_id", UUID.class)), rs.getString("agreement"),
                rs.getObject("recorded_at", java.time.OffsetDateTime.class).toInstant());
    }
}
