package org.cogov.procurement;

import java.util.Objects;
import java.util.UUID;

import org.cogov.shared.Domain;

@Domain
public record NoticeId(UUID value) {

    public NoticeId {
        Objects.requireNonNull(value, "value");
    }
}
