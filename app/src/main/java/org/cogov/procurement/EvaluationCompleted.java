package org.cogov.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/**
 * Every member of the panel signed a lot's compiled ranking: the evaluation of the lot is complete, and
 * the ranking, first candidate first, goes to the purchaser for the award.
 *
 * @param ranking the valid bidders in ranking order
 * @param prices each ranked bidder's price, in the same order: what its contract would say (after a confirmed
 *               correction, or its final quotation)
 * @param totals each ranked bidder's total score shown at 2 decimals, in the same order; empty when the lot ranks by price
 */
public record EvaluationCompleted(@Nullable UUID actorId, UUID organizationId, UUID procedureId, String reference, int lot,
        List<UUID> ranking, List<BigDecimal> prices, List<BigDecimal> totals, Instant at) implements Auditable {

    public EvaluationCompleted {
        ranking = List.copyOf(ranking);
        prices = List.copyOf(prices);
        totals = List.copyOf(totals);
        if (prices.size() != ranking.size() || !(totals.isEmpty() || totals.size() == ranking.size())) {
            throw new IllegalArgumentException("a price for every ranked bidder, and a total for each or none");
        }
    }

    @Override
    public String action() {
        return "procurement.evaluation.completed";
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
        return Map.of("reference", reference, "lot", Integer.toString(lot), "ranking",
                ranking.stream().map(UUID::toString).collect(Collectors.joining(",")), "prices",
                prices.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(",")), "totals",
                totals.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(",")), "at", at.toString());
    }
}
