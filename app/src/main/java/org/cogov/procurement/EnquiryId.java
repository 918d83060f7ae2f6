package org.cogov.procurement;

import java.util.Objects;
import java.util.UUID;

import org.cogov.shared.Domain;

@Domain
public record EnquiryId(UUID value) {

    public EnquiryId {
        Objects.requireNonNull(value, "value");
    }
}
