package org.cogov.procurement.bidding;

import java.time.Duration;
import java.util.Base64;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** The bidding settings, {@code cogov.procurement.bidding.*} in application.yml. */
@ConfigurationProperties("cogov.procurement.bidding")
record BiddingSettings(String key, int maxProposalLength, int maxAttachments, DataSize maxAttachmentSize, DataSize maxBidSize,
        Duration idempotencyRetention, Opening opening) {

    /**
     * Fewer than k custodians in the opening window: the window moves {@code postponeBy} working days, at
     * most {@code postponements} times. Bidders object to the record until the window ends, and at least
     * {@code session} after the opening.
     */
    record Opening(int postponeBy, int postponements, Duration session) {
    }

    BidKey bidKey() {
        return new BidKey(Base64.getDecoder().decode(key));
    }
}
