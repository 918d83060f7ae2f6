package org.cogov.procurement;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.cogov.planning.PurchaseRequests;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A published procedure fails (废标, FAILED) when a rule says so, with its failure notice in both
 * languages: the reason is the message key of that rule. Failure is final for the procedure; its purchase
 * request goes back to planning, so that a new procedure from it — which then follows the failed one — may
 * re-tender, or use another method with the finance bureau's approval.
 */
@Service
class Failures {

    /** The finance bureau upheld an objection to the single-source publicity. */
    static final String OBJECTION_UPHELD = "procurement.failure.objection-upheld";

    /**
     * A published procedure fails from any of these, an awarded one too before its contract is signed (a remedy may
     * leave it no lot); a suspended one whatever it was suspended from.
     */
    static final Set<Procedure.State> RUNNING = EnumSet.of(Procedure.State.TENDERING, Procedure.State.CLOSED,
            Procedure.State.OPENED, Procedure.State.EVALUATING, Procedure.State.AWARD_PENDING, Procedure.State.AWARDED,
            Procedure.State.SUSPENDED);

    private final StoredEndings endings;
    private final StoredObjections objections;
    private final EndingNotices notices;
    private final PurchaseRequests requests;
    private final Cancellation cancellation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Failures(StoredEndings endings, StoredObjections objections, EndingNotices notices, PurchaseRequests requests,
            Cancellation cancellation, ApplicationEventPublisher events, Clock clock) {
        this.endings = endings;
        this.objections = objections;
        this.notices = notices;
        this.requests = requests;
        this.cancellation = cancellation;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Fails the procedure as read (its state and version), once.
     *
     * @param reasonKey the message key of the rule, {@code procurement.failure.*}
     * @param by the one whose decision fails it; none when the platform does
     */
    @Transactional
    Notice fail(Procedure procedure, String reasonKey, @Nullable Actor by) {
        if (!reasonKey.startsWith("procurement.failure.")) {
            throw new IllegalArgumentException("a failure's reason is the message key of its rule, not " + reasonKey);
        }
        if (!RUNNING.contains(procedure.state()) || procedure.publishedAt() == null) {
            throw RuleViolation.conflict("procurement.failure.not-running", procedure.reference());
        }
        ProcedureId id = procedure.id();
        if (!endings.fail(id, procedure.version(), procedure.state())) {
            throw RuleViolation.conflict("procurement.procedure.changed-meanwhile", procedure.reference());
        }
        Instant now = clock.instant();
        Notice notice = notices.publish(procedure, new EndingNoticeFacts.Failed(reasonKey), now);
        UUID actor = by == null ? null : by.userId();
        endings.record(new ProcedureEnding(id, ProcedureEnding.Outcome.FAILED, procedure.state(), reasonKey, actor, now,
                notice.id()));
        objections.moot(id);
        requests.procedureEnded(procedure.request());
        cancellation.endScheduledWork(id);
        events.publishEvent(new ProcedureFailed(actor, by == null ? procedure.purchaser().value() : by.organizationId(),
                id.value(), procedure.reference(), reasonKey, notice.number(), notice.sha256()));
        return notice;
    }
}
