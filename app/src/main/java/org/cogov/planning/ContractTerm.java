package org.cogov.planning;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.cogov.shared.Bilingual;
import org.cogov.shared.Domain;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The term of the service a request asks for (MoF Order No. 102 Art. 24): normally at most one year;
 * up to three years only for a stable, continuous service whose budget is secured, and then the
 * reason is written down. The numbers of years come from the rule table, as {@link Limits}.
 */
@Domain
public record ContractTerm(LocalDate start, LocalDate end) {

    /** The longest terms, in years: the normal one, and the one a stable, continuous service may have. */
    public record Limits(int normalYears, int stableServiceYears, Bilingual legalBasis) {
    }

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
    public Optional<RuleViolation> violation(@Nullable String stableServiceReason, Limits limits) {
        if (end.isBefore(start)) {
            return Optional.of(RuleViolation.refused("planning.term.ends-before-start", "termEnd", start.toString()));
        }
        boolean stable = stableServiceReason != null && !stableServiceReason.isBlank();
        if (end.isAfter(lastDayWithin(limits.stableServiceYears()))) {
            return Optional.of(RuleViolation.refused("planning.term.over-longest", "termEnd",
                    lastDayWithin(limits.stableServiceYears()).toString(), limits.stableServiceYears(), limits.legalBasis()));
        }
        if (!stable && end.isAfter(lastDayWithin(limits.normalYears()))) {
            return Optional.of(RuleViolation.refused("planning.term.over-normal", "stableServiceReason",
                    lastDayWithin(limits.normalYears()).toString(), limits.normalYears(), limits.legalBasis()));
        }
        return Optional.empty();
    }
}
