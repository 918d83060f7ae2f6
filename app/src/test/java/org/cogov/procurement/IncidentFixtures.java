package org.cogov.procurement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.cogov.TestUsers;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the tests of platform incidents need: a window of two hours that is over, recent and overlaps no
 * incident declared so far (whatever other tests declared, wherever the shared clock stands), and a published
 * tender whose deadline is put inside or around it — as if the scheduler had not yet closed it.
 */
public final class IncidentFixtures {

    /** An incident's window {@code [start, end)}. */
    public record Window(Instant start, Instant end) {

        /** An instant {@code after} the start. */
        public Instant plus(Duration after) {
            return start.plus(after);
        }
    }

    private IncidentFixtures() {
    }

    /** Two hours that ended at least an hour ago, clear of every declared incident, stepping back three hours at a time. */
    public static Window freeWindow(ApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Instant end = context.getBean(Clock.class).instant().minus(Duration.ofHours(1));
        while (true) {
            Instant start = end.minus(Duration.ofHours(2));
            int overlapping = jdbc.sql("SELECT COUNT(*) FROM platform_incident WHERE starts_at < :end AND ends_at > :start")
                    .param("start", start.atOffset(ZoneOffset.UTC)).param("end", end.atOffset(ZoneOffset.UTC))
                    .query(Integer.class).single();
            if (overlapping == 0) {
                return new Window(start, end);
            }
            end = end.minus(Duration.ofHours(3));
        }
    }

    /** A tender of the demo purchaser published today, its deadline (and opening window with it) moved to {@code deadline}. */
    public static ProcedureId tenderWithDeadline(ApplicationContext context, TestUsers users, Instant deadline) {
        ProcedureDrafts drafts = context.getBean(ProcedureDrafts.class);
        ProcedureId id = ReadyDraft.of(context, users, Method.PUBLIC_TENDER, null, 2_500_000);
        context.getBean(Publication.class).publish(users.user("purchaser"), id, ReadyDraft.version(drafts, users.user("purchaser"), id));
        moveDeadline(context, id, deadline);
        return id;
    }

    /**
     * The deadline moved in SQL, as no service moves a deadline into the past; the opening window opens at
     * it and stays open for weeks, so that the end of a window that already passed does not postpone the
     * opening (and change the procedure) while a test looks at it.
     */
    public static void moveDeadline(ApplicationContext context, ProcedureId id, Instant deadline) {
        context.getBean(JdbcClient.class).sql("""
                UPDATE procurement_procedure SET deadline = :deadline, opening_from = :deadline, opening_until = :until,
                       version = version + 1
                WHERE id = :id""").param("deadline", deadline.atOffset(ZoneOffset.UTC))
                .param("until", deadline.plus(Duration.ofDays(60)).atOffset(ZoneOffset.UTC)).param("id", id.value()).update();
    }
}
