package org.cogov.procurement;

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
 */
public record EvaluationCompleted(@Nullable UUID actorId, UUID organizationId, UUID procedureId, String reference, int lot,
        List<UUID> ranking, Instant at) implements Auditable {

    public EvaluationCompleted {
        ranking = List.copyOf(ranking);
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
                ranking.stream().map(UUID::toString).collect(Collectors.joining(",")), "at", at.toString());
    }
}
