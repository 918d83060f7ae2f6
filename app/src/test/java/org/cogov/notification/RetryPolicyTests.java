package org.cogov.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTests {

    private static final Instant FAILED = Instant.parse("2026-07-01T02:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(5));

    @Test
    void eachRetryWaitsTwiceAsLongAsTheOneBeforeUpToTheLongestPause() {
        assertThat(policy.next(1, FAILED)).contains(FAILED.plus(Duration.ofMinutes(1)));
        assertThat(policy.next(2, FAILED)).contains(FAILED.plus(Duration.ofMinutes(2)));
        assertThat(policy.next(3, FAILED)).contains(FAILED.plus(Duration.ofMinutes(4)));
        assertThat(policy.next(4, FAILED)).contains(FAILED.plus(Duration.ofMinutes(5)));
    }

    @Test
    void noAttemptFollowsTheLast() {
        assertThat(policy.next(5, FAILED)).isEmpty();
        assertThat(policy.next(6, FAILED)).isEmpty();
    }

    @Test
    void aPolicyThatNeverTriesOrNeverWaitsIsRefused() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMinutes(5), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
