package org.cogov.contracting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cogov.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The indicator set's weights, the templates by catalogue category, and each scoring rule on measured values. */
class IndicatorSetTests {

    @Test
    void everyTemplateKeepsTheDefaultWeightsAndAddsUpToAHundred() {
        for (IndicatorSet template : IndicatorTemplates.all()) {
            assertThat(template.violations()).isEmpty();
            assertThat(template.groups()).extracting(IndicatorGroup::dimension)
                    .containsExactly(Dimension.OUTPUTS, Dimension.EFFECTS, Dimension.SATISFACTION, Dimension.BUDGET_EXECUTION);
            assertThat(template.groups()).extracting(g -> g.weight().intValue()).containsExactly(50, 30, 10, 10);
        }
    }

    @Test
    void theMostSpecificCategoryWithATemplateIsChosen() {
        assertThat(IndicatorTemplates.forCategory("030102").groups().get(0).indicators().get(0).nameZh()).contains("统计监测报告");
        assertThat(IndicatorTemplates.forCategory("030201").groups().get(0).indicators().get(0).nameZh()).contains("标准草案");
        assertThat(IndicatorTemplates.forCategory("030701").groups().get(0).indicators().get(0).nameZh()).contains("培训人次");
        assertThat(IndicatorTemplates.forCategory("050102").groups().get(0).indicators().get(0).nameZh()).contains("研究报告");
        assertThat(IndicatorTemplates.forCategory("010401").groups().get(0).indicators().get(0).nameZh()).contains("服务人次");
        assertThat(IndicatorTemplates.forCategory("040201").groups().get(0).indicators().get(0).nameZh()).contains("服务数量");
    }

    @Test
    void groupWeightsNotAddingUpToAHundredAreRefused() {
        List<IndicatorGroup> groups = new ArrayList<>(IndicatorTemplates.forCategory("0301").groups());
        IndicatorGroup budget = groups.remove(3);
        groups.add(new IndicatorGroup(budget.dimension(), new BigDecimal("5"), List.of(withWeight(budget.indicators().get(0), "5"))));

        assertThat(new IndicatorSet(groups).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("contracting.indicators.groups-sum");
            assertThat(v.field()).isEqualTo("groups");
        });
    }

    @Test
    void indicatorsNotAddingUpToTheirGroupAreRefused() {
        List<IndicatorGroup> groups = new ArrayList<>(IndicatorTemplates.forCategory("0301").groups());
        IndicatorGroup outputs = groups.get(0);
        groups.set(0, new IndicatorGroup(Dimension.OUTPUTS, outputs.weight(), List.of(outputs.indicators().get(0))));

        assertThat(new IndicatorSet(groups).violations()).extracting(RuleViolation::field).containsExactly("groups[0].indicators");
    }

    @Test
    void aGroupTwiceIsRefused() {
        IndicatorGroup outputs = IndicatorTemplates.forCategory("0301").groups().get(0);
        IndicatorGroup half = new IndicatorGroup(Dimension.OUTPUTS, new BigDecimal("50"), outputs.indicators());

        assertThat(new IndicatorSet(List.of(outputs, half)).violations()).extracting(RuleViolation::field)
                .contains("groups[1].dimension");
    }

    @Test
    void linearScoresProportionallyUpToTheTarget() {
        ScoringRule linear = new ScoringRule.Linear(new BigDecimal("4"));

        assertThat(linear.score(new BigDecimal("30"), new BigDecimal("3"))).isEqualByComparingTo("22.5");
        assertThat(linear.score(new BigDecimal("30"), new BigDecimal("5"))).isEqualByComparingTo("30");
        assertThat(linear.score(new BigDecimal("30"), new BigDecimal("-1"))).isEqualByComparingTo("0");
    }

    @Test
    void thresholdScoresAllOrNothing() {
        ScoringRule threshold = new ScoringRule.Threshold(new BigDecimal("98"));

        assertThat(threshold.score(new BigDecimal("20"), new BigDecimal("98"))).isEqualByComparingTo("20");
        assertThat(threshold.score(new BigDecimal("20"), new BigDecimal("97.99"))).isEqualByComparingTo("0");
    }

    @Test
    void bandedScoresTheBandTheValueReaches() {
        ScoringRule.Banded banded = ScoringRule.Banded.parse("95:100;0:0;90:80;80:60");

        assertThat(banded.format()).isEqualTo("0:0;80:60;90:80;95:100");
        assertThat(banded.score(new BigDecimal("10"), new BigDecimal("79.9"))).isEqualByComparingTo("0");
        assertThat(banded.score(new BigDecimal("10"), new BigDecimal("85"))).isEqualByComparingTo("6");
        assertThat(banded.score(new BigDecimal("10"), new BigDecimal("96"))).isEqualByComparingTo("10");
        assertThat(ScoringRule.Banded.parse("60:50").score(BigDecimal.TEN, new BigDecimal("59"))).isEqualByComparingTo("0");
    }

    @Test
    void aJudgementNeedsItsWrittenReasonAndStaysWithinTheWeight() {
        ScoringRule.Judgement judgement = new ScoringRule.Judgement();

        assertThat(judgement.judge(new BigDecimal("20"), new BigDecimal("16"), "监测结论被两项行业政策引用")).isEqualByComparingTo("16");
        assertThatThrownBy(() -> judgement.judge(new BigDecimal("20"), new BigDecimal("16"), " "))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> judgement.judge(new BigDecimal("20"), new BigDecimal("21"), "超额"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("score"));
        assertThatThrownBy(() -> judgement.score(new BigDecimal("20"), BigDecimal.ONE)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void bandsWithTheSameLowerBoundAreRefused() {
        assertThatThrownBy(() -> ScoringRule.Banded.parse("0:0;80:50;80:60")).isInstanceOf(RuleViolation.class);
    }

    private static Indicator withWeight(Indicator indicator, String weight) {
        return new Indicator(indicator.nameZh(), indicator.nameEn(), new BigDecimal(weight), indicator.target(), indicator.rule());
    }
}
