package org.cogov.performance.survey;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

import org.cogov.shared.Domain;
import org.cogov.shared.Sha256;

/**
 * A single-use answer token: 128 random bits written as 26 characters of lowercase base32 (RFC 4648, no padding), which a
 * QR code, a link and a person typing from a printed card all carry without ambiguity. The platform keeps only its SHA-256
 * hash: a token is shown once, when it is issued, and never again.
 */
@Domain
final class SurveyToken {

    /** The characters of a token. */
    static final int LENGTH = 26;
    private static final int BYTES = 16;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    private SurveyToken() {
    }

    /** A fresh token. */
    static String issue(SecureRandom random) {
        byte[] bits = new byte[BYTES];
        random.nextBytes(bits);
        return encode(bits);
    }

    /**
     * The hash under which a well-formed token is stored; empty for anything that is not one (wrong length, other
     * characters, bits beyond the 128), which no query need look for. Uppercase is read as lowercase, as typed from a card.
     */
    static Optional<String> hash(String token) {
        String canonical = token.strip().toLowerCase(Locale.ROOT);
        if (canonical.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(canonical.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        // 26 characters carry 130 bits: the last two must be zero, so that one token has one spelling only.
        if ((ALPHABET.indexOf(canonical.charAt(LENGTH - 1)) & 0b11) != 0) {
            return Optional.empty();
        }
        return Optional.of(Sha256.hex(canonical));
    }

    static String encode(byte[] bits) {
        StringBuilder text = new StringBuilder(LENGTH);
        int buffer = 0;
        int held = 0;
        for (byte b : bits) {
            buffer = (buffer << 8) | (b & 0xff);
            held += 8;
            while (held >= 5) {
                text.append(ALPHABET.charAt((buffer >> (held - 5)) & 0x1f));
                held -= 5;
            }
        }
        if (held > 0) {
            text.append(ALPHABET.charAt((buffer << (5 - held)) & 0x1f));
        }
        return text.toString();
    }
}
