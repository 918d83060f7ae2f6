package org.cogov.procurement;

import java.time.Duration;
import java.util.Collection;

import org.cogov.shared.time.SettableClock;
import org.springframework.context.ApplicationContext;

/**
 * Lets the deadlines of procedures pass without moving the shared test clock by weeks: each deadline is moved in
 * SQL to the present (see {@link IncidentFixtures#moveDeadline}), the clock goes one second on, and the platform
 * closes them as its catch-up routine would. Every database test shares one clock, which only moves forward within
 * the shipped calendar's years: fixtures that wait for their deadlines in real days would run the suite out of it.
 */
public final class Deadlines {

    private Deadlines() {
    }

    /** The procedures' bids are in: their deadlines pass now, and they are closed. */
    public static void passNow(ApplicationContext context, Collection<ProcedureId> procedures) {
        SettableClock clock = context.getBean(SettableClock.class);
        for (ProcedureId id : procedures) {
            IncidentFixtures.moveDeadline(context, id, clock.instant());
        }
        clock.set(clock.instant().plus(Duration.ofSeconds(1)));
        context.getBean(Closing.class).closePastDeadline();
    }
}
