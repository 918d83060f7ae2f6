package org.cogov.procurement.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * One panel member's scores, as submitted.
 *
 * <p>Per bid, one score from 0 to 100 per factor of the lot's
 * {@link org.cogov.procurement.AwardCriteria.ComprehensiveScoring criteria}, in the criteria's order. The
 * entries at the positions of {@link org.cogov.procurement.AwardCriteria.Factor.Kind#PAST_PERFORMANCE
 * PAST_PERFORMANCE} factors are <strong>ignored</strong> and may be null: that value comes from the
 * providers' performance results, the same for every expert, not from the panel. Every other entry must be
 * present; {@link Scores#compute} checks the range and that no bid or factor is missing. Scores for bids that
 * are no longer among the offers (a bid found invalid after scoring) are ignored too.
 */
@Domain
public record ExpertSheet(UUID expert, Map<UUID, List<@Nullable BigDecimal>> scores) {

    public ExpertSheet {
        Objects.requireNonNull(expert, "expert");
        // List.copyOf would refuse the nulls allowed at past-performance positions.
        Map<UUID, List<@Nullable BigDecimal>> copy = new LinkedHashMap<>();
        scores.forEach((bid, factors) -> copy.put(Objects.requireNonNull(bid, "bid"),
                Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(factors, "scores of " + bid)))));
        scores = Collections.unmodifiableMap(copy);
    }
}
