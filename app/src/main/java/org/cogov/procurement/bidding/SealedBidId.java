package org.cogov.procurement.bidding;

import java.util.Objects;
import java.util.UUID;

import org.cogov.shared.Domain;

/** A sealed bid's row: one version of a bid, or its withdrawal. Its receipt carries it. */
@Domain
public record SealedBidId(UUID value) {

    public SealedBidId {
        Objects.requireNonNull(value, "value");
    }
}
