package org.cogov.procurement.bidding;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/**
 * A bid version or a withdrawal arrived. Its audit entry proves the receipt's time and the envelope's
 * hash, and names neither the bidder nor the procedure: before the opening nobody may learn who bid
 * where, the auditor included. The bid's row links the entry to them, and the opening makes it public.
 */
record BidReceived(UUID presetEntryId, UUID bid, SealedBid.Kind kind, @Nullable String envelopeSha256, int version)
        implements Auditable {

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
        return kind == SealedBid.Kind.BID ? "procurement.bid.received" : "procurement.bid.withdrawn";
    }

    @Override
    public String objectType() {
        return "sealed-bid";
    }

    @Override
    public String objectId() {
        return bid.toString();
    }

    @Override
    public Map<String, String> payload() {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("version", Integer.toString(version));
        if (envelopeSha256 != null) {
            payload.put("envelopeSha256", envelopeSha256);
        }
        return payload;
    }
}
