package org.cogov.contracting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cogov.shared.Domain;
import org.cogov.shared.Money;
import org.cogov.shared.time.LegalPeriod;
import org.cogov.shared.time.WorkingDayCalendar;

/**
 * What each milestone pays and by when (RULES.md "Contracts and payments"). A milestone pays its share of the price to
 * the fen, the last one whatever the others' rounding left, so that the payments add up to the price exactly; an add-on
 * adds its amount to the milestone it is delivered with. A payment falls due the contract's days to pay after the
 * acceptance (after the signature for an advance), counted like every legal period of the platform: from the next day,
 * a last day that is not a working day moving to the next working day.
 */
@Domain
public final class PaymentTerms {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private PaymentTerms() {
    }

    /** Each milestone's part of the price, in milestone order, adding up to the price. */
    public static List<Money> amounts(Money price, List<Milestone> milestones) {
        List<Money> amounts = new ArrayList<>();
        Money left = price;
        for (int i = 0; i < milestones.size(); i++) {
            Money amount = i == milestones.size() - 1 ? left
                    : new Money(price.amount().multiply(milestones.get(i).share()).divide(HUNDRED, 2, RoundingMode.HALF_UP));
            amounts.add(amount);
            left = left.minus(amount);
        }
        return amounts;
    }

    /** The last day to pay, the days counted from the acceptance (or, for an advance, the signature). */
    public static LocalDate dueOn(WorkingDayCalendar calendar, LocalDate from, int days) {
        return calendar.lastDay(LegalPeriod.days(from, days));
    }
}
