package org.cogov.shared.pdf;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line may end: after a space (Latin words stay whole), and between two Chinese characters, or a
 * Chinese character and a Latin one, since Chinese has no spaces. Following the usual Chinese line-breaking
 * rules (禁则), a line never starts with closing punctuation such as {@code ，。）》”} and never ends with opening
 * punctuation such as {@code （《“}. A word longer than the line is still cut where the line is full (OpenPDF's
 * fallback), so that a hash or a long URL cannot overflow the page.
 */
final class LineBreaks implements SplitCharacter {

    static final LineBreaks CHINESE_AND_LATIN = new LineBreaks();

    private static final String NEVER_STARTS_A_LINE = "，。、；：？！）】》」』〉〕”’…·％‰℃,.;:?!)]}%";
    private static final String NEVER_ENDS_A_LINE = "（【《「『〈〔“‘([{";

    private LineBreaks() {
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = cc[current];
        if (c <= ' ' || c == '\u3000') {
            return true;
        }
        char next = current + 1 < end && current + 1 < cc.length ? cc[current + 1] : ' ';
        if (NEVER_STARTS_A_LINE.indexOf(next) >= 0 || NEVER_ENDS_A_LINE.indexOf(c) >= 0) {
            return false;
        }
        return isChinese(c) || isChinese(next);
    }

    private static boolean isChinese(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
