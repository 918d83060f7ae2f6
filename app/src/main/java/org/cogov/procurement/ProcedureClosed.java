package org.cogov.procurement;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/** The deadline of a tendering procedure passed: the platform closed it to bids (TENDERING → CLOSED). */
public record ProcedureClosed(UUID organizationId, UUID procedureId, String reference, Instant deadline) implements Auditable {

    @Override
    public @Nullable UUID actorId() {
        return null;
    }

    @Override
    public String action() {
        return "procurement.procedure.closed";
    }

    @Override
    public String objectType() {
        return "procedure";
    }

    @Override
    public String objectId() {
        return procedureId.toString();
    }

    @Override
    public Map<String, String> payload() {
        return Map.of("reference", reference, "deadline", deadline.toString());
    }
}
