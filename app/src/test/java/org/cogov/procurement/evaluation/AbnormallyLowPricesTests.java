package org.cogov.procurement.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.cogov.procurement.evaluation.ScoresTests.A;
import static org.cogov.procurement.evaluation.ScoresTests.B;
import static org.cogov.procurement.evaluation.ScoresTests.C;
import static org.cogov.procurement.evaluation.ScoresTests.D;
import static org.cogov.procurement.evaluation.ScoresTests.offer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.cogov.procurement.evaluation.AbnormallyLowPrices.Reference;
import org.cogov.procurement.evaluation.AbnormallyLowPrices.Suspect;
import org.cogov.procurement.evaluation.AbnormallyLowPrices.Trigger;
import org.junit.jupiter.api.Test;

class AbnormallyLowPricesTests {

    private static final BigDecimal FORTY = BigDecimal.valueOf(40);
    private static final BigDecimal THIRTY = BigDecimal.valueOf(30);

    @Test
    void aFortyFiveThousandBidAmongBidsNearAHundredThousandMustExplainOnBothTriggers() {
        List<Suspect> suspects = AbnormallyLowPrices.suspects(
                List.of(offer(A, 100_000), offer(B, 96_000), offer(C, 98_000), offer(D, 45_000)), FORTY, THIRTY);

        // The others' mean is 98,000, 54.08 % above 45,000's; the next price up is 96,000, 53.125 % above.
        BigDecimal belowMean = new BigDecimal("5300000").divide(new BigDecimal("98000"), MathContext.DECIMAL128);
        assertThat(suspects).containsExactly(new Suspect(D, BigDecimal.valueOf(45_000), List.of(
                new Trigger(Reference.MEAN_OF_OTHERS, new BigDecimal("98000"), belowMean, FORTY),
                new Trigger(Reference.NEXT_PRICE, BigDecimal.valueOf(96_000), new BigDecimal("53.125"), THIRTY))));
        assertThat(belowMean.toPlainString()).startsWith("54.0816326530612244");
    }

    @Test
    void aBidExactlyAtTheThresholdBelowTheNextPriceIsSuspect() {
        List<Suspect> suspects = AbnormallyLowPrices.suspects(
                List.of(offer(A, 70_000), offer(B, 100_000), offer(C, 110_000)), FORTY, THIRTY);

        assertThat(suspects).singleElement().satisfies(s -> {
            assertThat(s.bid()).isEqualTo(A);
            assertThat(s.triggers()).extracting(Trigger::reference).containsExactly(Reference.NEXT_PRICE);
            assertThat(s.triggers().get(0).percentBelow()).isEqualByComparingTo("30");
        });
    }

    @Test
    void aBidFarBelowTheOthersMeanButCloseToTheNextIsSuspectOnTheMeanAlone() {
        List<Suspect> suspects = AbnormallyLowPrices.suspects(
                List.of(offer(A, 50_000), offer(B, 55_000), offer(C, 300_000)), FORTY, THIRTY);

        assertThat(suspects).extracting(Suspect::bid).containsExactly(A, B);
        assertThat(suspects.get(0).triggers()).extracting(Trigger::reference).containsExactly(Reference.MEAN_OF_OTHERS);
    }

    @Test
    void bidsCloseTogetherAreNotSuspect() {
        assertThat(AbnormallyLowPrices.suspects(List.of(offer(A, 100_000), offer(B, 96_000), offer(C, 98_000)), FORTY, THIRTY))
                .isEmpty();
    }

    @Test
    void aLoneBidIsNeverSuspect() {
        assertThat(AbnormallyLowPrices.suspects(List.of(offer(A, 1)), FORTY, THIRTY)).isEmpty();
    }

    @Test
    void theHighestBidHasNoNextPriceToBeBelow() {
        List<Suspect> suspects = AbnormallyLowPrices.suspects(List.of(offer(A, 10_000), offer(B, 100_000)), FORTY, THIRTY);

        assertThat(suspects).extracting(Suspect::bid).containsExactly(A);
    }

    @Test
    void twoBidsAtTheSameLowPriceAreEachOthersNextPrice() {
        List<Suspect> suspects = AbnormallyLowPrices.suspects(
                List.of(offer(A, 40_000), offer(B, 40_000), offer(C, 100_000), offer(D, 100_000)), FORTY, THIRTY);

        // Each is 0 % below the other, its next price up, but 50 % below the others' mean of 80,000.
        assertThat(suspects).extracting(Suspect::bid).containsExactly(A, B);
        assertThat(suspects).allSatisfy(s -> assertThat(s.triggers()).extracting(Trigger::reference)
                .containsExactly(Reference.MEAN_OF_OTHERS));
    }

    @Test
    void aThresholdOfZeroIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> AbnormallyLowPrices.suspects(List.of(offer(A, 1), offer(B, 2)), BigDecimal.ZERO, THIRTY));
    }
}
