package org.cogov.planning;

import java.util.Objects;
import java.util.UUID;

import org.cogov.shared.Domain;

@Domain
public record ConsultationId(UUID value) {

    public ConsultationId {
        Objects.requireNonNull(value, "value");
    }
}
