package org.cogov.procurement.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.cogov.shared.Domain;

/**
 * The bids whose price is obviously lower than the other valid bids' (异常低价, MoF Order No. 87 Art. 60): the
 * panel must ask each for a written explanation within the evaluation, and a bid that cannot justify its price
 * is invalid. The law names no figure; the two triggers and their thresholds are a policy setting (by default
 * 40 % below the others' mean, 30 % below the next price up).
 *
 * <p>The triggers are applied <strong>once</strong>, to the bids as they stand when the test is run. When an
 * unjustified bid is then removed, the caller recomputes the benchmark and the scores without it but does not
 * run this test again on the remaining bids: a bid that only looks low next to the others once the lowest has
 * gone was not obviously lower among the bids actually compared.
 */
@Domain
public final class AbnormallyLowPrices {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AbnormallyLowPrices() {
    }

    /** What made a bid suspect. */
    public enum Reference {
        /** its price is at least the threshold below the mean of the other bids' prices */
        MEAN_OF_OTHERS,
        /** its price is at least the threshold below the next price up among the others */
        NEXT_PRICE
    }

    /**
     * One trigger that fired, with the figures the explanation request quotes.
     *
     * @param reference    what the price was compared with
     * @param amount       the reference amount in CNY, full precision
     * @param percentBelow (amount − price) / amount × 100, full precision
     * @param threshold    the percentage the setting requires
     */
    public record Trigger(Reference reference, BigDecimal amount, BigDecimal percentBelow, BigDecimal threshold) {
    }

    /**
     * A bid to be explained.
     *
     * @param triggers the triggers that fired, mean of others first
     */
    public record Suspect(UUID bid, BigDecimal price, List<Trigger> triggers) {

        public Suspect {
            triggers = List.copyOf(triggers);
        }
    }

    /**
     * The suspects among the offers, lowest price first (then by id).
     *
     * @param offers           the valid bids, each once; compared on their {@link Offer#price() price}
     * @param belowMeanPercent how far below the mean of the <em>other</em> bids' prices, in percent, makes a
     *                         bid suspect; more than 0, at most 100
     * @param belowNextPercent how far below the next price up — the lowest price among the others that is at
     *                         least its own — makes a bid suspect; more than 0, at most 100. The highest bid has
     *                         no next price
     * @return nobody with fewer than 2 offers
     */
    public static List<Suspect> suspects(List<Offer> offers, BigDecimal belowMeanPercent, BigDecimal belowNextPercent) {
        requireThreshold(belowMeanPercent, "belowMeanPercent");
        requireThreshold(belowNextPercent, "belowNextPercent");
        Scores.requireDistinct(offers.stream().map(Offer::bid).toList(), "bid");
        if (offers.size() < 2) {
            return List.of();
        }
        BigDecimal sum = offers.stream().map(Offer::price).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal others = BigDecimal.valueOf(offers.size() - 1L);
        List<Suspect> suspects = new ArrayList<>();
        for (Offer offer : offers) {
            List<Trigger> triggers = new ArrayList<>();
            BigDecimal mean = sum.subtract(offer.price()).divide(others, Scores.PRECISION);
            BigDecimal belowMean = percentBelow(offer.price(), mean);
            if (belowMean.compareTo(belowMeanPercent) >= 0) {
                triggers.add(new Trigger(Reference.MEAN_OF_OTHERS, mean, belowMean, belowMeanPercent));
            }
            offers.stream().filter(o -> !o.bid().equals(offer.bid()) && o.price().compareTo(offer.price()) >= 0).map(Offer::price)
                    .min(Comparator.naturalOrder()).ifPresent(next -> {
                        BigDecimal belowNext = percentBelow(offer.price(), next);
                        if (belowNext.compareTo(belowNextPercent) >= 0) {
                            triggers.add(new Trigger(Reference.NEXT_PRICE, next, belowNext, belowNextPercent));
                        }
                    });
            if (!triggers.isEmpty()) {
                suspects.add(new Suspect(offer.bid(), offer.price(), triggers));
            }
        }
        suspects.sort(Comparator.comparing(Suspect::price).thenComparing(s -> s.bid().toString()));
        return List.copyOf(suspects);
    }

    private static BigDecimal percentBelow(BigDecimal price, BigDecimal reference) {
        return reference.subtract(price).multiply(HUNDRED).divide(reference, Scores.PRECISION);
    }

    private static void requireThreshold(BigDecimal percent, String name) {
        Objects.requireNonNull(percent, name);
        if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(name + " must be more than 0 and at most 100: " + percent);
        }
    }
}
