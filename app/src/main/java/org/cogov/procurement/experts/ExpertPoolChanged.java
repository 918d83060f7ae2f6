package org.cogov.procurement.experts;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

/** An expert was enrolled, changed or retired, or its availability changed. */
public record ExpertPoolChanged(UUID actorId, UUID organizationId, String action, String objectId, Map<String, String> payload)
        implements Auditable {

    public ExpertPoolChanged {
        payload = Map.copyOf(payload);
    }

    @Override
    public String objectType() {
        return "expert";
    }
}
