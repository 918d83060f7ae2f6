package org.cogov.procurement.bidding;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/**
 * A final quotation arrived. Like {@link BidReceived}, its audit entry proves the receipt's time and the envelope's
 * hash and names neither the supplier nor the procedure before the opening.
 */
record FinalQuotationReceived(UUID quotation, String envelopeSha256, int version) implements Auditable {

    @Override
    public @Nullable UUID actorId() {
        return null;
    }

    @Override
    public @Nullable UUID organizationId() {
        return null;
    }

    @Override
    public String action() {
        return "procurement.final-quotation.received";
    }

    @Override
    public String objectType() {
        return "final-quotation";
    }

    @Override
    public String objectId() {
        return quotation.toString();
    }

    @Override
    public Map<String, String> payload() {
        return Map.of("version", Integer.toString(version), "envelopeSha256", envelopeSha256);
    }
}
