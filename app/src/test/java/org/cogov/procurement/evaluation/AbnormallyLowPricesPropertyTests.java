package org.cogov.procurement.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cogov.procurement.evaluation.ScoringPropertyTests.shuffled;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Whatever the prices and the thresholds: the suspects ignore the order of the bids, no bid at the highest
 * price is ever suspect, and every trigger's figures give back the bid's price.
 */
class AbnormallyLowPricesPropertyTests {

    @Property
    void everyTriggerQuotesFiguresThatGiveBackThePriceAndTheSuspectsIgnoreTheOrderOfTheBids(
            @ForAll @Size(min = 0, max = 8) List<@IntRange(min = 1, max = 200) Integer> thousands,
            @ForAll @IntRange(min = 1, max = 100) int belowMean, @ForAll @IntRange(min = 1, max = 100) int belowNext,
            @ForAll long salt, @ForAll long shuffle) {
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < thousands.size(); i++) {
            offers.add(Offer.at(new UUID(salt, i), BigDecimal.valueOf(thousands.get(i) * 1_000L)));
        }
        BigDecimal meanThreshold = BigDecimal.valueOf(belowMean);
        BigDecimal nextThreshold = BigDecimal.valueOf(belowNext);

        List<AbnormallyLowPrices.Suspect> suspects = AbnormallyLowPrices.suspects(offers, meanThreshold, nextThreshold);

        assertThat(AbnormallyLowPrices.suspects(shuffled(offers, shuffle), meanThreshold, nextThreshold)).isEqualTo(suspects);
        BigDecimal highest = offers.stream().map(Offer::price).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        assertThat(suspects).allSatisfy(s -> {
            assertThat(s.triggers()).isNotEmpty().allSatisfy(t -> {
                assertThat(t.percentBelow()).isGreaterThanOrEqualTo(t.threshold());
                BigDecimal price = t.amount().multiply(BigDecimal.valueOf(100).subtract(t.percentBelow()))
                        .divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
                assertThat(price.subtract(s.price()).abs()).isLessThan(new BigDecimal("0.000001"));
            });
            assertThat(s.price()).isLessThan(highest);
        });
    }
}
