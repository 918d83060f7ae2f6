package org.cogov.performance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cogov.contracting.Contract;
import org.cogov.contracting.FinalSettlement;
import org.cogov.contracting.Grade;
import org.cogov.contracting.IndicatorSet;
import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * A contract's concluded performance evaluation as it is published: the governing evaluation with every score and its
 * reason, the survey's figures, the total and the grade, how the final payment was settled, and the provider's comment.
 *
 * @param scoredWeight the weight of the groups scored: 100 unless the survey fell short of its sample
 * @param lateMilestones the milestones accepted after their due day
 */
@Domain
public record PerformanceResult(Contract contract, SubmittedEvaluation governing, @Nullable Satisfaction satisfaction,
        @Nullable BigDecimal satisfactionPoints, BigDecimal scoredWeight, BigDecimal total, Grade grade, int lateMilestones,
        LocalDate concludedOn, @Nullable FinalSettlement finalSettlement, @Nullable String providerComment,
        @Nullable Instant providerCommentedAt) {

    /** One submitted evaluation with its scores. */
    public record SubmittedEvaluation(UUID id, EvaluationKind kind, UUID evaluatorId, String evaluatorNameZh, String evaluatorNameEn,
            String summary, @Nullable UUID reportDocument, Instant submittedAt, List<Score> scores) {

        public SubmittedEvaluation {
            scores = List.copyOf(scores);
        }
    }

    public IndicatorSet indicators() {
        return contract.indicators();
    }
}
