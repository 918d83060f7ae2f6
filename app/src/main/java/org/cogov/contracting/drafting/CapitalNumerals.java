package org.cogov.contracting.drafting;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.cogov.shared.Domain;

/**
 * An amount of yuan in capital numerals (大写金额), as a contract, an invoice or a cheque writes it so that no stroke can
 * turn one figure into another: {@code 1000000} is 壹佰万元整, {@code 1005} is 壹仟零伍元整, {@code 16409.02} is
 * 壹万陆仟肆佰零玖元零贰分.
 *
 * <p>It follows the People's Bank's rules for writing amounts (《正确填写票据和结算凭证的基本规定》): a ten is 壹拾, never
 * 拾 alone; a run of zeros inside the figure is written as one 零, and zeros at the end of a section (before 万, 亿 or 元)
 * as none; an amount in whole yuan ends with 整, as does one that stops at 角, and one with 分 does not; when 角 is zero
 * and 分 is not, 零 follows 元. Where the rules allow a 零 or none — a zero in the units of yuan before a non-zero 角,
 * a section that ends in zeros before a non-zero thousand — it writes none: 壹仟陆佰捌拾元叁角贰分, 壹拾万壹仟元整.
 */
@Domain
final class CapitalNumerals {

    /** The largest amount written: that of a contract's price, sixteen figures of yuan and two of fen. */
    static final BigDecimal MAX = new BigDecimal("9999999999999999.99");

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] PLACES = { "", "拾", "佰", "仟" };
    private static final long TEN_THOUSAND = 10_000L;
    private static final long HUNDRED_MILLION = 100_000_000L;

    private CapitalNumerals() {
    }

    /**
     * The amount in capital numerals, from 零元整 up to {@link #MAX}, rounded to the fen half to even as the contract
     * document rounds it; a negative amount or a larger one is refused.
     */
    static String yuan(BigDecimal amount) {
        BigDecimal fen = amount.setScale(2, RoundingMode.HALF_EVEN);
        if (fen.signum() < 0 || fen.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("An amount in capital numerals lies between 0 and " + MAX + ", not " + amount);
        }
        long cents = fen.movePointRight(2).longValueExact();
        long whole = cents / 100;
        int jiao = (int) (cents / 10 % 10);
        int fenDigit = (int) (cents % 10);
        if (cents == 0) {
            return "零元整";
        }
        StringBuilder text = new StringBuilder();
        if (whole > 0) {
            text.append(integer(whole)).append('元');
        }
        if (jiao > 0) {
            text.append(DIGITS.charAt(jiao)).append('角');
        } else if (fenDigit > 0 && whole > 0) {
            text.append('零');
        }
        if (fenDigit > 0) {
            text.append(DIGITS.charAt(fenDigit)).append('分');
        } else {
            text.append('整');
        }
        return text.toString();
    }

    /** A positive whole number: above 亿 and 万 the part before them, then the rest with a 零 where its first figures are zero. */
    private static String integer(long n) {
        if (n >= HUNDRED_MILLION) {
            return integer(n / HUNDRED_MILLION) + "亿" + rest(n % HUNDRED_MILLION, HUNDRED_MILLION / 10);
        }
        if (n >= TEN_THOUSAND) {
            return integer(n / TEN_THOUSAND) + "万" + rest(n % TEN_THOUSAND, TEN_THOUSAND / 10);
        }
        return section((int) n);
    }

    /** What follows 亿 or 万: nothing for zero, a 零 first when its highest figure is zero. */
    private static String rest(long n, long highest) {
        if (n == 0) {
            return "";
        }
        return (n < highest ? "零" : "") + integer(n);
    }

    /** A number from 1 to 9999: each non-zero figure with its place, one 零 for any zeros between two of them. */
    private static String section(int n) {
        StringBuilder text = new StringBuilder();
        boolean zero = false;
        for (int place = 3; place >= 0; place--) {
            int digit = n / (int) Math.pow(10, place) % 10;
            if (digit == 0) {
                zero = text.length() > 0;
                continue;
            }
            if (zero) {
                text.append('零');
                zero = false;
            }
            text.append(DIGITS.charAt(digit)).append(PLACES[place]);
        }
        return text.toString();
    }
}
