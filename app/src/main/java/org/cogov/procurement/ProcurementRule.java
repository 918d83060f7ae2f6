package org.cogov.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.cogov.shared.Bilingual;
import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * One row of the rule table (RULES.md as data): a threshold, a period, a weight band or a count, for
 * one method or any ({@code method} null), one region or every one, in force from a day, with its
 * legal basis.
 */
@Domain
public record ProcurementRule(int id, Name rule, @Nullable Method method, @Nullable String region, LocalDate effectiveFrom,
        BigDecimal value, Unit unit, String legalBasisZh, String legalBasisEn) {

    public enum Name {
        PROCUREMENT_LIMIT, PUBLIC_TENDER_THRESHOLD, NOTICE_PERIOD, DOCUMENTS_AVAILABLE, DOCUMENTS_TO_DEADLINE,
        PREQUALIFICATION_PERIOD, PUBLICITY_PERIOD, PRICE_WEIGHT_MIN, PRICE_WEIGHT_MAX, INTENTION_LEAD, MIN_INVITEES,
        MIN_QUOTATIONS, CLARIFICATION_LEAD, MIN_RESPONSES, MIN_RESPONSES_PURCHASE_OF_SERVICES,
        /** The least size of an evaluation panel, the larger least size, and the budget from which the larger applies. */
        PANEL_MIN, PANEL_MIN_LARGE, PANEL_LARGE_BUDGET,
        /**
         * After evaluation: the report to the purchaser, the purchaser's confirmation (silence = the first candidate), the
         * result notice after it and its display, the challenge period and the reply, the complaint period and the
         * decision, the longest suspension, the contract's signature after the result, the bid bond's cap (percent of
         * the budget) and its refund.
         */
        REPORT_TO_PURCHASER, AWARD_CONFIRMATION, RESULT_NOTICE_LEAD, RESULT_DISPLAY, CHALLENGE_PERIOD, CHALLENGE_REPLY,
        COMPLAINT_PERIOD, COMPLAINT_DECISION, SUSPENSION_MAX, CONTRACT_SIGNATURE, BID_BOND_MAX, BOND_REFUND,
        /**
         * The contract: its publication and its filing with the finance bureau after signature, its longest term and
         * the longest for a stable, continuous service, the add-ons' cumulative cap and the performance bond's cap
         * (percent of the contract amount).
         */
        CONTRACT_PUBLICATION, CONTRACT_FILING, CONTRACT_TERM_MAX, CONTRACT_TERM_MAX_STABLE, ADD_ON_MAX, PERFORMANCE_BOND_MAX,
        /** Payment after acceptance: calendar days within which a small provider is paid, and the most a contract may agree. */
        PAYMENT_DAYS, PAYMENT_DAYS_MAX
    }

    public enum Unit { CNY, DAYS, WORKING_DAYS, PERCENT, COUNT, MONTHS }

    public int count() {
        return value.intValueExact();
    }

    public Bilingual legalBasis() {
        return new Bilingual(legalBasisZh, legalBasisEn);
    }
}
