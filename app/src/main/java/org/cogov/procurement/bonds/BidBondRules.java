package org.cogov.procurement.bonds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

import org.cogov.procurement.Lot;
import org.cogov.procurement.ProcurementRule;
import org.cogov.procurement.Rulebook;
import org.cogov.shared.Domain;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.WorkingDayCalendar;

/**
 * The bid bond's rules, from the rule table (GPL IR Art. 33): a lot may require at most {@code BID_BOND_MAX} percent
 * of its budget, and a bond is due back {@code BOND_REFUND} working days after the fact that frees it.
 */
@Domain
public final class BidBondRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BidBondRules() {
    }

    /**
     * The most a lot of this budget may require, rounded down to the fen: rounding up could ask a bidder for a fen
     * more than the law allows.
     */
    public static Money cap(Money budget, Rulebook rulebook, LocalDate day) {
        BigDecimal percent = rulebook.required(ProcurementRule.Name.BID_BOND_MAX, null, day).value();
        return new Money(budget.amount().multiply(percent).divide(HUNDRED, 2, RoundingMode.DOWN));
    }

    /**
     * What is wrong with the bond a lot requires, if anything: not more than zero, or above the cap (named in the
     * message with the percent and its legal basis).
     *
     * @param field the field the violation names, e.g. {@code lots[0].bidBond}
     */
    public static Optional<RuleViolation> violation(Lot lot, String field, Rulebook rulebook, LocalDate day) {
        Money bond = lot.bidBond();
        if (bond == null) {
            return Optional.empty();
        }
        if (bond.amount().signum() <= 0) {
            return Optional.of(RuleViolation.refused("procurement.bond.not-positive", field, lot.number()));
        }
        Money cap = cap(lot.budget(), rulebook, day);
        if (bond.isGreaterThan(cap)) {
            ProcurementRule rule = rulebook.required(ProcurementRule.Name.BID_BOND_MAX, null, day);
            return Optional.of(RuleViolation.refused("procurement.bond.above-cap", field, lot.number(),
                    cap.amount().toPlainString(), rule.value().stripTrailingZeros().toPlainString(), rule.legalBasis()));
        }
        return Optional.empty();
    }

    /**
     * The last day to refund a bond freed on {@code freedOn}: the rule table's working days after it.
     *
     * @throws RuleViolation {@code calendar.year-not-loaded} when the period reaches a year the calendar lacks
     */
    public static LocalDate refundDue(LocalDate freedOn, Rulebook rulebook, WorkingDayCalendar calendar) {
        return calendar.plusWorkingDays(freedOn, rulebook.required(ProcurementRule.Name.BOND_REFUND, null, freedOn).count());
    }

    /** A refund on a day after its due day is late; on the due day it is on time. */
    public static boolean late(LocalDate refundedOn, LocalDate due) {
        return refundedOn.isAfter(due);
    }
}
