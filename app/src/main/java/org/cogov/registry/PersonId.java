package org.cogov.registry;

import java.util.Objects;
import java.util.UUID;

import org.cogov.shared.Domain;

@Domain
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "value");
    }
}
