package org.cogov.contracting;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/**
 * A contract was drafted, edited or withdrawn.
 *
 * @param actorId the purchaser's official; none when the platform drafted or withdrew it on an award's decision
 */
public record ContractChanged(@Nullable UUID actorId, UUID organizationId, String action, UUID contractId,
        Map<String, String> payload) implements Auditable {

    public ContractChanged {
        payload = Map.copyOf(payload);
    }

    @Override
    public String objectType() {
        return "contract";
    }

    @Override
    public String objectId() {
        return contractId.toString();
    }
}
