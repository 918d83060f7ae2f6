package org.cogov.performance;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The purchaser issued single-use answer tokens: how many, never which.
 *
 * @param closesOn the last day the survey takes answers, when it has one
 */
public record SurveyTokensIssued(UUID actorId, UUID organizationId, UUID surveyId, UUID contractId, int count, int issued,
        @Nullable LocalDate closesOn) implements SurveyEvent {

    @Override
    public String action() {
        return "performance.survey.tokens-issued";
    }

    @Override
    public Map<String, String> payload() {
        return Map.of("contract", contractId.toString(), "count", Integer.toString(count), "issued", Integer.toString(issued),
                "closesOn", closesOn == null ? "" : closesOn.toString());
    }
}
