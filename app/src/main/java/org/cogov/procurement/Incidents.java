package org.cogov.procurement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cogov.registry.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Declared platform incidents and the deadlines each extended: added, read, never changed (on PostgreSQL
 * the application may not update or delete them either).
 */
@Repository
class Incidents {

    private static final String SELECT = """
            SELECT id, reference, starts_at, ends_at, reason, declared_by, organization_id, declared_at FROM platform_incident""";

    private static final String EXTENSIONS = """
            SELECT x.incident_id, i.reference AS incident_reference, x.procedure_id, p.reference, p.title, x.from_state,
                   x.deadline_before, x.deadline_after, n.number AS notice_number
            FROM incident_extension x
                JOIN platform_incident i ON i.id = x.incident_id
                JOIN procurement_procedure p ON p.id = x.procedure_id
                JOIN procurement_notice n ON n.id = x.notice_id""";

    private final JdbcClient jdbc;

    Incidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next reference of the year, e.g. {@code INC-2026-003}. Two declarations at once take the same one,
     * and the unique column lets only the first commit: declarations never overlap unseen.
     */
    String nextReference(int year) {
        String start = "INC-" + year + "-";
        int count = jdbc.sql("SELECT COUNT(*) FROM platform_incident WHERE reference LIKE :start")
                .param("start", start + "%").query(Integer.class).single();
        return start + String.format("%03d", count + 1);
    }

    void add(PlatformIncident incident) {
        jdbc.sql("""
                INSERT INTO platform_incident (id, reference, starts_at, ends_at, reason, declared_by, organization_id, declared_at)
                VALUES (:id, :reference, :start, :end, :reason, :by, :organization, :at)""")
                .param("id", incident.id().value()).param("reference", incident.reference())
                .param("start", utc(incident.start())).param("end", utc(incident.end())).param("reason", incident.reason())
                .param("by", incident.declaredBy()).param("organization", incident.organization().value())
                .param("at", utc(incident.declaredAt())).update();
    }

    Optional<PlatformIncident> find(IncidentId id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id.value()).query(Incidents::incident).optional();
    }

    /** Every declared incident, the latest window first. */
    List<PlatformIncident> all() {
        return jdbc.sql(SELECT + " ORDER BY starts_at DESC, id").query(Incidents::incident).list();
    }

    /** A declared incident whose window shares an instant with {@code [start, end)}, if there is one. */
    Optional<PlatformIncident> overlapping(Instant start, Instant end) {
        return jdbc.sql(SELECT + " WHERE starts_at < :end AND ends_at > :start ORDER BY starts_at, id")
                .param("start", utc(start)).param("end", utc(end)).query(Incidents::incident).list().stream().findFirst();
    }

    void addExtension(IncidentId incident, ProcedureId procedure, Procedure.State from, Instant before, Instant after,
            NoticeId notice) {
        jdbc.sql("""
                INSERT INTO incident_extension (incident_id, procedure_id, from_state, deadline_before, deadline_after, notice_id)
                VALUES (:incident, :procedure, :from, :before, :after, :notice)""").param("incident", incident.value())
                .param("procedure", procedure.value()).param("from", from.name()).param("before", utc(before))
                .param("after", utc(after)).param("notice", notice.value()).update();
    }

    /** The deadlines the incident extended, earliest first. */
    List<PlatformIncidents.Extended> extensions(IncidentId incident) {
        return jdbc.sql(EXTENSIONS + " WHERE x.incident_id = :id ORDER BY x.deadline_before, p.reference")
                .param("id", incident.value()).query(Incidents::extended).list();
    }

    /** The extensions of a procedure's deadline, in the order they were made. */
    List<PlatformIncidents.Extended> extensionsOf(ProcedureId procedure) {
        return jdbc.sql(EXTENSIONS + " WHERE x.procedure_id = :id ORDER BY x.deadline_after")
                .param("id", procedure.value()).query(Incidents::extended).list();
    }

    /** How many deadlines each incident extended; an incident that extended none is not in the map. */
    Map<IncidentId, Integer> counts() {
        return jdbc.sql("SELECT incident_id, COUNT(*) AS extended FROM incident_extension GROUP BY incident_id")
                .query((rs, n) -> Map.entry(new IncidentId(rs.getObject("incident_id", UUID.class)), rs.getInt("extended")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static PlatformIncident incident(ResultSet rs, int n) throws SQLException {
        return new PlatformIncident(new IncidentId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("reason"), rs.getObject("declared_by", UUID.class),
                new OrganizationId(rs.getObject("organization_id", UUID.class)), instant(rs, "declared_at"));
    }

    private static PlatformIncidents.Extended extended(ResultSet rs, int n) throws SQLException {
        return new PlatformIncidents.Extended(new IncidentId(rs.getObject("incident_id", UUID.class)),
                rs.getString("incident_reference"), new ProcedureId(rs.getObject("procedure_id", UUID.class)),
                rs.getString("reference"), rs.getString("title"), Procedure.State.valueOf(rs.getString("from_state")),
                instant(rs, "deadline_before"), instant(rs, "deadline_after"), rs.getString("notice_number"));
    }
}
