package org.cogov.procurement.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.cogov.procurement.AwardCriteria;
import org.cogov.procurement.AwardCriteria.Factor;
import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * The comprehensive scoring of a lot's valid bids (综合评分法, MoF Order No. 87 Art. 55).
 *
 * <ul>
 * <li>benchmark = the lowest evaluated price among the offers (评标基准价);</li>
 * <li>price score = benchmark / evaluated price × 100 × price weight, the weight being a percentage (20 means
 * 20 %): in points, at most the price weight; 0 when the weight is 0 (price fixed by the state);</li>
 * <li>factor average = the mean of the experts' scores (0–100); a past-performance factor takes the provider's
 * value instead, the same for every expert;</li>
 * <li>weighted factor = average × weight / 100;</li>
 * <li>total = price score + Σ weighted factors.</li>
 * </ul>
 *
 * Everything is computed in full precision ({@link MathContext#DECIMAL128}); only the total is rounded, half
 * up to 2 decimals, into {@link BidScore#shownTotal()}, which is what the report shows and the ranking uses —
 * so the report must say that totals are ranked as rounded. The price score depends on nothing but the
 * benchmark, the weight and the bid's own evaluated price, so removing any bid but the benchmark's changes no
 * other bid's price score.
 *
 * @param benchmark the lowest evaluated price
 * @param bids      one score per offer, in the order of the offers
 */
@Domain
public record Scores(BigDecimal benchmark, List<BidScore> bids) {

    static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Scores {
        Objects.requireNonNull(benchmark, "benchmark");
        bids = List.copyOf(bids);
    }

    /**
     * One bid's score.
     *
     * @param priceScore the price score in points, full precision
     * @param factors    one per factor of the criteria, in their order
     * @param total      price score + Σ weighted factors, full precision
     * @param shownTotal the total rounded half up to 2 decimals: shown and ranked
     */
    public record BidScore(UUID bid, BigDecimal price, BigDecimal evaluatedPrice, BigDecimal priceScore,
            List<FactorScore> factors, BigDecimal total, BigDecimal shownTotal) {

        public BidScore {
            factors = List.copyOf(factors);
        }
    }

    /**
     * A factor's result for one bid.
     *
     * @param weight   the factor's weight in percent
     * @param average  the mean of the experts' scores, or the past-performance value, 0–100, full precision
     * @param weighted average × weight / 100, in points
     */
    public record FactorScore(String name, BigDecimal weight, BigDecimal average, BigDecimal weighted) {
    }

    /**
     * Scores the offers.
     *
     * @param criteria        the lot's criteria, assumed valid (weights summing to 100: see
     *                        {@link AwardCriteria.ComprehensiveScoring#violations})
     * @param offers          the valid bids; at least one, each bid once
     * @param sheets          the panel's sheets, one per expert, each scoring every offer on every factor that
     *                        is not past performance; scores of bids not among the offers are ignored
     * @param pastPerformance per bid, the provider's past-performance score (0–100) used for every
     *                        past-performance factor; may be empty when the criteria have none
     * @throws IllegalArgumentException when there is no offer or no sheet, a bid or an expert appears twice, a
     *                                  sheet misses a bid or a factor, a score is outside 0–100, or a
     *                                  past-performance factor has no value for a bid
     */
    public static Scores compute(AwardCriteria.ComprehensiveScoring criteria, List<Offer> offers,
            List<ExpertSheet> sheets, Map<UUID, BigDecimal> pastPerformance) {
        if (offers.isEmpty()) {
            throw new IllegalArgumentException("no offer to score");
        }
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("no expert's sheet");
        }
        requireDistinct(offers.stream().map(Offer::bid).toList(), "bid");
        requireDistinct(sheets.stream().map(ExpertSheet::expert).toList(), "expert");
        // Summed in the order of the experts' ids, so that the order the sheets arrive in cannot move a digit.
        List<ExpertSheet> panel = sheets.stream().sorted(Comparator.comparing(s -> s.expert().toString())).toList();
        List<Factor> factors = criteria.factors();
        for (ExpertSheet sheet : panel) {
            for (Offer offer : offers) {
                checkSheet(sheet, offer.bid(), factors);
            }
        }
        BigDecimal benchmark = offers.stream().map(Offer::evaluatedPrice).min(Comparator.naturalOrder()).orElseThrow();
        List<BidScore> scores = new ArrayList<>();
        for (Offer offer : offers) {
            scores.add(score(criteria, benchmark, offer, panel, pastPerformance));
        }
        return new Scores(benchmark, scores);
    }

    /** The score of that bid. */
    public BidScore of(UUID bid) {
        return bids.stream().filter(b -> b.bid().equals(bid)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("bid " + bid + " was not scored"));
    }

    /** Price score = benchmark × price weight / evaluated price, in one division so that it is rounded once. */
    public static BigDecimal priceScore(BigDecimal benchmark, BigDecimal evaluatedPrice, BigDecimal priceWeight) {
        return benchmark.multiply(priceWeight).divide(evaluatedPrice, PRECISION);
    }

    private static BidScore score(AwardCriteria.ComprehensiveScoring criteria, BigDecimal benchmark, Offer offer,
            List<ExpertSheet> panel, Map<UUID, BigDecimal> pastPerformance) {
        BigDecimal priceScore = priceScore(benchmark, offer.evaluatedPrice(), criteria.priceWeight());
        List<FactorScore> factorScores = new ArrayList<>();
        BigDecimal total = priceScore;
        List<Factor> factors = criteria.factors();
        for (int i = 0; i < factors.size(); i++) {
            Factor factor = factors.get(i);
            BigDecimal average = factor.kind() == Factor.Kind.PAST_PERFORMANCE
                    ? pastPerformance(pastPerformance, offer.bid(), factor)
                    : mean(panel, offer.bid(), i);
            BigDecimal weighted = average.multiply(factor.weight()).divide(HUNDRED, PRECISION);
            factorScores.add(new FactorScore(factor.name(), factor.weight(), average, weighted));
            total = total.add(weighted, PRECISION);
        }
        return new BidScore(offer.bid(), offer.price(), offer.evaluatedPrice(), priceScore, factorScores, total,
                total.setScale(2, RoundingMode.HALF_UP));
    }

    private static BigDecimal mean(List<ExpertSheet> panel, UUID bid, int factor) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ExpertSheet sheet : panel) {
            sum = sum.add(Objects.requireNonNull(sheet.scores().get(bid).get(factor)), PRECISION);
        }
        return sum.divide(BigDecimal.valueOf(panel.size()), PRECISION);
    }

    private static BigDecimal pastPerformance(Map<UUID, BigDecimal> values, UUID bid, Factor factor) {
        BigDecimal value = values.get(bid);
        if (value == null) {
            throw new IllegalArgumentException("no past performance for bid " + bid + " (factor " + factor.name() + ")");
        }
        requireScore(value, "past performance of bid " + bid);
        return value;
    }

    private static void checkSheet(ExpertSheet sheet, UUID bid, List<Factor> factors) {
        List<@Nullable BigDecimal> scores = sheet.scores().get(bid);
        if (scores == null) {
            throw new IllegalArgumentException("expert " + sheet.expert() + " did not score bid " + bid);
        }
        if (scores.size() != factors.size()) {
            throw new IllegalArgumentException("expert " + sheet.expert() + " gave bid " + bid + " " + scores.size()
                    + " scores for " + factors.size() + " factors");
        }
        for (int i = 0; i < factors.size(); i++) {
            if (factors.get(i).kind() == Factor.Kind.PAST_PERFORMANCE) {
                continue;
            }
            BigDecimal score = scores.get(i);
            if (score == null) {
                throw new IllegalArgumentException("expert " + sheet.expert() + " did not score bid " + bid
                        + " on " + factors.get(i).name());
            }
            requireScore(score, "expert " + sheet.expert() + "'s score of bid " + bid + " on " + factors.get(i).name());
        }
    }

    private static void requireScore(BigDecimal score, String what) {
        if (score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(what + " is outside 0–100: " + score);
        }
    }

    static <T> void requireDistinct(List<T> ids, String what) {
        Set<T> seen = new HashSet<>();
        for (T id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException(what + " " + id + " appears twice");
            }
        }
    }
}
