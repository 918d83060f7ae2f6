package org.cogov.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cogov.contracting.Dimension;
import org.cogov.contracting.Grade;
import org.cogov.contracting.Indicator;
import org.cogov.contracting.IndicatorGroup;
import org.cogov.contracting.IndicatorSet;
import org.cogov.contracting.ScoringRule;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.junit.jupiter.api.Test;

/** A performance evaluation scored against its indicator set: the rules applied, the survey's share, the total and the grade. */
class ScoringTests {

    static final UUID EVIDENCE = UUID.fromString("00000000-0000-0000-0000-00000000e71d");

    /** Outputs 50 (30 + 20, linear to 100 %), effects 30 (a judgement), satisfaction 10, budget execution 10 (linear to 100 %). */
    static IndicatorSet set() {
        return new IndicatorSet(List.of(
                new IndicatorGroup(Dimension.OUTPUTS, new BigDecimal("50"), List.of(
                        indicator("培训人次完成率", 30, new ScoringRule.Linear(new BigDecimal("100"))),
                        indicator("培训课时完成率", 20, new ScoringRule.Linear(new BigDecimal("100"))))),
                new IndicatorGroup(Dimension.EFFECTS, new BigDecimal("30"), List.of(indicator("服务目标实现程度", 30, new ScoringRule.Judgement()))),
                new IndicatorGroup(Dimension.SATISFACTION, new BigDecimal("10"), List.of(
                        indicator("服务对象满意率", 10, new ScoringRule.Linear(new BigDecimal("100"))))),
                new IndicatorGroup(Dimension.BUDGET_EXECUTION, new BigDecimal("10"), List.of(
                        indicator("预算执行率", 10, new ScoringRule.Linear(new BigDecimal("100")))))));
    }

    static List<Scoring.ScoreEntry> entries(String trainees, String hours, String effects, String budget) {
        return List.of(new Scoring.ScoreEntry(0, 0, new BigDecimal(trainees), null, null, EVIDENCE),
                new Scoring.ScoreEntry(0, 1, new BigDecimal(hours), null, null, EVIDENCE),
                new Scoring.ScoreEntry(1, 0, null, new BigDecimal(effects), "学员技能明显提升，个别目标未达成", EVIDENCE),
                new Scoring.ScoreEntry(3, 0, new BigDecimal(budget), null, null, EVIDENCE));
    }

    static Satisfaction survey(int satisfied, int valid, int minimum) {
        return new Satisfaction(valid + 3, valid, satisfied, minimum, 4, false, List.of());
    }

    @Test
    void theWorkedExampleTotals89Point30AndGradesGood() {
        List<Score> scores = Scoring.score(set(), entries("90", "90", "26", "95"));

        Scoring.Total total = Scoring.total(set(), scores, Optional.of(survey(176, 200, 30)));

        assertThat(total.groups()).extracting(Scoring.GroupPoints::points).map(BigDecimal::stripTrailingZeros)
                .containsExactly(new BigDecimal("45"), new BigDecimal("26"), new BigDecimal("8.8"), new BigDecimal("9.5"));
        assertThat(total.total()).isEqualByComparingTo("89.30");
        assertThat(total.total().scale()).isEqualTo(2);
        assertThat(total.grade()).isEqualTo(Grade.GOOD);
        assertThat(total.scoredWeight()).isEqualByComparingTo("100");
    }

    @Test
    void aTotalOf58IsPoor() {
        // Outputs 30 (60 % of each), effects 12, satisfaction 8 of 10, budget 8: 58.00.
        List<Score> scores = Scoring.score(set(), entries("60", "60", "12", "80"));

        Scoring.Total total = Scoring.total(set(), scores, Optional.of(survey(80, 100, 30)));

        assertThat(total.total()).isEqualByComparingTo("58.00");
        assertThat(total.grade()).isEqualTo(Grade.POOR);
    }

    @Test
    void aSurveyBelowItsMinimumSampleIsLeftOutAndTheRestScaledTo100() {
        List<Score> scores = Scoring.score(set(), entries("90", "90", "26", "95"));

        Scoring.Total total = Scoring.total(set(), scores, Optional.of(survey(20, 25, 30)));

        assertThat(total.satisfactionScored()).isFalse();
        assertThat(total.groups().get(2).points()).isNull();
        assertThat(total.scoredWeight()).isEqualByComparingTo("90");
        // 80.50 of 90 → 89.44 of 100.
        assertThat(total.total()).isEqualByComparingTo("89.44");
    }

