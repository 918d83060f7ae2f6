package org.cogov.shared.time;

import java.time.LocalDate;
import java.util.Objects;

import org.cogov.shared.Domain;

/**
 * A period the rules set from an event: "within 7 working days of the award notice", "at least 20
 * days after the tender documents are issued". It starts the day after the event; where it ends
 * depends on the calendar, so {@link WorkingDayCalendar#lastDay(LegalPeriod)} says.
 */
@Domain
public record LegalPeriod(LocalDate event, int count, Unit unit) {

    public enum Unit {
        /** Only working days are counted; the last is the n-th working day after the event. */
        WORKING_DAYS,
        /** Calendar days are counted; a last day that is not a working day moves to the next one. */
        DAYS
    }

    public LegalPeriod {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(unit, "unit");
        if (count < 1) {
            // A period of no days has no last day: the rules never set one, so it is a programming error.
            throw new IllegalArgumentException("a legal period lasts at least one day, not " + count);
        }
    }

    public static LegalPeriod workingDays(LocalDate event, int count) {
        return new LegalPeriod(event, count, Unit.WORKING_DAYS);
    }

    public static LegalPeriod days(LocalDate event, int count) {
        return new LegalPeriod(event, count, Unit.DAYS);
    }
}
