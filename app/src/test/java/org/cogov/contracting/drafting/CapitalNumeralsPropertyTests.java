package org.cogov.contracting.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of amounts in capital numerals over amounts of every size: read back, they give the amount; they never
 * write two zeros in a row nor a zero before a unit; they end with 整 exactly when there is no fen.
 */
class CapitalNumeralsPropertyTests {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";

    @Property
    void readBackTheCapitalsGiveTheAmount(@ForAll("amounts") BigDecimal amount) {
        assertThat(readBack(CapitalNumerals.yuan(amount))).isEqualByComparingTo(amount);
    }

    @Property
    void aZeroIsNeverDoubledNorWrittenBeforeAUnitNorAtTheStart(@ForAll("amounts") BigDecimal amount) {
        String capitals = CapitalNumerals.yuan(amount);

        assertThat(capitals).matches("[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+");
        if (amount.signum() == 0) {
            assertThat(capitals).isEqualTo("零元整");
        } else {
            assertThat(capitals).doesNotStartWith("零").doesNotContain("零零", "零万", "零亿", "零元", "零角", "零整");
        }
    }

    @Property
    void itEndsWithZhengExactlyWhenThereIsNoFen(@ForAll("amounts") BigDecimal amount) {
        boolean fen = amount.movePointRight(2).remainder(BigDecimal.TEN).signum() != 0;

        assertThat(CapitalNumerals.yuan(amount).endsWith("整")).isEqualTo(!fen);
        assertThat(CapitalNumerals.yuan(amount).endsWith("分")).isEqualTo(fen);
    }

    @Property
    void everyDigitBeforeItsPlaceIsNotZero(@ForAll("amounts") BigDecimal amount) {
        String capitals = CapitalNumerals.yuan(amount);
        for (int i = 0; i < capitals.length(); i++) {
            if ("拾佰仟角分".indexOf(capitals.charAt(i)) >= 0) {
                assertThat(i).isPositive();
                assertThat(DIGITS.indexOf(capitals.charAt(i - 1))).as(capitals).isPositive();
            }
        }
    }

    /** Amounts in fen from zero to the largest, as often small as large, and as often whole as not. */
    @Provide
    Arbitrary<BigDecimal> amounts() {
        Arbitrary<Long> fen = Arbitraries.oneOf(Arbitraries.longs().between(0, 100_000_00L),
                Arbitraries.longs().between(0, 999_999_999_999_999_999L),
                Arbitraries.longs().between(0, 9_999_999_999_999_999L).map(yuan -> yuan * 100),
                Arbitraries.longs().between(0, 99_999_999L).map(n -> zeroed(n) * 100));
        return fen.map(cents -> BigDecimal.valueOf(cents, 2));
    }

    /** A number with runs of zeros: each digit kept or made zero by the next bit of a pattern. */
    private static long zeroed(long n) {
        long pattern = n * 2_654_435_761L;
        long result = 0;
        long place = 1;
        for (long rest = n * 100_003; rest > 0 && place <= 1_000_000_000_000_000L; rest /= 10, place *= 10, pattern >>= 1) {
            result += (pattern & 1) == 0 ? 0 : rest % 10 * place;
        }
        return Math.min(result, 9_999_999_999_999_999L);
    }

    /** Reads capital numerals back into an amount: 亿 closes what came before it, 万 what came since, 元 the rest. */
    private static BigDecimal readBack(String capitals) {
        long yi = 0;
        long wan = 0;
        long section = 0;
        long digit = 0;
        long whole = 0;
        long fen = 0;
        for (char c : capitals.toCharArray()) {
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            switch (c) {
                case '拾' -> section += digit * 10;
                case '佰' -> section += digit * 100;
                case '仟' -> section += digit * 1000;
                case '万' -> wan = section + digit;
                case '亿' -> {
                    yi = wan * 10_000 + section + digit;
                    wan = 0;
                }
                case '元' -> whole = yi * 100_000_000 + wan * 10_000 + section + digit;
                case '角' -> fen += digit * 10;
                case '分' -> fen += digit;
                default -> {
                }
            }
            if (c == '万' || c == '亿') {
                section = 0;
            }
            digit = 0;
        }
        return BigDecimal.valueOf(whole * 100 + fen, 2);
    }
}
