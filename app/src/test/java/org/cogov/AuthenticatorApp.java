package org.cogov;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a user's authenticator app shows: RFC 6238 codes (HMAC-SHA1, 6 digits, 30-second steps) for
 * a base32 key. Written here rather than borrowed from the app, so that a journey proves the app
 * agrees with the standard, not with itself.
 */
public final class AuthenticatorApp {

    public static final long STEP_SECONDS = 30;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private AuthenticatorApp() {
    }

    /** The code shown at {@code now} for the key an account was enrolled with. */
    public static String code(String base32Key, Instant now) {
        return code(decode(base32Key), Math.floorDiv(now.getEpochSecond(), STEP_SECONDS), 6);
    }

    /**
     * A well-formed code that is none of the codes valid one step before, at or after {@code now}: the
     * app accepts any of those three, so only such a code is surely wrong.
     */
    public static String wrongCode(String base32Key, Instant now) {
        long step = Math.floorDiv(now.getEpochSecond(), STEP_SECONDS);
        Set<String> valid = Set.of(code(decode(base32Key), step - 1, 6), code(decode(base32Key), step, 6),
                code(decode(base32Key), step + 1, 6));
        return IntStream.rangeClosed(0, 9).mapToObj(digit -> String.valueOf(digit).repeat(6))
                .filter(candidate -> !valid.contains(candidate)).findFirst().orElseThrow();
    }

    /** RFC 4226 HOTP over the step number: dynamic truncation of the HMAC-SHA1, then the last digits. */
    static String code(byte[] key, long step, int digits) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA1");
            hmac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = hmac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ByteBuffer.wrap(hash, offset, Integer.BYTES).getInt() & 0x7fffffff;
            return String.format(Locale.ROOT, "%0" + digits + "d", binary % (int) Math.pow(10, digits));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 4648 base32 without padding, as authenticator keys are written. */
    static byte[] decode(String base32) {
        String text = base32.replace("=", "").replace(" ", "").toUpperCase(Locale.ROOT);
        ByteBuffer bytes = ByteBuffer.allocate(text.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bytes.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return bytes.array();
    }
}
