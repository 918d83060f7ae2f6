package org.cogov.shared.schedule;

import java.time.Clock;
import java.time.Instant;

/** The platform's clock, the only time source, as db-scheduler reads the time. */
final class SchedulerClock implements com.github.kagkarlsson.scheduler.Clock {

    private final Clock clock;

    SchedulerClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }
}
