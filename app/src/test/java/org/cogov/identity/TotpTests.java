package org.cogov.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TotpTests {

    /** The SHA-1 seed of RFC 6238 appendix B. */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codesMatchTheSixLastDigitsOfTheRfc6238TestVectors() {
        assertThat(Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
    }

    @Test
    void aCodeOneStepOldIsStillAcceptedForClockDrift() {
        Instant now = Instant.ofEpochSecond(1234567890);
        String previous = Totp.code(RFC_SEED, Totp.step(now) - 1);
        assertThat(Totp.verify(RFC_SEED, previous, now, Long.MIN_VALUE)).hasValue(Totp.step(now) - 1);
    }

    @Test
    void aCodeTwoStepsOldIsRefused() {
        Instant now = Instant.ofEpochSecond(1234567890);
        String old = Totp.code(RFC_SEED, Totp.step(now) - 2);
        assertThat(Totp.verify(RFC_SEED, old, now, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void aCodeCannotBeReplayedOnceItsStepWasAccepted() {
        Instant now = Instant.ofEpochSecond(1234567890);
        String code = Totp.code(RFC_SEED, Totp.step(now));
        assertThat(Totp.verify(RFC_SEED, code, now, Totp.step(now))).isEmpty();
    }

    @Test
    void somethingThatIsNotSixDigitsIsRefused() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.verify(RFC_SEED, "28708", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.verify(RFC_SEED, "28708a", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.verify(RFC_SEED, "", now, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void theUriCarriesIssuerAccountAndParametersForAuthenticatorApps() {
        assertThat(Totp.uri("cogov", "admin", "ABC"))
                .isEqualTo("otpauth://totp/cogov:admin?secret=ABC&issuer=cogov&algorithm=SHA1&digits=6&period=30");
    }
}
