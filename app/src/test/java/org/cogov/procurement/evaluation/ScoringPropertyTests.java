package org.cogov.procurement.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.cogov.procurement.AwardCriteria;
import org.cogov.procurement.AwardCriteria.Factor;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever the criteria (a price weight of 0 or 10–30, one to three factors, sometimes past performance), the
 * bids (one to seven, on a coarse grid of prices so that equal prices happen) and the panel (one, three or five
 * experts scoring in half points): the ranking ignores the order of the bids and of the sheets, the winner has
 * the highest shown total, no price score exceeds the price weight, and removing a bid that is not the
 * benchmark changes no other bid's price score.
 */
class ScoringPropertyTests {

    /** A lot ready to score. */
    record Lot(AwardCriteria.ComprehensiveScoring criteria, List<Offer> offers, List<ExpertSheet> sheets,
            Map<UUID, BigDecimal> pastPerformance) {

        Scores scores() {
            return Scores.compute(criteria, offers, sheets, pastPerformance);
        }
    }

    @Provide
    static Arbitrary<Lot> lots() {
        Arbitrary<Integer> priceWeights = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(10, 30));
        return Combinators.combine(priceWeights, Arbitraries.integers().between(1, 3), Arbitraries.of(true, false),
                Arbitraries.integers().between(1, 7), Arbitraries.of(1, 3, 5))
                .flatAs((priceWeight, factorCount, withPastPerformance, bidCount, expertCount) -> Combinators.combine(
                        Arbitraries.integers().between(1, 99 - priceWeight).set().ofSize(factorCount - 1),
                        Arbitraries.integers().between(16, 24).map(i -> i * 5_000).list().ofSize(bidCount),
                        Arbitraries.integers().between(0, 200).list().ofSize(bidCount * expertCount * factorCount),
                        Arbitraries.integers().between(0, 100).list().ofSize(bidCount),
                        Arbitraries.longs())
                        .as((cuts, prices, halfPoints, past, salt) -> lot(priceWeight, cuts, withPastPerformance,
                                prices, expertCount, halfPoints, past, salt)));
    }

    private static Lot lot(int priceWeight, java.util.Set<Integer> cuts, boolean withPastPerformance, List<Integer> prices,
            int expertCount, List<Integer> halfPoints, List<Integer> past, long salt) {
        // Cut 100 − price weight into the factors' weights, so that the weights sum to 100.
        List<Integer> bounds = new ArrayList<>(cuts);
        bounds.add(0);
        bounds.add(100 - priceWeight);
        Collections.sort(bounds);
        int factorCount = bounds.size() - 1;
        List<Factor> factors = new ArrayList<>();
        for (int f = 0; f < factorCount; f++) {
            boolean pastPerformance = withPastPerformance && f == factorCount - 1;
            factors.add(new Factor("factor " + f, BigDecimal.valueOf(bounds.get(f + 1) - bounds.get(f)), "guidance",
                    pastPerformance ? Factor.Kind.PAST_PERFORMANCE : Factor.Kind.GENERAL));
        }
        List<Offer> offers = new ArrayList<>();
        Map<UUID, BigDecimal> pastScores = new HashMap<>();
        for (int b = 0; b < prices.size(); b++) {
            UUID bid = new UUID(salt, b);
            offers.add(Offer.at(bid, BigDecimal.valueOf(prices.get(b))));
            pastScores.put(bid, BigDecimal.valueOf(past.get(b)));
        }
        List<ExpertSheet> sheets = new ArrayList<>();
        int next = 0;
        for (int e = 0; e < expertCount; e++) {
            Map<UUID, List<BigDecimal>> scores = new HashMap<>();
            for (Offer offer : offers) {
                List<BigDecimal> marks = new ArrayList<>();
                for (Factor factor : factors) {
                    BigDecimal mark = BigDecimal.valueOf(halfPoints.get(next++)).divide(BigDecimal.valueOf(2));
                    marks.add(factor.kind() == Factor.Kind.PAST_PERFORMANCE ? null : mark);
                }
                scores.put(offer.bid(), marks);
            }
            sheets.add(new ExpertSheet(new UUID(~salt, e), scores));
        }
        AwardCriteria.ComprehensiveScoring criteria = new AwardCriteria.ComprehensiveScoring(BigDecimal.valueOf(priceWeight),
                priceWeight == 0, factors);
        return new Lot(criteria, offers, sheets, withPastPerformance ? pastScores : Map.of());
    }

    static <T> List<T> shuffled(List<T> items, long seed) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    @Property
    void theRankingIgnoresTheOrderOfTheBidsAndOfTheSheets(@ForAll("lots") Lot lot, @ForAll long shuffle) {
        Lot reordered = new Lot(lot.criteria(), shuffled(lot.offers(), shuffle), shuffled(lot.sheets(), ~shuffle),
                lot.pastPerformance());

        Ranking ranking = Ranking.byTotal(lot.scores().bids(), "seed");
        assertThat(Ranking.byTotal(reordered.scores().bids(), "seed")).isEqualTo(ranking);
        // Equal prices and half-point scores make ties common enough that the draw is part of what is checked.
        Statistics.label("tie").collect(!ranking.draws().isEmpty());
        Statistics.label("tie").coverage(coverage -> coverage.check(true).percentage(p -> p >= 10));
    }

    @Property
    void theScoresIgnoreTheOrderOfTheSheets(@ForAll("lots") Lot lot, @ForAll long shuffle) {
        Lot reordered = new Lot(lot.criteria(), lot.offers(), shuffled(lot.sheets(), shuffle), lot.pastPerformance());

        assertThat(reordered.scores()).isEqualTo(lot.scores());
    }

    @Property
    void theWinnerHasTheHighestShownTotal(@ForAll("lots") Lot lot) {
        Scores scores = lot.scores();

        BigDecimal winners = scores.of(Ranking.byTotal(scores.bids(), "seed").first()).shownTotal();
        assertThat(scores.bids()).allSatisfy(b -> assertThat(b.shownTotal()).isLessThanOrEqualTo(winners));
    }

    @Property
    void ranksFollowTheShownTotalsFromOneWithoutGaps(@ForAll("lots") Lot lot) {
        Scores scores = lot.scores();
        Ranking ranking = Ranking.byTotal(scores.bids(), "seed");

        for (int i = 0; i < ranking.order().size(); i++) {
            assertThat(ranking.order().get(i).rank()).isEqualTo(i + 1);
            if (i > 0) {
                assertThat(scores.of(ranking.order().get(i).bid()).shownTotal())
                        .isLessThanOrEqualTo(scores.of(ranking.order().get(i - 1).bid()).shownTotal());
            }
        }
    }

    @Property
    void noPriceScoreExceedsThePriceWeight(@ForAll("lots") Lot lot) {
        Scores scores = lot.scores();

        assertThat(scores.bids()).allSatisfy(b -> assertThat(b.priceScore())
                .isLessThanOrEqualTo(lot.criteria().priceWeight()).isGreaterThanOrEqualTo(BigDecimal.ZERO));
        assertThat(scores.bids()).anySatisfy(b -> assertThat(b.priceScore()).isEqualByComparingTo(lot.criteria().priceWeight()));
    }

    @Property
    void removingABidThatIsNotTheBenchmarkChangesNoOtherPriceScore(@ForAll("lots") Lot lot, @ForAll long pick) {
        Scores before = lot.scores();
        List<Offer> others = lot.offers().stream().filter(o -> o.evaluatedPrice().compareTo(before.benchmark()) > 0).toList();
        if (others.isEmpty()) {
            return;
        }
        Offer removed = others.get((int) Math.floorMod(pick, (long) others.size()));
        List<Offer> rest = lot.offers().stream().filter(o -> o != removed).toList();

        Scores after = new Lot(lot.criteria(), rest, lot.sheets(), lot.pastPerformance()).scores();

        assertThat(after.benchmark()).isEqualByComparingTo(before.benchmark());
        assertThat(after.bids()).allSatisfy(b -> assertThat(b.priceScore()).isEqualTo(before.of(b.bid()).priceScore()));
    }

    @Property
    void theTotalIsThePriceScorePlusTheWeightedFactorsAndIsShownRoundedHalfUp(@ForAll("lots") Lot lot) {
        assertThat(lot.scores().bids()).allSatisfy(b -> {
            BigDecimal sum = b.factors().stream().map(Scores.FactorScore::weighted).reduce(b.priceScore(), BigDecimal::add);
            // Each addition is rounded to 34 significant digits, so the total is the exact sum to within that.
            assertThat(b.total().subtract(sum).abs()).isLessThan(new BigDecimal("1e-30"));
            assertThat(b.shownTotal()).isEqualTo(b.total().setScale(2, java.math.RoundingMode.HALF_UP));
            assertThat(b.total()).isLessThanOrEqualTo(BigDecimal.valueOf(100));
        });
    }
}
