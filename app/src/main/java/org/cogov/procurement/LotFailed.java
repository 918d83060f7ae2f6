package org.cogov.procurement;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/** A lot failed at its opening, by the rule {@code reasonKey}: its bids stay sealed. */
public record LotFailed(@Nullable UUID actorId, UUID organizationId, UUID procedureId, String reference, int lot, int standing,
        int needed, String reasonKey, Instant at) implements Auditable {

    @Override
    public String action() {
        return "procurement.lot.failed";
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
        return Map.of("reference", reference, "lot", Integer.toString(lot), "standing", Integer.toString(standing), "needed",
                Integer.toString(needed), "reason", reasonKey, "at", at.toString());
    }
}
