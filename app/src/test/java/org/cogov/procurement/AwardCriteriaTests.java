package org.cogov.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.cogov.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class AwardCriteriaTests {

    private final AwardCriteria.PriceWeightBand band = new MethodRules(RuleTableFixture.rulebook())
            .priceWeightBand(LocalDate.of(2025, 3, 5));

    private static AwardCriteria.ComprehensiveScoring scoring(int priceWeight, int... factorWeights) {
        List<AwardCriteria.Factor> factors = new ArrayList<>();
        for (int weight : factorWeights) {
            factors.add(new AwardCriteria.Factor("技术方案", BigDecimal.valueOf(weight), "按方案完整性评分",
                    AwardCriteria.Factor.Kind.GENERAL));
        }
        return new AwardCriteria.ComprehensiveScoring(BigDecimal.valueOf(priceWeight), false, factors);
    }

    @Test
    void aServicesPriceWeightOfThirtyFivePercentIsRefused() {
        assertThat(scoring(35, 65).violations(band)).extracting(RuleViolation::messageKey)
                .containsExactly("procurement.criteria.price-weight-out-of-band");
    }

    @Test
    void aServicesPriceWeightOfTwentyFivePercentIsAccepted() {
        assertThat(scoring(25, 50, 25).violations(band)).isEmpty();
    }

    @Test
    void weightsNotSummingToHundredAreRefused() {
        assertThat(scoring(20, 50, 20).violations(band)).extracting(RuleViolation::messageKey)
                .containsExactly("procurement.criteria.weights-not-hundred");
    }

    @Test
    void aPriceFixedByTheStateWeighsNothing() {
        AwardCriteria fixed = new AwardCriteria.ComprehensiveScoring(BigDecimal.ZERO, true, List.of(new AwardCriteria.Factor(
                "服务质量", BigDecimal.valueOf(100), "按服务承诺评分", AwardCriteria.Factor.Kind.GENERAL)));
        assertThat(fixed.violations(band)).isEmpty();
    }

    @Test
    void theLowestPriceNeedsNoWeights() {
        assertThat(new AwardCriteria.LowestPrice().violations(band)).isEmpty();
    }

    @Property
    void anyPriceWeightInTheBandWithFactorsMakingUpTheRestIsAccepted(@ForAll @IntRange(min = 10, max = 30) int price,
            @ForAll @IntRange(min = 1, max = 69) int first) {
        assertThat(scoring(price, first, 100 - price - first).violations(band)).isEmpty();
    }

    @Property
    void anyPriceWeightOutsideTheBandIsRefused(@ForAll @IntRange(min = 0, max = 100) int price) {
        boolean inBand = price >= 10 && price <= 30;
        List<RuleViolation> violations = price == 100 ? scoring(price).violations(band) : scoring(price, 100 - price).violations(band);
        assertThat(violations.stream().anyMatch(v -> v.messageKey().equals("procurement.criteria.price-weight-out-of-band")))
                .isEqualTo(!inBand);
    }

    private static AwardCriteria.ComprehensiveScoring withTieBreaks(AwardCriteria.ComprehensiveScoring criteria,
            AwardCriteria.TieBreak... tieBreaks) {
        return new AwardCriteria.ComprehensiveScoring(criteria.priceWeight(), criteria.priceFixed(), criteria.factors(),
                List.of(tieBreaks));
    }

    @Test
    void tieRulesOnAFactorAndOnTheReceiptTimeAreAccepted() {
        assertThat(withTieBreaks(scoring(20, 50, 30), AwardCriteria.TieBreak.higherFactor(2),
                AwardCriteria.TieBreak.earlierReceipt()).violations(band)).isEmpty();
    }

    @Test
    void aTieRuleOnAFactorTheLotDoesNotHaveIsRefused() {
        assertThat(withTieBreaks(scoring(20, 50, 30), AwardCriteria.TieBreak.higherFactor(3)).violations(band))
                .singleElement().satisfies(v -> {
                    assertThat(v.messageKey()).isEqualTo("procurement.criteria.tie-break-factor-unknown");
                    assertThat(v.field()).isEqualTo("tieBreaks[0].factor");
                });
    }

    @Test
    void theSameTieRuleTwiceIsRefused() {
        assertThat(withTieBreaks(scoring(20, 80), AwardCriteria.TieBreak.earlierReceipt(), AwardCriteria.TieBreak.earlierReceipt())
                .violations(band)).extracting(RuleViolation::field).containsExactly("tieBreaks[1]");
    }

    @Test
    void theLowestPriceTakesTheReceiptRuleButNoFactorRule() {
        assertThat(new AwardCriteria.LowestPrice(List.of(AwardCriteria.TieBreak.earlierReceipt())).violations(band)).isEmpty();
        assertThat(new AwardCriteria.LowestPrice(List.of(AwardCriteria.TieBreak.higherFactor(1))).violations(band))
                .extracting(RuleViolation::messageKey).containsExactly("procurement.criteria.tie-break-needs-scoring");
    }
}
