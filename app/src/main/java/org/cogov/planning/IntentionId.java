package org.cogov.planning;

import java.util.Objects;
import java.util.UUID;

import org.cogov.shared.Domain;

@Domain
public record IntentionId(UUID value) {

    public IntentionId {
        Objects.requireNonNull(value, "value");
    }
}
