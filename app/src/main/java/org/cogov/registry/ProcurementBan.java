package org.cogov.registry;

import java.time.LocalDate;
import java.util.Objects;

import org.cogov.shared.Domain;

/**
 * A finance department's bar on a supplier after a procurement violation (GPL Art. 77): 1 to 3 years,
 * from its first day to its last day, both barred.
 */
@Domain
public record ProcurementBan(LocalDate from, LocalDate lastDay) {

    public ProcurementBan {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(from.plusYears(1).minusDays(1)) || lastDay.isAfter(from.plusYears(3).minusDays(1))) {
            throw new IllegalArgumentException("a procurement ban lasts 1 to 3 years: " + from + " to " + lastDay);
        }
    }

    /** The ban that a decision of {@code years} taking effect on {@code from} imposes. */
    public static ProcurementBan ofYears(LocalDate from, int years) {
        return new ProcurementBan(from, from.plusYears(years).minusDays(1));
    }

    public boolean barsOn(LocalDate date) {
        return !from.isAfter(date) && !lastDay.isBefore(date);
    }
}
