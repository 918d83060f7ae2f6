package org.cogov.procurement;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/**
 * A lot's bids were opened: how many stood at the deadline, and how many opened, were revoked (the
 * bidder's fault) or withdrawn (anyone else's). The opening record names the bidders and their prices.
 */
public record LotOpened(@Nullable UUID actorId, UUID organizationId, UUID procedureId, String reference, int lot, int standing,
        int opened, int revoked, int withdrawn, Instant at) implements Auditable {

    @Override
    public String action() {
        return "procurement.lot.opened";
    }

    @Override
    public String objectType() {
        return "procedure";
    }

    @Override
    public String objectId() {
        return procedureId.toString();
    }

    @Override
    public Map<String, String> payload() {
        return Map.of("reference", reference, "lot", Integer.toString(lot), "standing", Integer.toString(standing), "opened",
                Integer.toString(opened), "revoked", Integer.toString(revoked), "withdrawn", Integer.toString(withdrawn),
                "at", at.toString());
    }
}
