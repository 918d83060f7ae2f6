package org.cogov.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.cogov.shared.time.SettableClock;
import org.junit.jupiter.api.Test;

class SettableClockTests {

    private final SettableClock clock = new SettableClock(Instant.parse("2025-09-09T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void advancingMovesTheClockForward() {
        clock.advance(Duration.ofHours(3));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-09-09T05:00:00Z"));
    }

    @Test
    void theClockNeverMovesBack() {
        assertThatThrownBy(() -> clock.set(Instant.parse("2025-09-08T00:00:00Z"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-09-09T02:00:00Z"));
    }

    @Test
    void theClockKeepsTheConfiguredZone() {
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void aRunningClockStartsBehindRealTimeAndCatchesUp() {
        SettableClock running = SettableClock.runningBehind(Duration.ofDays(365), ZoneId.of("Asia/Shanghai"));
        Instant yearAgo = running.instant();

        running.advance(Duration.ofDays(100));
        assertThat(running.instant()).isAfterOrEqualTo(yearAgo.plus(Duration.ofDays(100)));
        assertThatThrownBy(() -> running.set(yearAgo)).isInstanceOf(IllegalArgumentException.class);
        running.catchUp();
        assertThat(running.instant()).isAfterOrEqualTo(yearAgo.plus(Duration.ofDays(365)));
    }
}
