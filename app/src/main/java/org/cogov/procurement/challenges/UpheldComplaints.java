package org.cogov.procurement.challenges;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.cogov.registry.OrganizationId;
import org.cogov.registry.TrackRecord;
import org.cogov.shared.time.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The complaints the finance bureau upheld, for the track record of the organizations concerned: the department whose
 * procedure was found wanting, and the supplier whose complaint was right.
 */
@Component
class UpheldComplaints implements TrackRecord.Source {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    UpheldComplaints(JdbcClient jdbc, WorkingDays workingDays) {
        this.jdbc = jdbc;
        this.zone = workingDays.zone();
    }

    @Override
    public List<TrackRecord.Entry> entriesFor(OrganizationId organization) {
        return jdbc.sql("""
                SELECT p.id, p.reference, p.title, c.lot, c.decided_at, c.organization_id
                FROM procurement_complaint c JOIN procurement_procedure p ON p.id = c.procedure_id
                WHERE c.status = 'UPHELD' AND (c.organization_id = :org OR p.purchaser_id = :org)
                ORDER BY c.decided_at DESC""")
                .param("org", organization.value())
                .query((rs, n) -> new TrackRecord.Entry(
                        rs.getObject("organization_id", UUID.class).equals(organization.value())
                                ? "procurement.track-record.complaint-upheld-lodged" : "procurement.track-record.complaint-upheld",
                        day(rs.getObject("decided_at", OffsetDateTime.class)),
                        rs.getString("reference") + " · " + rs.getInt("lot") + " · " + rs.getString("title"),
                        null, "/public/procedures/" + rs.getObject("id", UUID.class)))
                .list();
    }

    private LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(zone).toLocalDate();
    }
}
