package org.cogov.procurement.bonds;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/**
 * A bid bond was forfeited: the bidder's own fault revoked its bid at the opening (撤销, GPL IR Art. 33). The actor is
 * the custodian whose share opened the bids.
 *
 * @param reason the message key of the opening's reason for revoking the bid
 */
public record BidBondForfeited(@Nullable UUID actorId, UUID organizationId, UUID procedureId, String reference, int lot,
        UUID bond, UUID bidder, String amount, @Nullable String reason, Instant at) implements Auditable {

    @Override
    public String action() {
        return "procurement.bond.forfeited";
    }

    @Override
    public String objectType() {
        return "bid-bond";
    }

    @Override
    public String objectId() {
        return bond.toString();
    }

    @Override
    public Map<String, String> payload() {
        return Map.of("procedure", procedureId.toString(), "reference", reference, "lot", Integer.toString(lot), "bidder",
                bidder.toString(), "amount", amount, "reason", reason == null ? "" : reason, "at", at.toString());
    }
}
