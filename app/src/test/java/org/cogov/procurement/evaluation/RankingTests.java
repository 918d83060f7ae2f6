package org.cogov.procurement.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.cogov.procurement.evaluation.ScoresTests.A;
import static org.cogov.procurement.evaluation.ScoresTests.B;
import static org.cogov.procurement.evaluation.ScoresTests.C;
import static org.cogov.procurement.evaluation.ScoresTests.D;
import static org.cogov.procurement.evaluation.ScoresTests.offer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cogov.procurement.AwardCriteria;
import org.cogov.procurement.Draw;
import org.junit.jupiter.api.Test;

class RankingTests {

    private static Scores.BidScore scored(UUID bid, long price, String shownTotal) {
        BigDecimal total = new BigDecimal(shownTotal);
        return new Scores.BidScore(bid, BigDecimal.valueOf(price), BigDecimal.valueOf(price), BigDecimal.ZERO, List.of(),
                total, total);
    }

    /** A bid with the given averages on two factors, weighted 40 and 40 beside a price weight of 20. */
    private static Scores.BidScore scored(UUID bid, long price, String shownTotal, String first, String second) {
        BigDecimal total = new BigDecimal(shownTotal);
        List<Scores.FactorScore> factors = List.of(factor("方案", first), factor("团队", second));
        return new Scores.BidScore(bid, BigDecimal.valueOf(price), BigDecimal.valueOf(price), BigDecimal.ZERO, factors, total,
                total);
    }

    private static Scores.FactorScore factor(String name, String average) {
        BigDecimal value = new BigDecimal(average);
        return new Scores.FactorScore(name, BigDecimal.valueOf(40), value, value.multiply(new BigDecimal("0.4")));
    }

    private static final Instant NINE = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void inTheWorkedExampleTheHundredAndTwentyThousandBidRanksFirst() {
        Ranking ranking = Ranking.byTotal(ScoresTests.workedExample().bids(), "seed");

        assertThat(ranking.order()).containsExactly(new Ranking.RankedBid(C, 1, Ranking.Tie.NONE), new Ranking.RankedBid(B, 2, Ranking.Tie.NONE),
                new Ranking.RankedBid(A, 3, Ranking.Tie.NONE));
        assertThat(ranking.draws()).isEmpty();
    }

    @Test
    void equalShownTotalsRankTheLowerPriceFirst() {
        Ranking ranking = Ranking.byTotal(List.of(scored(A, 100_000, "80.00"), scored(B, 90_000, "80.00")), "seed");

        assertThat(ranking.order()).extracting(Ranking.RankedBid::bid).containsExactly(B, A);
        assertThat(ranking.draws()).isEmpty();
    }

    @Test
    void totalsEqualOnlyBeyondTheSecondDecimalAreEqual() {
        Scores.BidScore a = new Scores.BidScore(A, BigDecimal.valueOf(100_000), BigDecimal.valueOf(100_000), BigDecimal.ZERO,
                List.of(), new BigDecimal("80.004"), new BigDecimal("80.00"));
        Scores.BidScore b = new Scores.BidScore(B, BigDecimal.valueOf(90_000), BigDecimal.valueOf(90_000), BigDecimal.ZERO,
                List.of(), new BigDecimal("79.996"), new BigDecimal("80.00"));

        assertThat(Ranking.byTotal(List.of(a, b), "seed").first()).isEqualTo(B);
    }

    @Test
    void bidsEqualOnTotalAndPriceAreDrawnFromTheSeedAndTheDrawIsRecorded() {
        Ranking ranking = Ranking.byTotal(List.of(scored(C, 90_000, "80.00"), scored(A, 90_000, "80.00"),
                scored(B, 90_000, "80.00"), scored(D, 80_000, "90.00")), "lot-7");

        List<UUID> drawn = Draw.shuffle("lot-7:1", List.of(A, B, C));
        assertThat(ranking.draws()).containsExactly(new Ranking.TieDraw(List.of(A, B, C), drawn, "lot-7:1"));
        assertThat(ranking.order()).containsExactly(new Ranking.RankedBid(D, 1, Ranking.Tie.NONE),
                new Ranking.RankedBid(drawn.get(0), 2, Ranking.Tie.DRAWN), new Ranking.RankedBid(drawn.get(1), 3, Ranking.Tie.DRAWN),
                new Ranking.RankedBid(drawn.get(2), 4, Ranking.Tie.DRAWN));
    }

    @Test
    void eachTieIsDrawnWithItsOwnNumberInRankingOrder() {
        Ranking ranking = Ranking.byTotal(List.of(scored(A, 90_000, "70.00"), scored(B, 90_000, "70.00"),
                scored(C, 90_000, "80.00"), scored(D, 90_000, "80.00")), "s");

        assertThat(ranking.draws()).extracting(Ranking.TieDraw::seed).containsExactly("s:1", "s:2");
        assertThat(ranking.draws()).extracting(Ranking.TieDraw::tied).containsExactly(List.of(C, D), List.of(A, B));
        assertThat(ranking.order()).extracting(Ranking.RankedBid::rank).containsExactly(1, 2, 3, 4);
    }

