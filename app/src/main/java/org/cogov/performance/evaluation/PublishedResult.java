package org.cogov.performance.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cogov.contracting.Contract;
import org.cogov.contracting.Dimension;
import org.cogov.contracting.FinalSettlement;
import org.cogov.contracting.Grade;
import org.cogov.contracting.Indicator;
import org.cogov.contracting.IndicatorGroup;
import org.cogov.performance.EvaluationKind;
import org.cogov.performance.PerformanceResult;
import org.cogov.performance.Satisfaction;
import org.cogov.performance.Score;
import org.jspecify.annotations.Nullable;

/**
 * A concluded evaluation as it is published: every indicator with its weight, target, what was measured, the points and
 * the reason; the survey's figures, never its comments nor who answered; the total, the grade, the final payment's
 * settlement and the provider's comment. No evidence document and no person is named.
 */
record PublishedResult(UUID contractId, String procedureReference, int lot, String serviceTitle, Contract.Party purchaser,
        Contract.Party provider, EvaluationKind governedBy, String evaluatorNameZh, String evaluatorNameEn, String summary,
        List<PublishedGroup> groups, @Nullable SurveyFigures survey, BigDecimal scoredWeight, BigDecimal total, Grade grade, String gradeZh,
        int lateMilestones, LocalDate concludedOn, @Nullable SettledFinalPayment finalPayment, @Nullable String providerComment) {

    record PublishedGroup(Dimension dimension, BigDecimal weight, @Nullable BigDecimal points, List<PublishedScore> indicators) {
    }

    record PublishedScore(String nameZh, String nameEn, BigDecimal weight, String target, @Nullable BigDecimal measured,
            @Nullable BigDecimal points, @Nullable String reason) {
    }

    /** @param counted whether the valid answers reached the minimum sample */
    record SurveyFigures(int answers, int valid, int satisfied, int minimumSample, int satisfiedFrom, boolean counted) {
    }

    record SettledFinalPayment(int milestone, BigDecimal percent, BigDecimal full, BigDecimal earned, BigDecimal withheld) {
    }

    /** Whether the survey fell short and the other groups' points were scaled to 100. */
    public boolean scaled() {
        return scoredWeight.compareTo(BigDecimal.valueOf(100)) != 0;
    }

    static PublishedResult of(PerformanceResult result) {
        Contract c = result.contract();
        PerformanceResult.SubmittedEvaluation governing = result.governing();
        List<PublishedGroup> groups = new ArrayList<>();
        for (int g = 0; g < c.indicators().groups().size(); g++) {
            IndicatorGroup group = c.indicators().groups().get(g);
            List<PublishedScore> indicators = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < group.indicators().size(); i++) {
                Indicator indicator = group.indicators().get(i);
                Score score = score(governing.scores(), g, i);
                if (group.dimension() == Dimension.SATISFACTION) {
                    indicators.add(new PublishedScore(indicator.nameZh(), indicator.nameEn(), indicator.weight(), indicator.target(), null,
                            null, null));
                } else {
                    sum = sum.add(score == null ? BigDecimal.ZERO : score.points());
                    indicators.add(new PublishedScore(indicator.nameZh(), indicator.nameEn(), indicator.weight(), indicator.target(),
                            score == null ? null : score.measured(), score == null ? null : score.points(), score == null ? null : score.reason()));
                }
            }
            groups.add(new PublishedGroup(group.dimension(), group.weight(),
                    group.dimension() == Dimension.SATISFACTION ? result.satisfactionPoints() : sum, indicators));
        }
        Satisfaction s = result.satisfaction();
        FinalSettlement f = result.finalSettlement();
        return new PublishedResult(c.id().value(), c.procedureReference(), c.lot(), c.serviceTitle(), c.purchaser(), c.provider(),
                governing.kind(), governing.evaluatorNameZh(), governing.evaluatorNameEn(), governing.summary(), groups,
                s == null ? null : new SurveyFigures(s.answers(), s.valid(), s.satisfied(), s.minimumSample(), s.satisfiedFrom(), s.enough()),
                result.scoredWeight(), result.total(), result.grade(), result.grade().zh(), result.lateMilestones(), result.concludedOn(),
                f == null ? null : new SettledFinalPayment(f.milestone(), f.percent(), f.full().amount(), f.earned().amount(),
                        f.withheld().amount()),
                result.providerComment());
    }

    private static @Nullable Score score(List<Score> scores, int group, int indicator) {
        return scores.stream().filter(s -> s.group() == group && s.indicator() == indicator).findFirst().orElse(null);
    }
}
