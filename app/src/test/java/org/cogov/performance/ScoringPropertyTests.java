package org.cogov.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.cogov.contracting.Grade;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** What holds of every evaluation, whatever was measured and whatever the survey said. */
class ScoringPropertyTests {

    @Property
    void theTotalLiesWithin0And100AndItsGradeFollowsTheBands(@ForAll @BigRange(min = "0", max = "150") @Scale(2) BigDecimal trainees,
            @ForAll @BigRange(min = "0", max = "150") @Scale(2) BigDecimal hours, @ForAll @BigRange(min = "0", max = "30") @Scale(2) BigDecimal effects,
            @ForAll @BigRange(min = "0", max = "120") @Scale(2) BigDecimal budget, @ForAll @IntRange(min = 0, max = 500) int valid,
            @ForAll @IntRange(min = 0, max = 500) int satisfied, @ForAll @IntRange(min = 1, max = 100) int minimum) {
        int satisfiedAnswers = Math.min(satisfied, valid);
        List<Score> scores = Scoring.score(ScoringTests.set(), ScoringTests.entries(trainees.toPlainString(), hours.toPlainString(),
                effects.toPlainString(), budget.toPlainString()));

        Scoring.Total total = Scoring.total(ScoringTests.set(), scores, Optional.of(ScoringTests.survey(satisfiedAnswers, valid, minimum)));

        assertThat(total.total()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
        assertThat(total.grade()).isEqualTo(total.total().compareTo(new BigDecimal("90")) >= 0 ? Grade.EXCELLENT
                : total.total().compareTo(new BigDecimal("80")) >= 0 ? Grade.GOOD
                : total.total().compareTo(new BigDecimal("60")) >= 0 ? Grade.FAIR : Grade.POOR);
        assertThat(total.satisfactionScored()).isEqualTo(valid > 0 && valid >= minimum);
    }

    @Property
    void theSurveysPointsAreTheSatisfiedShareOfTheWeightAndNeverMore(@ForAll @IntRange(min = 1, max = 10_000) int valid,
            @ForAll @IntRange(min = 0, max = 10_000) int satisfied, @ForAll @BigRange(min = "0.01", max = "100") @Scale(2) BigDecimal weight) {
        int satisfiedAnswers = Math.min(satisfied, valid);
        Satisfaction survey = ScoringTests.survey(satisfiedAnswers, valid, 1);

        BigDecimal points = survey.points(weight).orElseThrow();

        assertThat(points).isBetween(BigDecimal.ZERO, weight);
        assertThat(points.multiply(BigDecimal.valueOf(valid)).subtract(weight.multiply(BigDecimal.valueOf(satisfiedAnswers))).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.00005").multiply(BigDecimal.valueOf(valid)));
    }

    @Property
    void aBetterMeasureNeverLowersTheTotal(@ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal measured,
            @ForAll @BigRange(min = "0", max = "50") @Scale(2) BigDecimal more) {
        Optional<Satisfaction> survey = Optional.of(ScoringTests.survey(50, 60, 30));
        BigDecimal before = Scoring.total(ScoringTests.set(), Scoring.score(ScoringTests.set(),
                ScoringTests.entries(measured.toPlainString(), "90", "20", "90")), survey).total();
        BigDecimal after = Scoring.total(ScoringTests.set(), Scoring.score(ScoringTests.set(),
                ScoringTests.entries(measured.add(more).toPlainString(), "90", "20", "90")), survey).total();

        assertThat(after).isGreaterThanOrEqualTo(before);
    }
}
