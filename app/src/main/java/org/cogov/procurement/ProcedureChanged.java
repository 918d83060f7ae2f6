package org.cogov.procurement;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

/** A draft procedure, its delegation or its method's approval was recorded or changed. */
public record ProcedureChanged(UUID actorId, UUID organizationId, String action, String objectType, String objectId,
        Map<String, String> payload) implements Auditable {

    public ProcedureChanged {
        payload = Map.copyOf(payload);
    }
}
