package org.cogov.registry;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CreditCodeTests {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @Test
    void aCodeOfTheWrongLengthIsNotValid() {
        assertThat(CreditCode.isValid("91330100MA00000")).isFalse();
    }

    @Test
    void lettersOutsideTheAlphabetAreNotValid() {
        String first = "91330100MA000000";
        assertThat(CreditCode.isValid(first + "I" + "0")).isFalse();
        assertThat(CreditCode.isValid(first + "O" + "0")).isFalse();
    }

    @Test
    void theCheckCharacterOfAKnownRegistrationIsComputed() {
        // 中国移动通信集团有限公司, as printed on its business licence.
        assertThat(CreditCode.isValid("91110000710925243K")).isTrue();
    }

    @Property
    void aCodeWithItsComputedCheckCharacterIsValid(@ForAll("first17") String first17) {
        assertThat(CreditCode.isValid(first17 + CreditCode.checkCharacter(first17))).isTrue();
    }

    @Property
    void changingAnyOneCharacterIsDetected(@ForAll("first17") String first17, @ForAll @IntRange(max = 16) int position,
            @ForAll @IntRange(min = 1, max = 30) int shift) {
        String code = first17 + CreditCode.checkCharacter(first17);
        char changed = ALPHABET.charAt((ALPHABET.indexOf(code.charAt(position)) + shift) % 31);
        String tampered = code.substring(0, position) + changed + code.substring(position + 1);
        assertThat(CreditCode.isValid(tampered)).isFalse();
    }

    @Provide
    Arbitrary<String> first17() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofLength(17);
    }
}
