package org.cogov.shared.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that can be moved forward: the {@code test-clock} profile's, which stands still between
 * moves, and the demo's, which starts behind real time, runs like it, and is moved forward while the
 * demo city lives through its past year. It never moves back, so that nothing the platform recorded
 * can come to lie in the future.
 */
public final class SettableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    /** A clock standing still at {@code start} until moved. */
    public SettableClock(Instant start, ZoneId zone) {
        this(Clock.fixed(start, ZoneOffset.UTC), Duration.ZERO, zone);
    }

    private SettableClock(Clock base, Duration offset, ZoneId zone) {
        this.base = base;
        this.offset = new AtomicReference<>(offset);
        this.zone = zone;
    }

    /** A clock {@code behind} real time that runs on like it until moved. */
    public static SettableClock runningBehind(Duration behind, ZoneId zone) {
        return new SettableClock(Clock.systemUTC(), behind.negated(), zone);
    }

    /** A running clock moved forward to real time, which it keeps from then on; a clock ahead stays where it is. */
    public void catchUp() {
        offset.updateAndGet(current -> current.isNegative() ? Duration.ZERO : current);
    }

    public void set(Instant instant) {
        offset.updateAndGet(current -> {
            Instant now = base.instant();
            if (instant.isBefore(now.plus(current))) {
                throw new IllegalArgumentException("the clock never moves back: " + instant + " is before " + now.plus(current));
            }
            return Duration.between(now, instant);
        });
    }

    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the clock never moves back: " + duration);
        }
        offset.updateAndGet(current -> current.plus(duration));
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new SettableClock(base, offset.get(), zone);
    }
}
