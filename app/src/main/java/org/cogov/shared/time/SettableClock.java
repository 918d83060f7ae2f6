package org.cogov.shared.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that can be moved forward: the {@code test-clock} profile's, which stands still between
 * moves, and the demo's, which starts behind real time, runs like it, and is moved forward while the
 * demo city lives through its past year. It never moves back, so that nothing the platform recorded
 * can come to lie in the future. Whoever waits for a time (the scheduler) asks to be told when it moves.
 */
public final class SettableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;
    private final ZoneId zone;
    private final List<Runnable> whenMoved;

    /** A clock standing still at {@code start} until moved. */
    public SettableClock(Instant start, ZoneId zone) {
        this(Clock.fixed(start, ZoneOffset.UTC), new AtomicReference<>(Duration.ZERO), zone, new CopyOnWriteArrayList<>());
    }

    private SettableClock(Clock base, AtomicReference<Duration> offset, ZoneId zone, List<Runnable> whenMoved) {
        this.base = base;
        this.offset = offset;
        this.zone = zone;
        this.whenMoved = whenMoved;
    }

    /** A clock {@code behind} real time that runs on like it until moved. */
    public static SettableClock runningBehind(Duration behind, ZoneId zone) {
        return new SettableClock(Clock.systemUTC(), new AtomicReference<>(behind.negated()), zone, new CopyOnWriteArrayList<>());
    }

    /** Runs the action after every move of this clock, in the thread that moved it. */
    public void whenMoved(Runnable action) {
        whenMoved.add(action);
    }

    public void set(Instant instant) {
        offset.updateAndGet(current -> {
            Instant now = base.instant();
            if (instant.isBefore(now.plus(current))) {
                throw new IllegalArgumentException("the clock never moves back: " + instant + " is before " + now.plus(current));
            }
            return Duration.between(now, instant);
        });
        moved();
    }

    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the clock never moves back: " + duration);
        }
        offset.updateAndGet(current -> current.plus(duration));
        moved();
    }

    /** A running clock moved forward to real time, which it keeps from then on; a clock ahead stays where it is. */
    public void catchUp() {
        offset.updateAndGet(current -> current.isNegative() ? Duration.ZERO : current);
        moved();
    }

    private void moved() {
        whenMoved.forEach(Runnable::run);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock shown in another zone: moving either moves both. */
    @Override
    public Clock withZone(ZoneId zone) {
        return new SettableClock(base, offset, zone, whenMoved);
    }
}
