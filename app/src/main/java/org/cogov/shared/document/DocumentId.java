package org.cogov.shared.document;

import java.util.Objects;
import java.util.UUID;

import org.cogov.shared.Domain;

@Domain
public record DocumentId(UUID value) {

    public DocumentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
