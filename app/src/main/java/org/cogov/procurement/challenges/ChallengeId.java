package org.cogov.procurement.challenges;

import java.util.Objects;
import java.util.UUID;

import org.cogov.shared.Domain;

@Domain
public record ChallengeId(UUID value) {

    public ChallengeId {
        Objects.requireNonNull(value, "value");
    }
}
