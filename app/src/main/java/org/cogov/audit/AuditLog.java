package org.cogov.audit;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.cogov.shared.Sha256;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns every {@link Auditable} event into an append-only entry, which the {@link Integrator} then
 * puts into the Merkle tree. An entry of a change is written in
 * the change's own transaction, so the two commit or roll back together; a refusal is written in a
 * transaction of its own, because the refused request rolls back.
 */
@Component
class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate inChange;
    private final TransactionTemplate apart;

    AuditLog(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.inChange = new TransactionTemplate(transactions);
        this.inChange.setPropagationBehavior(TransactionDefinition.PROPAGATION_MANDATORY);
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(Auditable event) {
        (event.refused() ? apart : inChange).executeWithoutResult(status -> write(event));
    }

    private void write(Auditable event) {
        UUID named = event.presetEntryId();
        UUID id = named != null ? named : UUID.randomUUID();
        String payload = canonical(event.payload());
        jdbc.sql("""
                INSERT INTO audit_entry (id, recorded_at, actor_id, organization_id, action, outcome,
                                         object_type, object_id, payload_hash)
                VALUES (:id, :at, :actor, :organization, :action, :outcome, :objectType, :objectId, :hash)
                """)
                .param("id", id)
                // Microseconds, as both databases keep them: the leaf rebuilt from the row must be the leaf hashed.
                .param("at", clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                .param("actor", event.actorId())
                .param("organization", event.organizationId())
                .param("action", event.action())
                .param("outcome", event.refused() ? "REFUSED" : "DONE")
                .param("objectType", event.objectType())
                .param("objectId", event.objectId())
                .param("hash", Sha256.hex(payload))
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

}
