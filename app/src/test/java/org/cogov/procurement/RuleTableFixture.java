package org.cogov.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The rows of the shipped rule table that the pure tests need, with the same numbers as the migration. */
public final class RuleTableFixture {

    private RuleTableFixture() {
    }

    public static Rulebook rulebook() {
        List<ProcurementRule> rules = new ArrayList<>();
        add(rules, ProcurementRule.Name.PROCUREMENT_LIMIT, null, 1_000_000, ProcurementRule.Unit.CNY);
        add(rules, ProcurementRule.Name.PUBLIC_TENDER_THRESHOLD, null, 2_000_000, ProcurementRule.Unit.CNY);
        add(rules, ProcurementRule.Name.NOTICE_PERIOD, Method.PUBLIC_TENDER, 5, ProcurementRule.Unit.WORKING_DAYS);
        add(rules, ProcurementRule.Name.DOCUMENTS_AVAILABLE, Method.PUBLIC_TENDER, 5, ProcurementRule.Unit.WORKING_DAYS);
        add(rules, ProcurementRule.Name.DOCUMENTS_TO_DEADLINE, Method.PUBLIC_TENDER, 20, ProcurementRule.Unit.DAYS);
        add(rules, ProcurementRule.Name.DOCUMENTS_TO_DEADLINE, Method.COMPETITIVE_CONSULTATION, 10, ProcurementRule.Unit.DAYS);
        add(rules, ProcurementRule.Name.PUBLICITY_PERIOD, Method.SINGLE_SOURCE, 5, ProcurementRule.Unit.WORKING_DAYS);
        add(rules, ProcurementRule.Name.PRICE_WEIGHT_MIN, null, 10, ProcurementRule.Unit.PERCENT);
        add(rules, ProcurementRule.Name.PRICE_WEIGHT_MAX, null, 30, ProcurementRule.Unit.PERCENT);
        add(rules, ProcurementRule.Name.INTENTION_LEAD, null, 30, ProcurementRule.Unit.DAYS);
        add(rules, ProcurementRule.Name.CLARIFICATION_LEAD, Method.PUBLIC_TENDER, 15, ProcurementRule.Unit.DAYS);
        add(rules, ProcurementRule.Name.CLARIFICATION_LEAD, Method.INVITATIONAL_TENDER, 15, ProcurementRule.Unit.DAYS);
        add(rules, ProcurementRule.Name.CLARIFICATION_LEAD, Method.COMPETITIVE_NEGOTIATION, 3, ProcurementRule.Unit.WORKING_DAYS);
        add(rules, ProcurementRule.Name.CLARIFICATION_LEAD, Method.COMPETITIVE_CONSULTATION, 5, ProcurementRule.Unit.DAYS);
        add(rules, ProcurementRule.Name.MIN_RESPONSES, Method.PUBLIC_TENDER, 3, ProcurementRule.Unit.COUNT);
        add(rules, ProcurementRule.Name.MIN_RESPONSES, Method.INVITATIONAL_TENDER, 3, ProcurementRule.Unit.COUNT);
        add(rules, ProcurementRule.Name.MIN_RESPONSES, Method.COMPETITIVE_NEGOTIATION, 3, ProcurementRule.Unit.COUNT);
        add(rules, ProcurementRule.Name.MIN_RESPONSES, Method.COMPETITIVE_CONSULTATION, 3, ProcurementRule.Unit.COUNT);
        add(rules, ProcurementRule.Name.MIN_RESPONSES_PURCHASE_OF_SERVICES, Method.COMPETITIVE_CONSULTATION, 2,
                ProcurementRule.Unit.COUNT);
        add(rules, ProcurementRule.Name.MIN_RESPONSES, Method.SINGLE_SOURCE, 1, ProcurementRule.Unit.COUNT);
        add(rules, ProcurementRule.Name.REPORT_TO_PURCHASER, null, 2, ProcurementRule.Unit.WORKING_DAYS);
        add(rules, ProcurementRule.Name.AWARD_CONFIRMATION, null, 5, ProcurementRule.Unit.WORKING_DAYS);
        add(rules, ProcurementRule.Name.RESULT_NOTICE_LEAD, null, 2, ProcurementRule.Unit.WORKING_DAYS);
        add(rules, ProcurementRule.Name.RESULT_DISPLAY, null, 1, ProcurementRule.Unit.WORKING_DAYS);
        add(rules, ProcurementRule.Name.CHALLENGE_PERIOD, null, 7, ProcurementRule.Unit.WORKING_DAYS);
        add(rules, ProcurementRule.Name.CHALLENGE_REPLY, null, 7, ProcurementRule.Unit.WORKING_DAYS);
        add(rules, ProcurementRule.Name.COMPLAINT_PERIOD, null, 15, ProcurementRule.Unit.WORKING_DAYS);
        add(rules, ProcurementRule.Name.COMPLAINT_DECISION, null, 30, ProcurementRule.Unit.WORKING_DAYS);
        add(rules, ProcurementRule.Name.SUSPENSION_MAX, null, 30, ProcurementRule.Unit.DAYS);
        add(rules, ProcurementRule.Name.CONTRACT_SIGNATURE, null, 30, ProcurementRule.Unit.DAYS);
        add(rules, ProcurementRule.Name.BID_BOND_MAX, null, 2, ProcurementRule.Unit.PERCENT);
        add(rules, ProcurementRule.Name.BOND_REFUND, null, 5, ProcurementRule.Unit.WORKING_DAYS);
        add(rules, ProcurementRule.Name.CONTRACT_PUBLICATION, null, 2, ProcurementRule.Unit.WORKING_DAYS);
        add(rules, ProcurementRule.Name.CONTRACT_FILING, null, 7, ProcurementRule.Unit.WORKING_DAYS);
        add(rules, ProcurementRule.Name.CONTRACT_TERM_MAX, null, 12, ProcurementRule.Unit.MONTHS);
        add(rules, ProcurementRule.Name.CONTRACT_TERM_MAX_STABLE, null, 36, ProcurementRule.Unit.MONTHS);
        add(rules, ProcurementRule.Name.ADD_ON_MAX, null, 10, ProcurementRule.Unit.PERCENT);
        add(rules, ProcurementRule.Name.PERFORMANCE_BOND_MAX, null, 10, ProcurementRule.Unit.PERCENT);
        add(rules, ProcurementRule.Name.PAYMENT_DAYS, null, 30, ProcurementRule.Unit.DAYS);
        add(rules, ProcurementRule.Name.PAYMENT_DAYS_MAX, null, 60, ProcurementRule.Unit.DAYS);
        return new Rulebook(rules, "LANJIANG");
    }

    private static void add(List<ProcurementRule> rules, ProcurementRule.Name name, @Nullable Method method, long value,
            ProcurementRule.Unit unit) {
        rules.add(new ProcurementRule(rules.size() + 1, name, method, null, LocalDate.of(2000, 1, 1), BigDecimal.valueOf(value),
                unit, "依据", "basis"));
    }
}
