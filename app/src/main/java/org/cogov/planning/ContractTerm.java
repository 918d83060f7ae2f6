package org.cogov.planning;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.cogov.shared.Domain;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The term of the service a request asks for (MoF Order No. 102 Art. 24): normally at most one year;
 * up to three years only for a stable, continuous service whose budget is secured, and then the
 * reason is written down.
 */
@Domain
public record ContractTerm(LocalDate start, LocalDate end) {

    public static final int NORMAL_YEARS = 1;
    public static final int STABLE_SERVICE_YEARS = 3;

    public ContractTerm {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /**
     * The last day a term of so many years from this start may reach: the day before the start's
     * anniversary. A term from 29 February has no anniversary in a common year; it runs to the end of
     * February, as the Civil Code counts a period whose last month lacks the day (Art. 203).
     */
    public LocalDate lastDayWithin(int years) {
        LocalDate anniversary = start.plusYears(years);
        return anniversary.getDayOfMonth() == start.getDayOfMonth() ? anniversary.minusDays(1) : anniversary;
    }

    /** What, if anything, the term rule refuses, given the stable-service reason (blank when none). */
    public Optional<RuleViolation> violation(@Nullable String stableServiceReason) {
        if (end.isBefore(start)) {
            return Optional.of(RuleViolation.refused("planning.term.ends-before-start", "termEnd", start.toString()));
        }
        boolean stable = stableServiceReason != null && !stableServiceReason.isBlank();
        if (end.isAfter(lastDayWithin(STABLE_SERVICE_YEARS))) {
            return Optional.of(RuleViolation.refused("planning.term.over-three-years", "termEnd",
                    lastDayWithin(STABLE_SERVICE_YEARS).toString()));
        }
        if (!stable && end.isAfter(lastDayWithin(NORMAL_YEARS))) {
            return Optional.of(RuleViolation.refused("planning.term.over-one-year", "stableServiceReason",
                    lastDayWithin(NORMAL_YEARS).toString()));
        }
        return Optional.empty();
    }
}
