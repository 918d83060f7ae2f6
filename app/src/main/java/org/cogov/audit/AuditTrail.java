package org.cogov.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.cogov.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit entries, newest first, for those whose duty is to read them. */
@Service
public class AuditTrail {

    public record Entry(long seq, UUID id, Instant recordedAt, @Nullable UUID actorId, @Nullable UUID organizationId,
            String action, String outcome, @Nullable String objectType, @Nullable String objectId, String payloadHash,
            @Nullable String payload) {
    }

    static final int MAX_PAGE = 200;

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page of entries older than {@code before} (a sequence number, the cursor), optionally only those
     * whose action starts with {@code action} or with the given outcome.
     */
    @Transactional(readOnly = true)
    public List<Entry> page(Actor actor, @Nullable Long before, @Nullable String action, @Nullable String outcome, int size) {
        actor.require("audit:entry:read", "audit.entry.read", "audit_entry", null);
        return jdbc.sql("""
                SELECT e.seq, e.id, e.recorded_at, e.actor_id, e.organization_id, e.action, e.outcome, e.object_type,
                       e.object_id, e.payload_hash, CASE WHEN p.redacted_at IS NULL THEN p.payload END AS payload
                FROM audit_entry e LEFT JOIN audit_payload p ON p.entry_id = e.id
                WHERE e.seq < :before AND e.action LIKE :action AND e.outcome LIKE :outcome
                ORDER BY e.seq DESC
                LIMIT :size
                """)
                .param("before", before == null ? Long.MAX_VALUE : before)
                .param("action", (action == null ? "" : action.replace("%", "").replace("_", "\\_")) + "%")
                .param("outcome", outcome == null ? "%" : outcome)
                .param("size", Math.max(1, Math.min(size, MAX_PAGE)))
                .query((rs, n) -> new Entry(rs.getLong("seq"), rs.getObject("id", UUID.class),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getObject("actor_id", UUID.class),
                        rs.getObject("organization_id", UUID.class), rs.getString("action"), rs.getString("outcome"),
                        rs.getString("object_type"), rs.getString("object_id"), rs.getString("payload_hash"),
                        rs.getString("payload")))
                .list();
    }
}
