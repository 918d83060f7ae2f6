package org.cogov.procurement;

import java.util.Objects;
import java.util.UUID;

import org.cogov.shared.Domain;

@Domain
public record ProcedureId(UUID value) {

    public ProcedureId {
        Objects.requireNonNull(value, "value");
    }
}
