package org.cogov.procurement.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cogov.procurement.evaluation.ScoringPropertyTests.shuffled;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cogov.procurement.AwardCriteria;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * Ties and the lowest price, whatever the bids' ids and the seed: a tie is drawn the same way for the same
 * seed whatever the order the bids come in, and the draw is recorded as anyone can replay it; the lowest-price
 * ranking follows the evaluated price, and also ignores the order of the bids. The documents' tie rules only
 * reorder bids the rules leave equal, in their favour, and leave the draw to what they cannot tell apart.
 */
class RankingPropertyTests {

    @Provide
    Arbitrary<UUID> ids() {
        return Arbitraries.longs().tuple2().map(t -> new UUID(t.get1(), t.get2()));
    }

    @Property
    void aTieIsBrokenIdenticallyForTheSameSeedAndTheDrawIsRecorded(
            @ForAll @Size(min = 2, max = 8) java.util.Set<@net.jqwik.api.From("ids") UUID> tied,
            @ForAll @StringLength(min = 1, max = 20) String seed, @ForAll long shuffle) {
        List<Scores.BidScore> scores = new ArrayList<>();
        for (UUID bid : tied) {
            scores.add(new Scores.BidScore(bid, BigDecimal.valueOf(90_000), BigDecimal.valueOf(90_000), BigDecimal.TEN,
                    List.of(), new BigDecimal("80.001"), new BigDecimal("80.00")));
        }

        Ranking once = Ranking.byTotal(scores, seed);
        Ranking again = Ranking.byTotal(shuffled(scores, shuffle), seed);

        assertThat(again).isEqualTo(once);
        List<UUID> byId = tied.stream().sorted(Comparator.comparing(UUID::toString)).toList();
        assertThat(once.draws()).singleElement().satisfies(draw -> {
            assertThat(draw.tied()).isEqualTo(byId);
            assertThat(draw.seed()).isEqualTo(seed + ":1");
            assertThat(draw.order()).isEqualTo(org.cogov.procurement.Draw.shuffle(seed + ":1", byId));
            assertThat(once.order()).extracting(Ranking.RankedBid::bid).isEqualTo(draw.order());
        });
        assertThat(once.order()).allSatisfy(r -> assertThat(r.drawn()).isTrue());
    }

    @Property
    void theLowestPriceRankingFollowsTheEvaluatedPriceWhateverTheOrderOfTheBids(
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 10, max = 20) Integer> prices,
            @ForAll @Size(min = 8, max = 8) List<@IntRange(min = 0, max = 3) Integer> deductions,
            @ForAll long salt, @ForAll long shuffle) {
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < prices.size(); i++) {
            BigDecimal price = BigDecimal.valueOf(prices.get(i) * 10_000L);
            // A deduction of 0–30 % (in 10 % steps) lowers only the evaluated price.
            BigDecimal evaluated = price.multiply(BigDecimal.valueOf(10 - deductions.get(i))).divide(BigDecimal.TEN);
            offers.add(new Offer(new UUID(salt, i), price, evaluated));
        }

        Ranking ranking = Ranking.byLowestPrice(offers, "seed");

        assertThat(Ranking.byLowestPrice(shuffled(offers, shuffle), "seed")).isEqualTo(ranking);
        List<BigDecimal> evaluated = ranking.order().stream().map(r -> offers.stream()
                .filter(o -> o.bid().equals(r.bid())).findFirst().orElseThrow().evaluatedPrice()).toList();
        assertThat(evaluated).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(ranking.order()).extracting(Ranking.RankedBid::rank)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, offers.size()).boxed().toList());
    }

    @Property
    void tieRulesOnlyReorderBidsTheRulesLeaveEqual(
            @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 0, max = 2) Integer> totals,
            @ForAll @Size(min = 10, max = 10) List<@IntRange(min = 0, max = 2) Integer> factorAverages,
            @ForAll @Size(min = 10, max = 10) List<@IntRange(min = 0, max = 2) Integer> receipts,
            @ForAll boolean factorFirst, @ForAll long salt, @ForAll long shuffle) {
        List<Scores.BidScore> scores = new ArrayList<>();
        Map<UUID, Instant> receivedAt = new HashMap<>();
        Map<UUID, Integer> average = new HashMap<>();
        for (int i = 0; i < totals.size(); i++) {
            UUID bid = new UUID(salt, i);
            BigDecimal total = BigDecimal.valueOf(80 + totals.get(i)).setScale(2);
            BigDecimal factor = BigDecimal.valueOf(60 + factorAverages.get(i));
            scores.add(new Scores.BidScore(bid, BigDecimal.valueOf(90_000), BigDecimal.valueOf(90_000), BigDecimal.TEN,
                    List.of(new Scores.FactorScore("方案", BigDecimal.valueOf(70), factor, factor)), total, total));
            receivedAt.put(bid, Instant.parse("2026-03-02T01:00:00Z").plusSeconds(receipts.get(i)));
            average.put(bid, factorAverages.get(i));
        }
        List<AwardCriteria.TieBreak> rules = factorFirst
                ? List.of(AwardCriteria.TieBreak.higherFactor(1), AwardCriteria.TieBreak.earlierReceipt())
                : List.of(AwardCriteria.TieBreak.earlierReceipt());

        Ranking ranking = Ranking.byTotal(scores, rules, receivedAt, "seed");

        assertThat(Ranking.byTotal(shuffled(scores, shuffle), rules, receivedAt, "seed")).isEqualTo(ranking);
        Map<UUID, Scores.BidScore> byBid = new HashMap<>();
        scores.forEach(s -> byBid.put(s.bid(), s));
        for (int i = 1; i < ranking.order().size(); i++) {
            Ranking.RankedBid before = ranking.order().get(i - 1);
            Ranking.RankedBid after = ranking.order().get(i);
            int byTotal = byBid.get(before.bid()).shownTotal().compareTo(byBid.get(after.bid()).shownTotal());
            assertThat(byTotal).isGreaterThanOrEqualTo(0);
            if (byTotal == 0) {
                assertThat(before.tie()).isNotEqualTo(Ranking.Tie.NONE);
                int byFactor = factorFirst ? Integer.compare(average.get(before.bid()), average.get(after.bid())) : 0;
                assertThat(byFactor).isGreaterThanOrEqualTo(0);
                if (byFactor == 0) {
                    assertThat(receivedAt.get(before.bid())).isBeforeOrEqualTo(receivedAt.get(after.bid()));
                    if (receivedAt.get(before.bid()).equals(receivedAt.get(after.bid()))) {
                        assertThat(before.drawn()).isTrue();
                        assertThat(after.drawn()).isTrue();
                    }
                }
            }
        }
    }
}
