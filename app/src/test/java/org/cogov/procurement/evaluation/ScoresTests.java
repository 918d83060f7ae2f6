package org.cogov.procurement.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cogov.procurement.AwardCriteria;
import org.cogov.procurement.AwardCriteria.Factor;
import org.junit.jupiter.api.Test;

class ScoresTests {

    static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    static final UUID D = UUID.fromString("00000000-0000-0000-0000-00000000000d");

    static AwardCriteria.ComprehensiveScoring criteria(int priceWeight, Factor... factors) {
        return new AwardCriteria.ComprehensiveScoring(BigDecimal.valueOf(priceWeight), priceWeight == 0, List.of(factors));
    }

    static Factor technical(int weight) {
        return new Factor("技术方案", BigDecimal.valueOf(weight), "按方案完整性评分", Factor.Kind.GENERAL);
    }

    static Factor pastPerformance(int weight) {
        return new Factor("以往业绩", BigDecimal.valueOf(weight), "按绩效评价结果", Factor.Kind.PAST_PERFORMANCE);
    }

    static Offer offer(UUID bid, long price) {
        return Offer.at(bid, BigDecimal.valueOf(price));
    }

    static List<BigDecimal> marks(Integer... scores) {
        return Arrays.stream(scores).map(s -> s == null ? null : BigDecimal.valueOf(s)).toList();
    }

    static ExpertSheet sheet(int expert, Map<UUID, List<BigDecimal>> scores) {
        return new ExpertSheet(new UUID(1, expert), scores);
    }

    /** RULES.md's worked example: three experts whose technical scores average 70, 85 and 90. */
    static List<ExpertSheet> workedExampleSheets() {
        return List.of(
                sheet(1, Map.of(A, marks(60), B, marks(80), C, marks(85))),
                sheet(2, Map.of(A, marks(70), B, marks(85), C, marks(90))),
                sheet(3, Map.of(A, marks(80), B, marks(90), C, marks(95))));
    }

    static Scores workedExample() {
        return Scores.compute(criteria(20, technical(80)), List.of(offer(A, 95_000), offer(B, 100_000), offer(C, 120_000)),
                workedExampleSheets(), Map.of());
    }

    static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void theWorkedExampleGivesPriceScoresTwentyNineteenAndFifteenEightyThree() {
        Scores scores = workedExample();

        assertThat(scores.benchmark()).isEqualByComparingTo("95000");
        assertThat(scores.bids()).extracting(b -> cents(b.priceScore()))
                .containsExactly(new BigDecimal("20.00"), new BigDecimal("19.00"), new BigDecimal("15.83"));
    }

