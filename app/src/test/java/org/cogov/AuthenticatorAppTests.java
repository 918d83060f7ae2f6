package org.cogov;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * The journeys sign in with codes from {@link AuthenticatorApp}; if it were wrong, they would fail
 * as if the app refused a good code. These checks against the RFCs' own examples tell the two apart.
 */
class AuthenticatorAppTests {

    /** RFC 6238 appendix B, SHA-1 rows: the 8-digit values, of which an app shows the last 6. */
    @Test
    void codesMatchTheRfc6238TestVectors() {
        byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

        assertThat(AuthenticatorApp.code(key, 59 / 30, 8)).isEqualTo("94287082");
        assertThat(AuthenticatorApp.code(key, 1111111109L / 30, 8)).isEqualTo("07081804");
        assertThat(AuthenticatorApp.code(key, 1234567890L / 30, 8)).isEqualTo("89005924");
        assertThat(AuthenticatorApp.code(key, 20000000000L / 30, 8)).isEqualTo("65353130");
    }

    /** RFC 4648 section 10: "foobar" is MZXW6YTBOI in base32. */
    @Test
    void base32KeysDecodeAsTheRfc4648Examples() {
        assertThat(AuthenticatorApp.decode("MZXW6YTBOI")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThat(AuthenticatorApp.decode("mzxw6ytboi======")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aWrongCodeIsNoneOfTheThreeCodesTheAppWouldAccept() {
        String key = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        Instant now = Instant.parse("2026-03-01T08:00:10Z");

        String wrong = AuthenticatorApp.wrongCode(key, now);

        assertThat(wrong).matches("\\d{6}").isNotIn(AuthenticatorApp.code(key, now.minusSeconds(30)),
                AuthenticatorApp.code(key, now), AuthenticatorApp.code(key, now.plusSeconds(30)));
    }
}
