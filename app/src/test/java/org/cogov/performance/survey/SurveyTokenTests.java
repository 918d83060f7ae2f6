package org.cogov.performance.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.cogov.shared.Sha256;
import org.junit.jupiter.api.Test;

/** Answer tokens: 128 random bits in 26 characters of base32, one spelling each, stored only as their SHA-256. */
class SurveyTokenTests {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aTokenIsTwentySixCharactersOfLowercaseBase32AndItsHashIsItsSha256() {
        String token = SurveyToken.issue(RANDOM);

        assertThat(token).hasSize(SurveyToken.LENGTH).matches("[a-z2-7]{26}");
        assertThat(SurveyToken.hash(token)).contains(Sha256.hex(token));
    }

    @Test
    void tokensAreDistinct() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            tokens.add(SurveyToken.issue(RANDOM));
        }
        assertThat(tokens).hasSize(10_000);
    }

    @Test
    void aTokenTypedInCapitalsOrWithSpacesAroundIsTheSameToken() {
        String token = SurveyToken.issue(RANDOM);

        assertThat(SurveyToken.hash(" " + token.toUpperCase(Locale.ROOT) + "\n")).isEqualTo(SurveyToken.hash(token));
    }

    @Test
    void junkIsNoToken() {
        String token = SurveyToken.issue(RANDOM);

        assertThat(SurveyToken.hash("")).isEmpty();
        assertThat(SurveyToken.hash(token.substring(1))).isEmpty();
        assertThat(SurveyToken.hash(token + "a")).isEmpty();
        assertThat(SurveyToken.hash(token.substring(1) + "1")).isEmpty();
        assertThat(SurveyToken.hash("../../../etc/passwd")).isEmpty();
        // The last character carries two bits beyond the 128: they must be zero, so that a token has one spelling.
        assertThat(SurveyToken.hash(token.substring(0, 25) + "b")).isEmpty();
    }

    @Property
    void everySixteenBytesMakeAWellFormedTokenWhoseHashIsDeterministic(@ForAll @Size(16) byte[] bits) {
        String token = SurveyToken.encode(bits);

        assertThat(token).matches("[a-z2-7]{26}");
        assertThat(SurveyToken.hash(token)).isPresent().isEqualTo(SurveyToken.hash(token));
    }

    @Property
    void differentBitsMakeDifferentTokens(@ForAll @Size(16) byte[] a, @ForAll @Size(16) byte[] b) {
        assertThat(SurveyToken.encode(a).equals(SurveyToken.encode(b))).isEqualTo(java.util.Arrays.equals(a, b));
    }

    @Property
    void anyTextThatIsNotTwentySixBase32CharactersIsRefused(@ForAll String text) {
        String canonical = text.strip().toLowerCase(Locale.ROOT);
        if (!canonical.matches("[a-z2-7]{26}")) {
            assertThat(SurveyToken.hash(text)).isEmpty();
        }
    }
}