    @Test
    void theWorkedExampleWeighsTheTechnicalAveragesToFiftySixSixtyEightAndSeventyTwo() {
        Scores scores = workedExample();

        assertThat(scores.bids()).extracting(b -> b.factors().get(0).average())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("70"), new BigDecimal("85"), new BigDecimal("90"));
        assertThat(scores.bids()).extracting(b -> b.factors().get(0).weighted())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("56"), new BigDecimal("68"), new BigDecimal("72"));
    }

    @Test
    void theWorkedExampleTotalsAreShownAsSeventySixEightySevenAndEightySevenEightyThree() {
        assertThat(workedExample().bids()).extracting(Scores.BidScore::shownTotal)
                .containsExactly(new BigDecimal("76.00"), new BigDecimal("87.00"), new BigDecimal("87.83"));
    }

    @Test
    void totalsKeepFullPrecisionBesideTheShownTotal() {
        Scores.BidScore c = workedExample().of(C);

        // 95,000 / 120,000 × 20 = 15.8333…, so the total is 87.8333… before it is shown as 87.83.
        assertThat(c.total().precision()).isGreaterThan(30);
        assertThat(c.total()).isGreaterThan(new BigDecimal("87.8333333333")).isLessThan(new BigDecimal("87.8333333334"));
    }

    @Test
    void withoutTheUnjustifiedLowBidThePriceScoresAreThirtyTwentyNineThirtyNineAndTwentyEightEighty() {
        List<ExpertSheet> sheets = List.of(sheet(1, Map.of(A, marks(80), B, marks(80), C, marks(80), D, marks(80))));
        // D at 45,000 was scored before it failed to justify its price: its scores are ignored once it is gone.
        Scores scores = Scores.compute(criteria(30, technical(70)),
                List.of(offer(A, 100_000), offer(B, 96_000), offer(C, 98_000)), sheets, Map.of());

        assertThat(scores.benchmark()).isEqualByComparingTo("96000");
        assertThat(cents(scores.of(B).priceScore())).isEqualTo(new BigDecimal("30.00"));
        assertThat(cents(scores.of(C).priceScore())).isEqualTo(new BigDecimal("29.39"));
        assertThat(cents(scores.of(A).priceScore())).isEqualTo(new BigDecimal("28.80"));
    }

    @Test
    void aPriceFixedByTheStateGivesNoPricePoints() {
        Scores scores = Scores.compute(criteria(0, technical(100)), List.of(offer(A, 95_000), offer(B, 100_000)),
                List.of(sheet(1, Map.of(A, marks(70), B, marks(85)))), Map.of());

        assertThat(scores.bids()).allSatisfy(b -> assertThat(b.priceScore()).isEqualByComparingTo("0"));
        assertThat(scores.of(B).shownTotal()).isEqualTo(new BigDecimal("85.00"));
    }

    @Test
    void pastPerformanceComesFromTheProvidersResultsNotFromTheExperts() {
        List<ExpertSheet> sheets = new ArrayList<>();
        sheets.add(sheet(1, Map.of(A, marks(80, null), B, marks(60, null))));
        sheets.add(sheet(2, Map.of(A, marks(70, 5), B, marks(70, 100))));
        Scores scores = Scores.compute(criteria(20, technical(60), pastPerformance(20)),
                List.of(offer(A, 100_000), offer(B, 100_000)), sheets, Map.of(A, BigDecimal.valueOf(90), B, BigDecimal.valueOf(50)));

        assertThat(scores.of(A).factors().get(1).average()).isEqualByComparingTo("90");
        assertThat(scores.of(A).factors().get(1).weighted()).isEqualByComparingTo("18");
        assertThat(scores.of(B).factors().get(1).weighted()).isEqualByComparingTo("10");
        assertThat(scores.of(A).shownTotal()).isEqualTo(new BigDecimal("83.00"));
    }

    @Test
    void theEvaluatedPriceNotTheBidPriceMakesTheBenchmark() {
        Offer deducted = new Offer(A, BigDecimal.valueOf(100_000), BigDecimal.valueOf(90_000));
        Scores scores = Scores.compute(criteria(20, technical(80)), List.of(deducted, offer(B, 95_000)),
                List.of(sheet(1, Map.of(A, marks(50), B, marks(50)))), Map.of());

        assertThat(scores.benchmark()).isEqualByComparingTo("90000");
        assertThat(scores.of(A).priceScore()).isEqualByComparingTo("20");
        assertThat(scores.of(A).price()).isEqualByComparingTo("100000");
    }

    @Test
    void aScoreAboveHundredIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Scores.compute(criteria(20, technical(80)),
                List.of(offer(A, 95_000)), List.of(sheet(1, Map.of(A, marks(101)))), Map.of())).withMessageContaining("0–100");
    }

    @Test
    void aNegativeScoreIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Scores.compute(criteria(20, technical(80)),
                List.of(offer(A, 95_000)), List.of(sheet(1, Map.of(A, marks(-1)))), Map.of())).withMessageContaining("0–100");
    }

    @Test
    void aSheetThatMissesABidIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Scores.compute(criteria(20, technical(80)),
                List.of(offer(A, 95_000), offer(B, 100_000)), List.of(sheet(1, Map.of(A, marks(70)))), Map.of()))
                .withMessageContaining("did not score bid " + B);
    }

    @Test
    void aSheetThatMissesAFactorIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Scores.compute(criteria(20, technical(40), technical(40)),
                List.of(offer(A, 95_000)), List.of(sheet(1, Map.of(A, marks(70)))), Map.of()))
                .withMessageContaining("1 scores for 2 factors");
    }

    @Test
    void aSheetWithABlankScoreOnAnExpertFactorIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Scores.compute(criteria(20, technical(80)),
                List.of(offer(A, 95_000)), List.of(sheet(1, Map.of(A, marks((Integer) null)))), Map.of()))
                .withMessageContaining("did not score bid " + A + " on 技术方案");
    }

    @Test
    void noOfferIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Scores.compute(criteria(20, technical(80)), List.of(),
                List.of(sheet(1, Map.of())), Map.of()));
    }

    @Test
    void aNonPositiveEvaluatedPriceIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Offer(A, BigDecimal.ONE, BigDecimal.ZERO));
    }

    @Test
    void aPastPerformanceFactorWithoutAValueForABidIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Scores.compute(criteria(20, technical(60), pastPerformance(20)),
                List.of(offer(A, 95_000), offer(B, 100_000)),
                List.of(sheet(1, Map.of(A, marks(70, null), B, marks(70, null)))), Map.of(A, BigDecimal.TEN)))
                .withMessageContaining("no past performance for bid " + B);
    }

    @Test
    void theSameExpertTwiceIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Scores.compute(criteria(20, technical(80)),
                List.of(offer(A, 95_000)), List.of(sheet(1, Map.of(A, marks(70))), sheet(1, Map.of(A, marks(80)))), Map.of()))
                .withMessageContaining("appears twice");
    }
}
