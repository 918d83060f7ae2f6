package org.cogov.performance;

import java.util.Map;
import java.util.UUID;

import org.cogov.contracting.ContractEvent;

/** A step of a contract's evaluation worth its audit entry: an evaluator assigned, an evaluation submitted, a comment. */
public record PerformanceChanged(UUID actorId, UUID organizationId, String action, UUID contractId, Map<String, String> payload)
        implements ContractEvent {

    public PerformanceChanged {
        payload = Map.copyOf(payload);
    }
}
