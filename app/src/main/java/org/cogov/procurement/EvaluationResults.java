package org.cogov.procurement;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the evaluation of the bids does to the procedure: how many valid bids a lot needs, the move to
 * EVALUATING when it begins and to AWARD_PENDING when every lot is evaluated or failed, a lot's failure
 * with its notice, and the procedure's when no lot is left. The evaluation calls it; nothing else does.
 */
@Service
public class EvaluationResults {

    /** The rule a lot fails by when fewer bids than the method needs pass the reviews. */
    public static final String TOO_FEW_VALID_BIDS = "procurement.failure.too-few-valid-bids";

    private final Procedures procedures;
    private final ProcurementRules rules;
    private final Failures failures;
    private final EndingNotices notices;
    private final Clock clock;

    EvaluationResults(Procedures procedures, ProcurementRules rules, Failures failures, EndingNotices notices, Clock clock) {
        this.procedures = procedures;
        this.rules = rules;
        this.failures = failures;
        this.notices = notices;
        this.clock = clock;
    }

    /** The minimum responses that count for the procedure's method on the day: as many must stay valid. */
    @Transactional(readOnly = true)
    public ProcurementRule minimumResponses(Procedure procedure, LocalDate day) {
        return MinimumResponses.rule(rules.rulebook(), procedure.method(), procedure.justification(), day);
    }

    /** How many quotations a small purchase compares on the day (RULES.md; the rule table's MIN_QUOTATIONS). */
    @Transactional(readOnly = true)
    public ProcurementRule minimumQuotations(LocalDate day) {
        return rules.rulebook().required(ProcurementRule.Name.MIN_QUOTATIONS, Method.SMALL_PURCHASE, day);
    }

    /** Every lot of a small purchase has its chosen supplier: CLOSED becomes AWARD_PENDING, once. */
    @Transactional
    public boolean chosen(ProcedureId id) {
        return procedures.awaitAwardOfSmallPurchase(id);
    }

    /** The evaluation begins: OPENED becomes EVALUATING, once. */
    @Transactional
    public boolean started(ProcedureId id) {
        return procedures.startEvaluation(id);
    }

    /** Every lot is evaluated or failed, at least one evaluated: EVALUATING becomes AWARD_PENDING, once. */
    @Transactional
    public boolean evaluated(ProcedureId id) {
        return procedures.awaitAward(id);
    }

    /** One lot failed at its evaluation while others go on: its own failure notice. */
    @Transactional
    public Notice lotFailed(Procedure procedure, Lot lot, String reasonKey, int valid, int needed) {
        return notices.publish(procedure, new EndingNoticeFacts.LotFailed(lot.number(), lot.title(), reasonKey, valid, needed),
                clock.instant());
    }

    /** No lot is left with bids enough: the procedure fails (废标) with its notice. */
    @Transactional
    public Notice failed(Procedure procedure, @Nullable String reasonKey) {
        return failures.fail(procedure, reasonKey == null ? TOO_FEW_VALID_BIDS : reasonKey, null);
    }
}
