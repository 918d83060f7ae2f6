package org.cogov.procurement;

import java.util.Set;

import org.cogov.shared.Actor;

/**
 * Which lots' evaluations a user may open, for the pages that link to them: the opening's record, a panel's page and
 * a bidder's bid. Declared here because those pages come before the evaluation, which implements it; the evaluation's
 * own checks still decide what its pages show.
 */
public interface EvaluationAccess {

    /**
     * The opened lots of the procedure whose evaluation the user may read, begun or not: it runs the procedure, reads
     * every evaluation, or sits on the lot's seated panel.
     */
    Set<Integer> readableLots(Actor actor, ProcedureId id);

    /** The lots of the procedure whose evaluation has begun with a bid of the user's organization among its bids. */
    Set<Integer> lotsEvaluatingBidOf(Actor actor, ProcedureId id);
}
