package org.cogov.performance;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A contract's satisfaction survey stopped taking answers: closed by the purchaser, or by the evaluation that counts it.
 *
 * @param actorId the purchaser's official; none when the evaluation closed it
 */
public record SurveyClosed(@Nullable UUID actorId, @Nullable UUID organizationId, UUID surveyId, UUID contractId)
        implements SurveyEvent {

    @Override
    public String action() {
        return "performance.survey.closed";
    }
}
