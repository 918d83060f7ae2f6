package org.cogov.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/**
 * The purchaser confirmed a lot's winner in ranking order, or the platform did when the purchaser stayed
 * silent past its time (the first candidate).
 *
 * @param actorId the purchaser's official; none when the platform applied the silence rule
 * @param rank the winner's place in the ranking, 1 unless candidates before it were passed over
 * @param price the price the contract takes: the evaluated bid's, after any confirmed correction or final quotation
 */
public record AwardDecided(@Nullable UUID actorId, UUID organizationId, UUID procedureId, String reference, int lot, UUID winner,
        int rank, BigDecimal price, boolean bySilence, Instant at) implements Auditable {

    @Override
    public String action() {
        return "procurement.award.decided";
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
        return Map.of("reference", reference, "lot", Integer.toString(lot), "winner", winner.toString(), "rank",
                Integer.toString(rank), "price", price.toPlainString(), "bySilence", Boolean.toString(bySilence), "at", at.toString());
    }
}
