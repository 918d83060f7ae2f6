package org.cogov.planning;

import java.util.Objects;
import java.util.UUID;

import org.cogov.shared.Domain;

@Domain
public record CommentId(UUID value) {

    public CommentId {
        Objects.requireNonNull(value, "value");
    }
}
