package org.cogov.procurement;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.cogov.planning.PurchaseRequests;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancelling a procedure (终止) before award, by the organization that runs it, with its reason. A
 * published procedure gets a cancellation notice in both languages; a draft, which nobody outside saw,
 * none — cancelling a draft is abandoning it with a reason. The change of state is a compare-and-set on
 * state and version; the purchase request is given back to planning, to be used again or cancelled; and
 * from then on the procedure accepts nothing more, since every verb checks its state.
 */
@Service
public class Cancellation {

    public static final int REASON_MAX = 2000;

    /** Every state before award. A suspended procedure counts by the state it was suspended from. */
    static final Set<Procedure.State> BEFORE_AWARD = EnumSet.of(Procedure.State.DRAFT, Procedure.State.TENDERING,
            Procedure.State.CLOSED, Procedure.State.OPENED, Procedure.State.EVALUATING, Procedure.State.AWARD_PENDING);

    private final Procedures procedures;
    private final StoredEndings endings;
    private final StoredObjections objections;
    private final EndingNotices notices;
    private final PurchaseRequests requests;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Closing closing;

    Cancellation(Procedures procedures, StoredEndings endings, StoredObjections objections, EndingNotices notices,
            PurchaseRequests requests, ApplicationEventPublisher events, Clock clock, Closing closing) {
        this.closing = closing;
        this.procedures = procedures;
        this.endings = endings;
        this.objections = objections;
        this.notices = notices;
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Cancels the procedure at the version the caller saw.
     *
     * @return the cancellation notice; none for a draft
     */
    @Transactional
    public Optional<Notice> cancel(Actor actor, ProcedureId id, int version, String reason) {
        actor.require("procurement:procedure:cancel", "procurement.procedure.cancel", "procedure", id.value());
        Procedure procedure = procedures.find(id).filter(p -> p.isRunBy(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        String why = reason.strip();
        if (why.isEmpty()) {
            throw RuleViolation.refused("procurement.cancellation.reason-needed", "reason");
        }
        if (why.length() > REASON_MAX) {
            throw RuleViolation.refused("procurement.cancellation.reason-too-long", "reason", REASON_MAX);
        }
        Procedure.State from = procedure.state();
        if (!mayBeCancelled(procedure)) {
            throw ended(procedure) ? RuleViolation.conflict("procurement.procedure.ended", procedure.reference())
                    : RuleViolation.conflict("procurement.cancellation.after-award", procedure.reference());
        }
        if (!endings.cancel(id, version, from)) {
            throw RuleViolation.conflict("procurement.procedure.changed-meanwhile", procedure.reference());
        }
        Instant now = clock.instant();
        Notice notice = procedure.publishedAt() == null ? null
                : notices.publish(procedure, new EndingNoticeFacts.Cancelled(why), now);
        endings.record(new ProcedureEnding(id, ProcedureEnding.Outcome.CANCELLED, from, why, actor.userId(), now,
                notice == null ? null : notice.id()));
        objections.moot(id);
        requests.procedureEnded(procedure.request());
        endScheduledWork(id);
        events.publishEvent(new ProcedureCancelled(actor.userId(), actor.organizationId(), id.value(), procedure.reference(),
                from, why, notice == null ? null : notice.number(), notice == null ? null : notice.sha256()));
        return Optional.ofNullable(notice);
    }

    /** Before award, and not ended: a suspended procedure by the state it was suspended from. */
    boolean mayBeCancelled(Procedure procedure) {
        Procedure.State state = procedure.state() == Procedure.State.SUSPENDED
                ? endings.suspendedFrom(procedure.id()).orElse(Procedure.State.SUSPENDED)
                : procedure.state();
        return BEFORE_AWARD.contains(state);
    }

    static boolean ended(Procedure procedure) {
        return procedure.state() == Procedure.State.CANCELLED || procedure.state() == Procedure.State.FAILED;
    }

    /**
     * The one place where ending a procedure — cancelled here, failed by {@link Failures} — stops the
     * deadline work scheduled for it: its closing at the deadline, and what later issues schedule.
     */
    void endScheduledWork(ProcedureId id) {
        closing.cancel(id);
    }
}
