package org.cogov.procurement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the opening of sealed bids does to the procedure: how many standing bids a lot needs to be
 * opened, the move to OPENED once its bids are opened, and its failure when no lot had enough. The
 * opening itself, which alone may read the bids, calls it; nothing else has a reason to.
 */
@Service
public class OpeningResults {

    /** The rule a lot fails by when too few bids stand at the deadline. */
    public static final String TOO_FEW_BIDS = "procurement.failure.too-few-bids";

    /** The rule the lots fail by when, after the last postponement, too few custodians came to open them. */
    public static final String CUSTODIANS_ABSENT = "procurement.failure.custodians-absent";

    private final Procedures procedures;
    private final ProcurementRules rules;
    private final Failures failures;
    private final EndingNotices notices;
    private final Clock clock;

    OpeningResults(Procedures procedures, ProcurementRules rules, Failures failures, EndingNotices notices, Clock clock) {
        this.procedures = procedures;
        this.rules = rules;
        this.failures = failures;
        this.notices = notices;
        this.clock = clock;
    }

    /** The minimum responses that count for the procedure's method on the day (RULES.md). */
    @Transactional(readOnly = true)
    public ProcurementRule minimumResponses(Procedure procedure, LocalDate day) {
        return MinimumResponses.rule(rules.rulebook(), procedure.method(), procedure.justification(), day);
    }

    /** The procedure's bids are opened: closed (or tendering past its deadline) becomes OPENED, once. */
    @Transactional
    public boolean opened(ProcedureId id) {
        return procedures.open(id);
    }

    /** Too few custodians came in the opening window: it moves later. */
    @Transactional
    public boolean postponed(ProcedureId id, Instant from, Instant until) {
        return procedures.postponeOpening(id, from, until);
    }

    /** One lot failed while others of the procedure were opened: its own failure notice. */
    @Transactional
    public Notice lotFailed(Procedure procedure, Lot lot, String reasonKey, int standing, int needed) {
        return notices.publish(procedure, new EndingNoticeFacts.LotFailed(lot.number(), lot.title(), reasonKey, standing, needed),
                clock.instant());
    }

    /** No lot had bids enough: the procedure fails (废标) with its notice. */
    @Transactional
    public Notice failed(Procedure procedure, @Nullable String reasonKey) {
        return failures.fail(procedure, reasonKey == null ? TOO_FEW_BIDS : reasonKey, null);
    }
}
