package org.cogov.procurement;

import java.time.Clock;
import java.util.List;

import org.cogov.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the award does to the procedure: AWARD_PENDING ⇄ AWARDED as lots are decided and remedies reopen them,
 * back to EVALUATING when a lot goes back to its panel, the result notice, a lot's failure on review with its
 * notice, and the procedure's failure when no lot is left. The award calls it; nothing else does.
 */
@Service
public class AwardResults {

    /** The rule a procedure fails by when upheld challenges or complaints leave none of its lots. */
    public static final String NO_LOT_LEFT = "procurement.failure.no-lot-left-on-review";

    private final Procedures procedures;
    private final Failures failures;
    private final EndingNotices notices;
    private final Clock clock;

    AwardResults(Procedures procedures, Failures failures, EndingNotices notices, Clock clock) {
        this.procedures = procedures;
        this.failures = failures;
        this.notices = notices;
        this.clock = clock;
    }

    /** Every awarded lot's contract is signed: AWARDED becomes CONTRACTED, once. */
    @Transactional
    public boolean contracted(ProcedureId id) {
        return procedures.transition(id, List.of(Procedure.State.AWARDED), Procedure.State.CONTRACTED);
    }

    /** Every lot is decided: AWARD_PENDING becomes AWARDED, once. */
    @Transactional
    public boolean awarded(ProcedureId id) {
        return procedures.transition(id, List.of(Procedure.State.AWARD_PENDING), Procedure.State.AWARDED);
    }

    /** A lot awaits its award again: AWARDED becomes AWARD_PENDING, once. */
    @Transactional
    public boolean reopened(ProcedureId id) {
        return procedures.transition(id, List.of(Procedure.State.AWARDED), Procedure.State.AWARD_PENDING);
    }

    /** A lot goes back to its panel: AWARD_PENDING or AWARDED becomes EVALUATING, once. */
    @Transactional
    public boolean reEvaluating(ProcedureId id) {
        return procedures.transition(id, List.of(Procedure.State.AWARD_PENDING, Procedure.State.AWARDED), Procedure.State.EVALUATING);
    }

    /** Publishes the result of the decided lots, in both languages. */
    @Transactional
    public Notice publishResult(Procedure procedure, EndingNoticeFacts.Result result) {
        return notices.publish(procedure, result, clock.instant());
    }

    /** A published award no longer stands: its correction notice. */
    @Transactional
    public Notice awardCancelled(Procedure procedure, EndingNoticeFacts.AwardCancelled cancelled) {
        return notices.publish(procedure, cancelled, clock.instant());
    }

    /** A lot fails on an upheld challenge or complaint while others stand: its own failure notice. */
    @Transactional
    public Notice lotFailed(Procedure procedure, Lot lot, String reason) {
        return notices.publish(procedure, new EndingNoticeFacts.LotFailedOnReview(lot.number(), lot.title(), reason), clock.instant());
    }

    /** No lot is left: the procedure fails (废标) with its notice. */
    @Transactional
    public Notice failed(Procedure procedure, Actor by) {
        return failures.fail(procedure, NO_LOT_LEFT, by);
    }
}
