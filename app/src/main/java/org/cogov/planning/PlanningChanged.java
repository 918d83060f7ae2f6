package org.cogov.planning;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

/** A budget line, a purchase request, an intention or a consultation was recorded or changed. */
public record PlanningChanged(UUID actorId, UUID organizationId, String action, String objectType, String objectId,
        Map<String, String> payload) implements Auditable {

    public PlanningChanged {
        payload = Map.copyOf(payload);
    }
}
