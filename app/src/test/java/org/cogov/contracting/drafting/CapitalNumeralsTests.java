package org.cogov.contracting.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts in capital numerals as the People's Bank's rules write them, one rule at a time. */
class CapitalNumeralsTests {

    @Test
    void aMillionYuanIsOneHundredTenThousands() {
        assertThat(CapitalNumerals.yuan(new BigDecimal("1000000"))).isEqualTo("壹佰万元整");
    }

    @Test
    void zerosInsideTheFigureAreOneZero() {
        assertThat(CapitalNumerals.yuan(new BigDecimal("1005"))).isEqualTo("壹仟零伍元整");
    }

    @Test
    void zeroYuanIsWrittenOut() {
        assertThat(CapitalNumerals.yuan(BigDecimal.ZERO)).isEqualTo("零元整");
        assertThat(CapitalNumerals.yuan(new BigDecimal("0.00"))).isEqualTo("零元整");
    }

    @Test
    void aTenIsOneTen() {
        assertThat(CapitalNumerals.yuan(new BigDecimal("16"))).isEqualTo("壹拾陆元整");
        assertThat(CapitalNumerals.yuan(new BigDecimal("110000"))).isEqualTo("壹拾壹万元整");
    }

    @Test
    void aZeroJiaoBeforeFenIsWrittenAsZeroAfterYuan() {
        assertThat(CapitalNumerals.yuan(new BigDecimal("16409.02"))).isEqualTo("壹万陆仟肆佰零玖元零贰分");
        assertThat(CapitalNumerals.yuan(new BigDecimal("325.04"))).isEqualTo("叁佰贰拾伍元零肆分");
    }

    @Test
    void anAmountWithFenEndsWithoutZheng() {
        assertThat(CapitalNumerals.yuan(new BigDecimal("6007.14"))).isEqualTo("陆仟零柒元壹角肆分");
    }

    @Test
    void anAmountThatStopsAtJiaoEndsWithZheng() {
        assertThat(CapitalNumerals.yuan(new BigDecimal("1409.50"))).isEqualTo("壹仟肆佰零玖元伍角整");
    }

    @Test
    void lessThanAYuanHasNoYuan() {
        assertThat(CapitalNumerals.yuan(new BigDecimal("0.50"))).isEqualTo("伍角整");
        assertThat(CapitalNumerals.yuan(new BigDecimal("0.05"))).isEqualTo("伍分");
        assertThat(CapitalNumerals.yuan(new BigDecimal("0.35"))).isEqualTo("叁角伍分");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "10005, 壹万零伍元整",
            "100500, 壹拾万零伍佰元整",
            "101000, 壹拾万壹仟元整",
            "88000, 捌万捌仟元整",
            "100000000, 壹亿元整",
            "100010000, 壹亿零壹万元整",
            "110000000, 壹亿壹仟万元整",
            "1000000000000, 壹万亿元整",
            "1234500000000, 壹万贰仟叁佰肆拾伍亿元整",
            "1000000010000, 壹万亿零壹万元整",
            "1680.32, 壹仟陆佰捌拾元叁角贰分",
            "9999999999999999.99, 玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分" })
    void sectionsOfTenThousandAndAHundredMillionReadAsTheyAreSaid(String amount, String capitals) {
        assertThat(CapitalNumerals.yuan(new BigDecimal(amount))).isEqualTo(capitals);
    }

    @Test
    void fractionsOfAFenAreRoundedHalfToEvenAsTheContractDocumentRoundsThem() {
        assertThat(CapitalNumerals.yuan(new BigDecimal("0.125"))).isEqualTo("壹角贰分");
        assertThat(CapitalNumerals.yuan(new BigDecimal("0.135"))).isEqualTo("壹角肆分");
    }

    @Test
    void aNegativeOrTooLargeAmountIsRefused() {
        assertThatThrownBy(() -> CapitalNumerals.yuan(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CapitalNumerals.yuan(new BigDecimal("10000000000000000"))).isInstanceOf(IllegalArgumentException.class);
    }
}
