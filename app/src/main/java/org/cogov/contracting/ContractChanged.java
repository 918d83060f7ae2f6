package org.cogov.contracting;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A contract was drafted, edited, withdrawn, filed, reported on, delivered, completed or renewed.
 *
 * @param actorId the purchaser's official; none when the platform drafted or withdrew it on an award's decision
 */
public record ContractChanged(@Nullable UUID actorId, UUID organizationId, String action, UUID contractId,
        Map<String, String> payload) implements ContractEvent {

    public ContractChanged {
        payload = Map.copyOf(payload);
    }
}
