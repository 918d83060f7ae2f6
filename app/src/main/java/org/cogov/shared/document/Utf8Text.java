package org.cogov.shared.document;

import org.cogov.shared.Domain;

/**
 * Whether a stream of bytes, fed piece by piece, is UTF-8 text: well-formed sequences only (no
 * overlong forms, no surrogates, nothing past U+10FFFF) and no NUL, which no text file holds and
 * almost every binary does. A sequence split between two pieces is judged when its last byte arrives.
 */
@Domain
final class Utf8Text {

    private int pending;
    private int codePoint;
    private int smallest;
    private boolean malformed;
    private boolean nul;

    void update(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length && !malformed && !nul; i++) {
            int b = bytes[i] & 0xFF;
            if (pending == 0) {
                start(b);
            } else if ((b & 0xC0) != 0x80) {
                malformed = true;
            } else {
                codePoint = codePoint << 6 | b & 0x3F;
                if (--pending == 0 && (codePoint < smallest || codePoint > 0x10FFFF
                        || codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                    malformed = true;
                }
            }
        }
    }

    private void start(int b) {
        if (b == 0) {
            nul = true;
        } else if (b < 0x80) {
            return;
        } else if (b >= 0xC2 && b <= 0xDF) {
            expect(1, b & 0x1F, 0x80);
        } else if (b >= 0xE0 && b <= 0xEF) {
            expect(2, b & 0x0F, 0x800);
        } else if (b >= 0xF0 && b <= 0xF4) {
            expect(3, b & 0x07, 0x10000);
        } else {
            malformed = true;
        }
    }

    private void expect(int continuations, int bits, int smallestCodePoint) {
        pending = continuations;
        codePoint = bits;
        smallest = smallestCodePoint;
    }

    /** Nothing seen so far rules text out. */
    boolean possible() {
        return !malformed && !nul;
    }

    /** The bytes seen so far, taken as a whole file, are text. */
    boolean complete() {
        return possible() && pending == 0;
    }

    /** A NUL byte was seen: the bytes are binary, not text in some other encoding. */
    boolean sawNul() {
        return nul;
    }
}
