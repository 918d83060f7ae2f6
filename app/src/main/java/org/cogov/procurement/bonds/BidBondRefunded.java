package org.cogov.procurement.bonds;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

/** The staff refunded a bid bond (or returned its guarantee letter); late when after its due day. */
public record BidBondRefunded(UUID actorId, UUID organizationId, UUID procedureId, String reference, int lot, UUID bond,
        UUID bidder, String refundedOn, String due, boolean late) implements Auditable {

    @Override
    public String action() {
        return "procurement.bond.refunded";
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
                bidder.toString(), "refundedOn", refundedOn, "due", due, "late", Boolean.toString(late));
    }
}
