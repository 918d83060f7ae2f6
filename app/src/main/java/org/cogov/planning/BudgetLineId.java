package org.cogov.planning;

import java.util.Objects;
import java.util.UUID;

import org.cogov.shared.Domain;

@Domain
public record BudgetLineId(UUID value) {

    public BudgetLineId {
        Objects.requireNonNull(value, "value");
    }
}
