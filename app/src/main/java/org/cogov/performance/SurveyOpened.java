package org.cogov.performance;

import java.util.Map;
import java.util.UUID;

/** The purchaser opened a contract's satisfaction survey, with the platform's settings of the day fixed in it. */
public record SurveyOpened(UUID actorId, UUID organizationId, UUID surveyId, UUID contractId, int minimumSample, int satisfiedFrom)
        implements SurveyEvent {

    @Override
    public String action() {
        return "performance.survey.opened";
    }

    @Override
    public Map<String, String> payload() {
        return Map.of("contract", contractId.toString(), "minimumSample", Integer.toString(minimumSample), "satisfiedFrom",
                Integer.toString(satisfiedFrom));
    }
}
