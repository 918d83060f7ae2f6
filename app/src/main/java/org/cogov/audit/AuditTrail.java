package org.cogov.audit;

import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit entries, newest first, for those whose duty is to read them; redacts and exports. */
@Service
public class AuditTrail {

    public record Entry(long seq, UUID id, Instant recordedAt, @Nullable UUID actorId, @Nullable UUID organizationId,
            String action, String outcome, @Nullable String objectType, @Nullable String objectId, String payloadHash,
            @Nullable String payload, @Nullable Long leafIndex) {
    }

    /**
     * Which entries: those whose action starts with {@code action}, with this outcome, of this
     * organization or actor, on this object (a procedure is its type and id), recorded in [from, to).
     * A null criterion does not filter.
     */
    public record Filter(@Nullable String action, @Nullable String outcome, @Nullable UUID organization,
            @Nullable UUID actor, @Nullable String objectType, @Nullable String objectId, @Nullable Instant from,
            @Nullable Instant to) {

        public static final Filter NONE = new Filter(null, null, null, null, null, null, null, null);
    }

    static final int MAX_PAGE = 200;
    private static final UUID NONE = new UUID(0, 0);
    private static final Instant BEGINNING = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("9999-12-31T00:00:00Z");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditExport export;
    private final TreeHeads heads;

    AuditTrail(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, AuditExport export, TreeHeads heads) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.export = export;
        this.heads = heads;
    }

    /** A page of entries older than {@code before} (a sequence number, the cursor) that pass the filter. */
    @Transactional(readOnly = true)
    public List<Entry> page(Actor actor, @Nullable Long before, Filter filter, int size) {
        actor.require("audit:entry:read", "audit.entry.read", "audit_entry", null);
        return jdbc.sql("""
                SELECT e.seq, e.id, e.recorded_at, e.actor_id, e.organization_id, e.action, e.outcome, e.object_type,
                       e.object_id, e.payload_hash, CASE WHEN p.redacted_at IS NULL THEN p.payload END AS payload, l.leaf_index
                FROM audit_entry e
                LEFT JOIN audit_payload p ON p.entry_id = e.id
                LEFT JOIN audit_leaf l ON l.entry_seq = e.seq
                WHERE e.seq < :before AND e.action LIKE :action AND e.outcome LIKE :outcome
                  AND (:anyOrganization OR e.organization_id = :organization)
                  AND (:anyActor OR e.actor_id = :actor)
                  AND (:anyObjectType OR e.object_type = :objectType)
                  AND (:anyObjectId OR e.object_id = :objectId)
                  AND e.recorded_at >= :from AND e.recorded_at < :to
                ORDER BY e.seq DESC
                LIMIT :size
                """)
                .param("before", before == null ? Long.MAX_VALUE : before)
                .param("action", (filter.action() == null ? "" : filter.action().replace("%", "").replace("_", "\\_")) + "%")
                .param("outcome", filter.outcome() == null ? "%" : filter.outcome())
                .param("anyOrganization", filter.organization() == null)
                .param("organization", filter.organization() == null ? NONE : filter.organization())
                .param("anyActor", filter.actor() == null)
                .param("actor", filter.actor() == null ? NONE : filter.actor())
                .param("anyObjectType", blank(filter.objectType()))
                .param("objectType", blank(filter.objectType()) ? "" : filter.objectType().strip())
                .param("anyObjectId", blank(filter.objectId()))
                .param("objectId", blank(filter.objectId()) ? "" : filter.objectId().strip())
                .param("from", (filter.from() == null ? BEGINNING : filter.from()).atOffset(ZoneOffset.UTC))
                .param("to", (filter.to() == null ? END : filter.to()).atOffset(ZoneOffset.UTC))
                .param("size", Math.max(1, Math.min(size, MAX_PAGE)))
                .query((rs, n) -> new Entry(rs.getLong("seq"), rs.getObject("id", UUID.class),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getObject("actor_id", UUID.class),
                        rs.getObject("organization_id", UUID.class), rs.getString("action"), rs.getString("outcome"),
                        rs.getString("object_type"), rs.getString("object_id"), rs.getString("payload_hash"),
                        rs.getString("payload"), rs.getObject("leaf_index", Long.class)))
                .list();
    }

    /**
     * Empties an entry's readable payload (personal data), once, for a stated reason, and records that
     * as an entry of its own. The entry, its payload hash and its leaf stay: every proof still holds.
     */
    @Transactional
    public void redact(Actor actor, UUID entryId, String reason) {
        actor.require("audit:payload:redact", "audit.payload.redact", "audit_entry", entryId);
        int redacted = jdbc.sql("""
                UPDATE audit_payload SET payload = '', redacted_at = :at WHERE entry_id = :id AND redacted_at IS NULL
                """).param("at", clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC)).param("id", entryId)
                .update();
        if (redacted == 0) {
            boolean exists = jdbc.sql("SELECT COUNT(*) FROM audit_payload WHERE entry_id = :id").param("id", entryId)
                    .query(Long.class).single() > 0;
            throw exists ? RuleViolation.conflict("audit.payload.already-redacted")
                    : RuleViolation.notFound("audit.entry.not-found");
        }
        events.publishEvent(new PayloadRedacted(actor.userId(), actor.organizationId(), entryId, reason.strip()));
    }

    /** The whole log in the export format (docs/audit-log.md), leaves, payloads and heads from one snapshot. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void export(Actor actor, Writer out) {
        actor.require("audit:log:export", "audit.log.export", "audit_log", null);
        export.write(heads.keys(), out);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
