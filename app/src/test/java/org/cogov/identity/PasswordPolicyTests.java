package org.cogov.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy(Set.of("password123", "qwertyuiop"));

    @Test
    void sevenCharactersAreTooShort() {
        assertThat(policy.refusal("k7#pQ2x", "wang")).hasValue("password.too-short");
    }

    @Test
    void eightCharactersAreEnough() {
        assertThat(policy.refusal("k7#pQ2xw", "wang")).isEmpty();
    }

    @Test
    void chineseCharactersCountAsOneEach() {
        assertThat(policy.refusal("澜江市采购服务平台", "wang")).isEmpty();
        assertThat(policy.refusal("澜江市采购服务", "wang")).hasValue("password.too-short");
    }

    @Test
    void aLongPassphraseOfSixtyFourCharactersAndMoreIsAccepted() {
        assertThat(policy.refusal("correct horse battery staple ".repeat(4), "wang")).isEmpty();
    }

    @Test
    void aPasswordPastTheMaximumIsRefused() {
        assertThat(policy.refusal("a".repeat(PasswordPolicy.MAX_LENGTH + 1), "wang")).hasValue("password.too-long");
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertThat(policy.refusal("QwertyUIOP", "wang")).hasValue("password.common");
    }

    @Test
    void aPasswordContainingTheUsernameIsRefused() {
        assertThat(policy.refusal("my-wang-secret", "Wang")).hasValue("password.contains-username");
    }
}
