package org.cogov.performance;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a contract's satisfaction survey: its audit entry is about the survey. No event names a token,
 * a rating or a comment, nor who answered: the log keeps that a survey was answered, not what or by whom.
 */
public sealed interface SurveyEvent extends Auditable permits SurveyOpened, SurveyTokensIssued, SurveyAnswered, SurveyClosed {

    UUID surveyId();

    UUID contractId();

    @Override
    default String objectType() {
        return "satisfaction-survey";
    }

    @Override
    default String objectId() {
        return surveyId().toString();
    }

    /** The purchaser's official who acted; none for an answer or a closing by the platform. */
    @Override
    @Nullable UUID actorId();

    @Override
    default Map<String, String> payload() {
        return Map.of("contract", contractId().toString());
    }
}
