package org.cogov.procurement;

import java.util.Objects;
import java.util.UUID;

import org.cogov.shared.Domain;

@Domain
public record IncidentId(UUID value) {

    public IncidentId {
        Objects.requireNonNull(value, "value");
    }
}
