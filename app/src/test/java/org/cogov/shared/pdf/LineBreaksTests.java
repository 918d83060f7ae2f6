package org.cogov.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineBreaksTests {

    @Test
    void aLineMayEndBetweenAnyTwoChineseCharacters() {
        assertThat(mayBreakAfter("评审报告", 1)).isTrue();
    }

    @Test
    void aLineMayEndBetweenChineseAndLatin() {
        assertThat(mayBreakAfter("采用Order", 1)).isTrue();
        assertThat(mayBreakAfter("Order公式", 4)).isTrue();
    }

    @Test
    void aLatinWordIsNeverBrokenInside() {
        assertThat(mayBreakAfter("compliant", 3)).isFalse();
        assertThat(mayBreakAfter("2025-03-14", 4)).isFalse();
    }

    @Test
    void aLineMayEndAtASpace() {
        assertThat(mayBreakAfter("every bid", 5)).isTrue();
    }

    @Test
    void aLineNeverStartsWithClosingPunctuation() {
        assertThat(mayBreakAfter("标准，对", 1)).isFalse();
        assertThat(mayBreakAfter("评估。", 1)).isFalse();
        assertThat(mayBreakAfter("（CNY）", 3)).isFalse();
    }

    @Test
    void aLineNeverEndsWithOpeningPunctuation() {
        assertThat(mayBreakAfter("《政府采购法》", 0)).isFalse();
        assertThat(mayBreakAfter("“综合评分法”", 0)).isFalse();
    }

    private static boolean mayBreakAfter(String text, int index) {
        char[] chars = text.toCharArray();
        return LineBreaks.CHINESE_AND_LATIN.isSplitCharacter(0, index, chars.length, chars, null);
    }
}
