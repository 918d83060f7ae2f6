package org.cogov.registry;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

/** A fact the eligibility rules read was recorded: a host tie, a person's post or service, a credit-list entry, a ban. */
public record SupplierRecordChanged(UUID actorId, UUID organizationId, String action, String objectType, String objectId,
        Map<String, String> payload) implements Auditable {

    public SupplierRecordChanged {
        payload = Map.copyOf(payload);
    }
}
