package org.cogov.procurement.challenges;

import java.util.Objects;
import java.util.UUID;

import org.cogov.shared.Domain;

@Domain
public record ComplaintId(UUID value) {

    public ComplaintId {
        Objects.requireNonNull(value, "value");
    }
}
