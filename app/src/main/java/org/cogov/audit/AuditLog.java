package org.cogov.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns every {@link Auditable} event into an append-only entry. An entry of a change is written in
 * the change's own transaction, so the two commit or roll back together; a refusal is written in a
 * transaction of its own, because the refused request rolls back.
 */
@Component
class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(condition = "!#root.args[0].refused()")
    @Transactional(propagation = Propagation.MANDATORY)
    void changed(Auditable event) {
        write(event);
    }

    @EventListener(condition = "#root.args[0].refused()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void refused(Auditable event) {
        write(event);
    }

    private void write(Auditable event) {
        UUID id = UUID.randomUUID();
        String payload = canonical(event.payload());
        jdbc.sql("""
                INSERT INTO audit_entry (id, recorded_at, actor_id, organization_id, action, outcome,
                                         object_type, object_id, payload_hash)
                VALUES (:id, :at, :actor, :organization, :action, :outcome, :objectType, :objectId, :hash)
                """)
                .param("id", id)
                .param("at", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .param("actor", event.actorId())
                .param("organization", event.organizationId())
                .param("action", event.action())
                .param("outcome", event.refused() ? "REFUSED" : "DONE")
                .param("objectType", event.objectType())
                .param("objectId", event.objectId())
                .param("hash", sha256(payload))
                .update();
        jdbc.sql("INSERT INTO audit_payload (entry_id, payload) VALUES (:id, :payload)")
                .param("id", id)
                .param("payload", payload)
                .update();
    }

    /** Keys sorted and strings escaped, so that the same payload always hashes the same. */
    static String canonical(Map<String, String> payload) {
        StringBuilder json = new StringBuilder("{");
        new TreeMap<>(payload).forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, key).append(':');
            quote(json, value);
        });
        return json.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder json, String text) {
        json.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
