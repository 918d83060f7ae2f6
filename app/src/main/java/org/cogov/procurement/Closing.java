package org.cogov.procurement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.cogov.shared.schedule.Agenda;
import org.cogov.shared.schedule.TimedTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform closes a procedure to bids at its deadline (TENDERING → CLOSED). Publication puts the
 * close on the agenda at the deadline, whatever moves the deadline moves it, a cancellation takes it
 * off. The close is a compare-and-set on the state and the deadline, so it happens once however many
 * nodes, retries or catch-ups run it, and never before the deadline in force; the run that changed the
 * row, and only it, records {@link ProcedureClosed} in the same transaction (the audit entry with it).
 */
@Component
class Closing {

    /**
     * How often a routine closes whatever tendering procedure is past its deadline (and at every start):
     * those published before the scheduler existed, or whose close was lost.
     */
    static final Duration CATCH_UP_EVERY = Duration.ofMinutes(5);

    private final Agenda agenda;
    private final Procedures procedures;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final TimedTask atDeadline;

    Closing(Agenda agenda, Procedures procedures, ApplicationEventPublisher events, PlatformTransactionManager transactions,
            Clock clock) {
        this.agenda = agenda;
        this.procedures = procedures;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.atDeadline = agenda.define("procurement.procedure.close", this::closeAtDeadline);
        agenda.repeat("procurement.procedure.close-past-deadline", CATCH_UP_EVERY, this::closePastDeadline);
    }

    /**
     * Puts the close of a procedure on the agenda at its deadline, or moves it there when it is on it:
     * call it again whenever the deadline moves. Joins the caller's transaction.
     */
    void schedule(ProcedureId id, Instant deadline) {
        agenda.schedule(atDeadline, id.value().toString(), deadline);
    }

    /** Takes the close of a procedure off the agenda, when it is cancelled. Joins the caller's transaction. */
    void cancel(ProcedureId id) {
        agenda.cancel(atDeadline, id.value().toString());
    }

    /** When the close of a procedure is due, if it is on the agenda. */
    Optional<Instant> scheduledAt(ProcedureId id) {
        return agenda.scheduledAt(atDeadline, id.value().toString());
    }

    /**
     * The close, when its time came: closes the procedure if its deadline has come; when the deadline
     * was moved later without the agenda being told, comes back at the new deadline.
     */
    Optional<Instant> closeAtDeadline(String id) {
        ProcedureId procedure = new ProcedureId(UUID.fromString(id));
        Optional<Instant> again = transaction.execute(status -> {
            Instant now = clock.instant();
            if (close(procedure, now)) {
                return Optional.<Instant>empty();
            }
            return procedures.find(procedure).filter(p -> p.state() == Procedure.State.TENDERING)
                    .map(p -> p.timetable().deadline()).filter(deadline -> deadline.isAfter(now));
        });
        return again == null ? Optional.empty() : again;
    }

    /** Closes every tendering procedure past its deadline, each in a transaction of its own. */
    void closePastDeadline() {
        for (ProcedureId id : procedures.pastTheirDeadline(clock.instant())) {
            transaction.executeWithoutResult(status -> close(id, clock.instant()));
        }
    }

    private boolean close(ProcedureId id, Instant now) {
        if (!procedures.close(id, now)) {
            return false;
        }
        Procedure procedure = procedures.find(id).orElseThrow();
        events.publishEvent(new ProcedureClosed(procedure.purchaser().value(), id.value(), procedure.reference(),
                Objects.requireNonNull(procedure.timetable().deadline())));
        return true;
    }
}
