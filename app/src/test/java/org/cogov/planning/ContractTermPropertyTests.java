package org.cogov.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;
import org.cogov.shared.Bilingual;
import org.cogov.shared.RuleViolation;

/** The term rule over any start and length: which terms it refuses, and why. */
class ContractTermPropertyTests {

    /** The rule table\'s rows of MoF Order No. 102 Art. 24. */
    static final ContractTerm.Limits LIMITS = new ContractTerm.Limits(1, 3,
            new Bilingual("财政部令第102号第二十四条", "MoF Order No. 102 Art. 24"));

    @Property
    void aTermWithinAYearIsNeverRefused(@ForAll @DateRange(min = "2020-01-01", max = "2040-12-31") LocalDate start,
            @ForAll @IntRange(min = 0, max = 400) int days, @ForAll boolean reasoned) {
        ContractTerm term = new ContractTerm(start, start.plusDays(days));
        if (!term.end().isAfter(term.lastDayWithin(1))) {
            assertThat(term.violation(reasoned ? "稳定、连续的服务" : null, LIMITS)).isEmpty();
        }
    }

    @Property
    void beyondAYearOnlyTheStableServiceReasonDecides(@ForAll @DateRange(min = "2020-01-01", max = "2040-12-31") LocalDate start,
            @ForAll @IntRange(min = 1, max = 800) int daysBeyondAYear, @ForAll boolean reasoned) {
        ContractTerm term = new ContractTerm(start, lastDay(start, 1).plusDays(daysBeyondAYear));
        if (term.end().isAfter(term.lastDayWithin(3))) {
            return;
        }
        Optional<RuleViolation> refused = term.violation(reasoned ? "稳定、连续的服务" : null, LIMITS);

        assertThat(refused.isPresent()).isEqualTo(!reasoned);
        refused.ifPresent(r -> assertThat(r.messageKey()).isEqualTo("planning.term.over-normal"));
    }

    @Property
    void beyondThreeYearsEveryTermIsRefused(@ForAll @DateRange(min = "2020-01-01", max = "2040-12-31") LocalDate start,
            @ForAll @IntRange(min = 1, max = 3000) int daysBeyondThreeYears, @ForAll boolean reasoned) {
        ContractTerm term = new ContractTerm(start, lastDay(start, 3).plusDays(daysBeyondThreeYears));

        assertThat(term.violation(reasoned ? "稳定、连续的服务" : null, LIMITS)).map(RuleViolation::messageKey)
                .contains("planning.term.over-longest");
    }

    @Property
    void aTermEndingBeforeItStartsIsAlwaysRefusedForThat(@ForAll @DateRange(min = "2020-01-01", max = "2040-12-31") LocalDate start,
            @ForAll @IntRange(min = 1, max = 1000) int daysBefore) {
        assertThat(new ContractTerm(start, start.minusDays(daysBefore)).violation("稳定、连续的服务", LIMITS))
                .map(RuleViolation::messageKey).contains("planning.term.ends-before-start");
    }

    @Property
    void theLastDayOfATermOfYearsIsTheDayBeforeTheAnniversaryOrTheEndOfFebruary(
            @ForAll @DateRange(min = "2020-01-01", max = "2040-12-31") LocalDate start, @ForAll @IntRange(min = 1, max = 3) int years) {
        LocalDate last = lastDay(start, years);

        assertThat(last.getYear()).isEqualTo(start.getYear() + years - (start.getDayOfYear() == 1 ? 1 : 0));
        assertThat(last.plusDays(1).getDayOfMonth() == start.getDayOfMonth() || start.getMonthValue() == 2
                && start.getDayOfMonth() == 29 && last.getMonthValue() == 2 && last.plusDays(1).getMonthValue() == 3).isTrue();
    }

    private static LocalDate lastDay(LocalDate start, int years) {
        return new ContractTerm(start, start).lastDayWithin(years);
    }
}
