package org.cogov.procurement.experts;

import java.util.Objects;
import java.util.UUID;

import org.cogov.shared.Domain;

/** An expert of the pool. Ordered by its UUID's text, the order in which a draw lists its candidates. */
@Domain
public record ExpertId(UUID value) implements Comparable<ExpertId> {

    public ExpertId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public int compareTo(ExpertId other) {
        return value.toString().compareTo(other.value.toString());
    }
}
