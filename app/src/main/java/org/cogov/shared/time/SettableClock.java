package org.cogov.shared.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock of the {@code test-clock} profile: tests and the demo set it and move it forward. It
 * never moves back, so that nothing the platform recorded can come to lie in the future. It stands
 * still between moves; whoever waits for a time (the scheduler) asks to be told when it moves.
 */
public final class SettableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;
    private final List<Runnable> whenMoved;

    public SettableClock(Instant start, ZoneId zone) {
        this(new AtomicReference<>(start), zone, new CopyOnWriteArrayList<>());
    }

    private SettableClock(AtomicReference<Instant> now, ZoneId zone, List<Runnable> whenMoved) {
        this.now = now;
        this.zone = zone;
        this.whenMoved = whenMoved;
    }

    /** Runs the action after every move of this clock, in the thread that moved it. */
    public void whenMoved(Runnable action) {
        whenMoved.add(action);
    }

    public void set(Instant instant) {
        now.updateAndGet(current -> {
            if (instant.isBefore(current)) {
                throw new IllegalArgumentException("the clock never moves back: " + instant + " is before " + current);
            }
            return instant;
        });
        moved();
    }

    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the clock never moves back: " + duration);
        }
        now.updateAndGet(current -> current.plus(duration));
        moved();
    }

    private void moved() {
        whenMoved.forEach(Runnable::run);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new SettableClock(now, zone, whenMoved);
    }
}