    @Test
    void theLowestEvaluatedPriceRanksFirstWhateverTheBidPrice() {
        Offer deducted = new Offer(A, BigDecimal.valueOf(100_000), BigDecimal.valueOf(85_000));
        Ranking ranking = Ranking.byLowestPrice(List.of(offer(B, 90_000), deducted, offer(C, 95_000)), "seed");

        assertThat(ranking.order()).extracting(Ranking.RankedBid::bid).containsExactly(A, B, C);
    }

    @Test
    void equalEvaluatedPricesAreDrawn() {
        Ranking ranking = Ranking.byLowestPrice(List.of(offer(B, 90_000), offer(A, 90_000), offer(C, 95_000)), "seed");

        List<UUID> drawn = Draw.shuffle("seed:1", List.of(A, B));
        assertThat(ranking.order()).containsExactly(new Ranking.RankedBid(drawn.get(0), 1, Ranking.Tie.DRAWN),
                new Ranking.RankedBid(drawn.get(1), 2, Ranking.Tie.DRAWN), new Ranking.RankedBid(C, 3, Ranking.Tie.NONE));
    }

    @Test
    void theDocumentsTieRuleOnAFactorSettlesATieBeforeAnyDraw() {
        Ranking ranking = Ranking.byTotal(List.of(scored(A, 90_000, "80.00", "70", "90"), scored(B, 90_000, "80.00", "90", "70"),
                scored(C, 80_000, "85.00", "10", "10")), List.of(AwardCriteria.TieBreak.higherFactor(2)), Map.of(), "seed");

        assertThat(ranking.order()).containsExactly(new Ranking.RankedBid(C, 1, Ranking.Tie.NONE),
                new Ranking.RankedBid(A, 2, Ranking.Tie.SETTLED), new Ranking.RankedBid(B, 3, Ranking.Tie.SETTLED));
        assertThat(ranking.draws()).isEmpty();
    }

    @Test
    void aTieRuleNeverReordersBidsTheRulesAlreadySeparate() {
        Ranking ranking = Ranking.byTotal(List.of(scored(A, 90_000, "80.00", "100", "100"), scored(B, 89_000, "80.00", "0", "0")),
                List.of(AwardCriteria.TieBreak.higherFactor(1)), Map.of(), "seed");

        assertThat(ranking.order()).containsExactly(new Ranking.RankedBid(B, 1, Ranking.Tie.NONE),
                new Ranking.RankedBid(A, 2, Ranking.Tie.NONE));
    }

    @Test
    void factorAveragesEqualAtTwoDecimalsPassToTheNextTieRule() {
        Ranking ranking = Ranking.byTotal(List.of(scored(A, 90_000, "80.00", "83.334", "50"), scored(B, 90_000, "80.00", "83.331", "50")),
                List.of(AwardCriteria.TieBreak.higherFactor(1), AwardCriteria.TieBreak.earlierReceipt()),
                Map.of(A, NINE.plusSeconds(1), B, NINE), "seed");

        assertThat(ranking.order()).containsExactly(new Ranking.RankedBid(B, 1, Ranking.Tie.SETTLED),
                new Ranking.RankedBid(A, 2, Ranking.Tie.SETTLED));
    }

    @Test
    void bidsTheTieRulesLeaveEqualAreDrawnAndTheOthersKeepTheirSettledPlace() {
        Ranking ranking = Ranking.byTotal(List.of(scored(A, 90_000, "80.00", "60", "50"), scored(B, 90_000, "80.00", "60", "50"),
                scored(C, 90_000, "80.00", "70", "50")), List.of(AwardCriteria.TieBreak.higherFactor(1)), Map.of(), "lot-2");

        List<UUID> drawn = Draw.shuffle("lot-2:1", List.of(A, B));
        assertThat(ranking.draws()).containsExactly(new Ranking.TieDraw(List.of(A, B), drawn, "lot-2:1"));
        assertThat(ranking.order()).containsExactly(new Ranking.RankedBid(C, 1, Ranking.Tie.SETTLED),
                new Ranking.RankedBid(drawn.get(0), 2, Ranking.Tie.DRAWN), new Ranking.RankedBid(drawn.get(1), 3, Ranking.Tie.DRAWN));
    }

    @Test
    void equalEvaluatedPricesGoToTheBidReceivedFirstWhenTheDocumentsSaySo() {
        Ranking ranking = Ranking.byLowestPrice(List.of(offer(A, 90_000), offer(B, 90_000), offer(C, 80_000)),
                List.of(AwardCriteria.TieBreak.earlierReceipt()), Map.of(A, NINE, B, NINE.minusMillis(1), C, NINE.plusSeconds(60)),
                "seed");

        assertThat(ranking.order()).containsExactly(new Ranking.RankedBid(C, 1, Ranking.Tie.NONE),
                new Ranking.RankedBid(B, 2, Ranking.Tie.SETTLED), new Ranking.RankedBid(A, 3, Ranking.Tie.SETTLED));
    }

    @Test
    void anEarlierReceiptRuleWithoutTheReceiptTimeOfATiedBidIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Ranking.byLowestPrice(List.of(offer(A, 1), offer(B, 1)),
                List.of(AwardCriteria.TieBreak.earlierReceipt()), Map.of(A, NINE), "s"));
    }

    @Test
    void theSameBidTwiceIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Ranking.byLowestPrice(List.of(offer(A, 1), offer(A, 2)), "s"));
    }
}
