package org.cogov.procurement;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/**
 * A lot's award no longer stands: an upheld challenge or complaint applied its remedy before signature.
 *
 * @param winner the bidder whose award was cancelled
 */
public record AwardCancelled(@Nullable UUID actorId, UUID organizationId, UUID procedureId, String reference, int lot, UUID winner,
        Remedy remedy, String reason, Instant at) implements Auditable {

    @Override
    public String action() {
        return "procurement.award.cancelled";
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
        return Map.of("reference", reference, "lot", Integer.toString(lot), "winner", winner.toString(), "remedy", remedy.name(),
                "reason", reason, "at", at.toString());
    }
}
