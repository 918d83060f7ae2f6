package org.cogov.procurement;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

/**
 * The finance bureau declared a platform incident over the window {@code [start, end)}, with its reason;
 * {@code extended} deadlines fell inside it and were extended in the same transaction, each with its
 * {@link DeadlineExtended}.
 */
public record IncidentDeclared(UUID actorId, UUID organizationId, UUID incidentId, String reference, Instant start, Instant end,
        String reason, int extended) implements Auditable {

    @Override
    public String action() {
        return "procurement.incident.declared";
    }

    @Override
    public String objectType() {
        return "incident";
    }

    @Override
    public String objectId() {
        return incidentId.toString();
    }

    @Override
    public Map<String, String> payload() {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("reference", reference);
        payload.put("start", start.toString());
        payload.put("end", end.toString());
        payload.put("reason", reason);
        payload.put("extended", Integer.toString(extended));
        return payload;
    }
}
