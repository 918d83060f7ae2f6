package org.cogov.shared.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

/**
 * The TrueType CJK font inside the jar (WenQuanYi Micro Hei, Apache 2.0; see {@code fonts/README.md}), which
 * every generated PDF embeds as a subset of the glyphs it uses, so that it renders on a machine with no
 * Chinese font installed. It covers GB 2312, the GBK ideographs, Latin and the usual punctuation.
 */
final class ShippedFont {

    static final String RESOURCE = "/fonts/wqy-microhei.ttc";

    /** What stands in for a character the font has no glyph for: visible, so that a reader knows something is missing. */
    static final char PLACEHOLDER = '\u25A1';

    private ShippedFont() {
    }

    /**
     * The font's first face. Read and parsed once: 5 MB per document would cost more than the document.
     * One instance serves concurrent documents, as OpenPDF intends: each writer counts the glyphs its own
     * document uses and subsets from a private view of the font's bytes.
     */
    static BaseFont face() {
        return Loaded.FACE;
    }

    /**
     * The text as the font can show it: composed (NFC, so that an accent typed as a combining mark finds its
     * precomposed glyph), line ends as {@code \n}, other control characters as spaces, invisible format
     * characters the font lacks (zero-width joiners, variation selectors) left out, and any other character
     * it lacks, such as an ideograph outside the BMP or an emoji, replaced by {@link #PLACEHOLDER}.
     */
    static String printable(String text) {
        String composed = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        BaseFont face = face();
        StringBuilder shown = new StringBuilder(composed.length());
        composed.codePoints().forEach(c -> {
            if (c == '\n') {
                shown.append('\n');
            } else if (Character.isISOControl(c)) {
                shown.append(' ');
            } else if (face.charExists(c)) {
                shown.appendCodePoint(c);
            } else if (!isInvisible(c)) {
                shown.append(PLACEHOLDER);
            }
        });
        return shown.toString();
    }

    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        boolean variationSelector = (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
        return type == Character.FORMAT || variationSelector;
    }

    private static final class Loaded {

        static final BaseFont FACE = load();

        private static BaseFont load() {
            try (InputStream in = ShippedFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The font " + RESOURCE + " is not on the class path");
                }
                // ",0" names the collection's first face (the proportional one; the second is monospaced).
                // Identity-H and embedding make OpenPDF write a subset with a ToUnicode map, so text can be copied and searched.
                return BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                        in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("The font " + RESOURCE + " cannot be read", e);
            }
        }
    }
}