    @Test
    void noSurveyAtAllCountsAsNotScored() {
        Scoring.Total total = Scoring.total(set(), Scoring.score(set(), entries("100", "100", "30", "100")), Optional.empty());

        assertThat(total.satisfactionScored()).isFalse();
        assertThat(total.total()).isEqualByComparingTo("100.00");
        assertThat(total.grade()).isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void aJudgementNeedsItsReasonAndStaysWithinTheWeight() {
        List<Scoring.ScoreEntry> noReason = List.of(entries("90", "90", "26", "95").get(0), entries("90", "90", "26", "95").get(1),
                new Scoring.ScoreEntry(1, 0, null, new BigDecimal("26"), " ", EVIDENCE), entries("90", "90", "26", "95").get(3));
        assertThatThrownBy(() -> Scoring.score(set(), noReason)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo("performance.score.reason-needed");
            assertThat(v.field()).isEqualTo("scores[2].reason");
        });
        assertThatThrownBy(() -> Scoring.score(set(), entries("90", "90", "31", "95"))).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo("performance.score.points-range");
            assertThat(v.arguments()).containsExactly("30");
        });
    }

    @Test
    void everyScoreRestsOnEvidence() {
        List<Scoring.ScoreEntry> bare = entries("90", "90", "26", "95").stream()
                .map(e -> new Scoring.ScoreEntry(e.group(), e.indicator(), e.measured(), e.points(), e.reason(), null)).toList();

        assertThatThrownBy(() -> Scoring.score(set(), bare)).isInstanceOfSatisfying(RuleViolations.class, v -> assertThat(v.violations())
                .extracting(RuleViolation::field).containsExactly("scores[0].evidence", "scores[1].evidence", "scores[2].evidence",
                        "scores[3].evidence"));
    }

    @Test
    void everyIndicatorIsScoredOnceAndTheSurveyAloneScoresSatisfaction() {
        List<Scoring.ScoreEntry> missing = entries("90", "90", "26", "95").subList(0, 3);
        assertThatThrownBy(() -> Scoring.score(set(), missing)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo("performance.score.missing");
            assertThat(v.arguments()).containsExactly("预算执行率");
        });
        List<Scoring.ScoreEntry> withSatisfaction = new java.util.ArrayList<>(entries("90", "90", "26", "95"));
        withSatisfaction.add(new Scoring.ScoreEntry(2, 0, new BigDecimal("100"), null, null, EVIDENCE));
        assertThatThrownBy(() -> Scoring.score(set(), withSatisfaction)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("performance.score.satisfaction-by-survey"));
        List<Scoring.ScoreEntry> twice = new java.util.ArrayList<>(entries("90", "90", "26", "95"));
        twice.add(entries("90", "90", "26", "95").get(0));
        assertThatThrownBy(() -> Scoring.score(set(), twice)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("performance.score.twice"));
    }

    @Test
    void aNegativeMeasureIsRefused() {
        assertThatThrownBy(() -> Scoring.score(set(), entries("-1", "90", "26", "95"))).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo("performance.score.measured-range");
            assertThat(v.field()).isEqualTo("scores[0].measured");
        });
    }

    @Test
    void gradesChangeAt90And80And60() {
        assertThat(Grade.of(new BigDecimal("90.00"))).isEqualTo(Grade.EXCELLENT);
        assertThat(Grade.of(new BigDecimal("89.99"))).isEqualTo(Grade.GOOD);
        assertThat(Grade.of(new BigDecimal("80"))).isEqualTo(Grade.GOOD);
        assertThat(Grade.of(new BigDecimal("79.99"))).isEqualTo(Grade.FAIR);
        assertThat(Grade.of(new BigDecimal("60"))).isEqualTo(Grade.FAIR);
        assertThat(Grade.of(new BigDecimal("59.99"))).isEqualTo(Grade.POOR);
        assertThat(Grade.of(BigDecimal.ZERO)).isEqualTo(Grade.POOR);
    }

    private static Indicator indicator(String name, int weight, ScoringRule rule) {
        return new Indicator(name, name, BigDecimal.valueOf(weight), "—", rule);
    }
}
