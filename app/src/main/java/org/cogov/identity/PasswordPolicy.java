package org.cogov.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.cogov.shared.Domain;

/**
 * What a new password must be (NIST SP 800-63B, OWASP): at least 8 characters, up to 128 accepted,
 * not one of the passwords that attackers try first, and not the user's own name. No composition
 * rules: they make passwords harder to remember, not to guess.
 */
@Domain
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy(Set<String> commonPasswords) {
        this.common = commonPasswords;
    }

    /** The message key of the reason the password is refused, or empty when it is acceptable. */
    Optional<String> refusal(String password, String username) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of("password.common");
        }
        if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.contains-username");
        }
        return Optional.empty();
    }
}
