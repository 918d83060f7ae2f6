package org.cogov.performance;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Someone answered a contract's satisfaction survey with a token: no account, no token, no rating, no comment in the log. */
public record SurveyAnswered(UUID surveyId, UUID contractId) implements SurveyEvent {

    @Override
    public @Nullable UUID actorId() {
        return null;
    }

    @Override
    public @Nullable UUID organizationId() {
        return null;
    }

    @Override
    public String action() {
        return "performance.survey.answered";
    }
}
