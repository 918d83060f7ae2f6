package org.cogov.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.cogov.shared.Domain;

/**
 * When a failed e-mail is tried again: after {@code first}, then twice as long each time up to
 * {@code longest}, and no more after {@code attempts} attempts in all.
 */
@Domain
record RetryPolicy(int attempts, Duration first, Duration longest) {

    RetryPolicy {
        if (attempts < 1 || first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("a retry policy tries at least once, after a positive delay that grows");
        }
    }

    /** The next attempt after the {@code made}-th failed one, or none when the attempts are used up. */
    Optional<Instant> next(int made, Instant failedAt) {
        if (made >= attempts) {
            return Optional.empty();
        }
        Duration delay = first;
        for (int i = 1; i < made && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(failedAt.plus(delay.compareTo(longest) > 0 ? longest : delay));
    }
}
