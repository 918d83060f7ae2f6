package org.cogov.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class MoneyTests {

    @Test
    void halfAFenIsRoundedUp() {
        assertThat(Money.yuan("2.345").amount()).isEqualByComparingTo("2.35");
    }

    @Test
    void lessThanHalfAFenIsRoundedDown() {
        assertThat(Money.yuan("2.3449999").amount()).isEqualByComparingTo("2.34");
    }

    @Test
    void negativeHalfAFenIsRoundedAwayFromZero() {
        assertThat(Money.yuan("-2.345").amount()).isEqualByComparingTo("-2.35");
    }

    @Test
    void everyAmountKeepsExactlyTwoDecimals() {
        assertThat(Money.yuan(12).amount().scale()).isEqualTo(2);
        assertThat(Money.yuan("12.1").toString()).isEqualTo("CNY 12.10");
    }

    @Test
    void sameAmountWrittenDifferentlyIsEqual() {
        assertThat(Money.yuan("1000")).isEqualTo(Money.yuan("1000.000")).isEqualTo(Money.yuan("1E+3"))
                .hasSameHashCodeAs(Money.yuan(1000));
    }

    @Test
    void amountsAddAndSubtractToTheFen() {
        assertThat(Money.yuan("0.10").plus(Money.yuan("0.20"))).isEqualTo(Money.yuan("0.30"));
        assertThat(Money.yuan("100.00").minus(Money.yuan("100.01"))).isEqualTo(Money.yuan("-0.01"));
    }

    @Test
    void shareOfAnAmountIsRoundedHalfUpToTheFen() {
        assertThat(Money.yuan("33.33").times(new BigDecimal("0.5"))).isEqualTo(Money.yuan("16.67"));
    }

    @Test
    void tenPercentOfTheCentralProcurementLimitIsOneHundredThousandYuan() {
        assertThat(Money.yuan(1_000_000).times(new BigDecimal("0.10"))).isEqualTo(Money.yuan(100_000));
    }

    @Test
    void largerAmountIsGreater() {
        assertThat(Money.yuan("10.01").isGreaterThan(Money.yuan("10.00"))).isTrue();
        assertThat(Money.yuan("10.00").isGreaterThan(Money.yuan("10"))).isFalse();
        assertThat(Money.yuan("9.99")).isLessThan(Money.yuan("10"));
    }

    @Test
    void onlyAmountsBelowZeroAreNegative() {
        assertThat(Money.yuan("-0.01").isNegative()).isTrue();
        assertThat(Money.ZERO.isNegative()).isFalse();
        assertThat(Money.yuan("-0.004").isNegative()).as("rounds to zero").isFalse();
    }

    @Test
    void zeroIsZeroYuan() {
        assertThat(Money.ZERO).isEqualTo(Money.yuan("0.00"));
    }

    @Test
    void amountIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> new Money(null));
    }

    @Property
    void roundingMovesAnAmountByAtMostHalfAFen(
            @ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(6) BigDecimal amount) {
        assertThat(new Money(amount).amount().subtract(amount).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
    }

    @Property
    void addingThenSubtractingTheSameAmountChangesNothing(
            @ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(2) BigDecimal a,
            @ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(2) BigDecimal b) {
        assertThat(new Money(a).plus(new Money(b)).minus(new Money(b))).isEqualTo(new Money(a));
    }

    @Property
    void additionDoesNotDependOnOrder(
            @ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(4) BigDecimal a,
            @ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(4) BigDecimal b,
            @ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(4) BigDecimal c) {
        Money x = new Money(a);
        Money y = new Money(b);
        Money z = new Money(c);
        assertThat(x.plus(y)).isEqualTo(y.plus(x));
        assertThat(x.plus(y).plus(z)).isEqualTo(x.plus(y.plus(z)));
    }

    @Property
    void comparisonAgreesWithEquality(
            @ForAll @BigRange(min = "-1000", max = "1000") @Scale(3) BigDecimal a,
            @ForAll @BigRange(min = "-1000", max = "1000") @Scale(3) BigDecimal b) {
        Money x = new Money(a);
        Money y = new Money(b);
        assertThat(x.compareTo(y) == 0).isEqualTo(x.equals(y));
        assertThat(x.isGreaterThan(y)).isEqualTo(y.compareTo(x) < 0);
    }

    @Property
    void wholeShareIsTheAmountItself(
            @ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(2) BigDecimal amount) {
        assertThat(new Money(amount).times(BigDecimal.ONE)).isEqualTo(new Money(amount));
    }
}
