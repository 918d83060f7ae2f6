package org.cogov.procurement.experts;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

/** A panel was drawn, or one of its members declared, declined, was replaced or named. */
public record PanelChanged(UUID actorId, UUID organizationId, String action, String objectId, Map<String, String> payload)
        implements Auditable {

    public PanelChanged {
        payload = Map.copyOf(payload);
    }

    @Override
    public String objectType() {
        return "panel";
    }
}
