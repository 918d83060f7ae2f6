package org.cogov.audit;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.cogov.shared.Domain;

/** An entry's readable payload was emptied, for the reason given; the entry and its leaf stay as they were. */
@Domain
record PayloadRedacted(UUID actorId, UUID organizationId, UUID entryId, String reason) implements Auditable {

    @Override
    public String action() {
        return "audit.payload.redacted";
    }

    @Override
    public String objectType() {
        return "audit_entry";
    }

    @Override
    public String objectId() {
        return entryId.toString();
    }

    @Override
    public Map<String, String> payload() {
        return Map.of("reason", reason);
    }
}
