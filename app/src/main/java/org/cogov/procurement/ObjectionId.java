package org.cogov.procurement;

import java.util.Objects;
import java.util.UUID;

import org.cogov.shared.Domain;

@Domain
public record ObjectionId(UUID value) {

    public ObjectionId {
        Objects.requireNonNull(value, "value");
    }
}
