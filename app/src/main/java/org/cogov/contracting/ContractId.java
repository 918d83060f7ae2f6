package org.cogov.contracting;

import java.util.Objects;
import java.util.UUID;

public record ContractId(UUID value) {

    public ContractId {
        Objects.requireNonNull(value, "value");
    }
}
