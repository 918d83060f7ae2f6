package org.cogov.procurement.bonds;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

/** The purchaser's staff, or its agency, received a bidder's bid bond on a lot and recorded it. */
public record BidBondRecorded(UUID actorId, UUID organizationId, UUID procedureId, String reference, int lot, UUID bond,
        UUID bidder, String amount, String receivedOn, BidBond.Form form) implements Auditable {

    @Override
    public String action() {
        return "procurement.bond.recorded";
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
                bidder.toString(), "amount", amount, "receivedOn", receivedOn, "form", form.name());
    }
}
