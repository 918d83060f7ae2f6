package org.cogov.registry;

import java.util.Objects;
import java.util.UUID;

import org.cogov.shared.Domain;

@Domain
public record OrganizationId(UUID value) {

    public OrganizationId {
        Objects.requireNonNull(value, "value");
    }
}
