package org.cogov.planning;

import java.util.Objects;
import java.util.UUID;

import org.cogov.shared.Domain;

@Domain
public record PurchaseRequestId(UUID value) {

    public PurchaseRequestId {
        Objects.requireNonNull(value, "value");
    }
}
