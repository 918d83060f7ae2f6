package org.cogov.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.cogov.shared.time.ShippedDays;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** A clarification that may affect the bids keeps the method's lead before the deadline, moving it when it must. */
class ClarificationLeadTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final TimetableRules rules = new TimetableRules(RuleTableFixture.rulebook(), ShippedDays.CALENDAR, SHANGHAI);

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(SHANGHAI).toInstant();
    }

    @Test
    void aTenderClarifiedOnMonday17MarchWithDeadline25MarchMovesToFirstApril() {
        Instant moved = rules.deadlineAfterClarification(Method.PUBLIC_TENDER, LocalDate.of(2025, 3, 17),
                at(LocalDate.of(2025, 3, 25), 9, 30));

        assertThat(moved).isEqualTo(at(LocalDate.of(2025, 4, 1), 9, 30));
    }

    @Test
    void aTenderClarifiedFifteenDaysAheadKeepsItsDeadline() {
        Instant deadline = at(LocalDate.of(2025, 4, 1), 9, 30);

        assertThat(rules.deadlineAfterClarification(Method.PUBLIC_TENDER, LocalDate.of(2025, 3, 17), deadline)).isEqualTo(deadline);
    }

    @Test
    void aConsultationKeepsFiveDays() {
        Instant moved = rules.deadlineAfterClarification(Method.COMPETITIVE_CONSULTATION, LocalDate.of(2025, 3, 17),
                at(LocalDate.of(2025, 3, 20), 14, 0));

        assertThat(moved).isEqualTo(at(LocalDate.of(2025, 3, 24), 14, 0));
    }

    @Test
    void aNegotiationKeepsThreeWorkingDaysOverTheWeekend() {
        // Clarified on Thu 20 Mar 2025: three working days are Fri 21, Mon 24 and Tue 25 March.
        Instant moved = rules.deadlineAfterClarification(Method.COMPETITIVE_NEGOTIATION, LocalDate.of(2025, 3, 20),
                at(LocalDate.of(2025, 3, 21), 10, 0));

        assertThat(moved).isEqualTo(at(LocalDate.of(2025, 3, 25), 10, 0));
    }

    @Test
    void aMovedDeadlineThatWouldFallInAHolidayGoesToTheNextWorkingDay() {
        // Fifteen days from 17 Sep 2025 is 2 Oct, in the National Day holiday (1–8 Oct).
        Instant moved = rules.deadlineAfterClarification(Method.PUBLIC_TENDER, LocalDate.of(2025, 9, 17),
                at(LocalDate.of(2025, 9, 26), 9, 0));

        assertThat(moved).isEqualTo(at(LocalDate.of(2025, 10, 9), 9, 0));
    }

    @Test
    void aSingleSourceProcedureHasNoLeadToKeep() {
        Instant deadline = at(LocalDate.of(2025, 3, 18), 9, 0);

        assertThat(rules.deadlineAfterClarification(Method.SINGLE_SOURCE, LocalDate.of(2025, 3, 17), deadline)).isEqualTo(deadline);
    }

    @Property
    void theDeadlineNeverComesEarlierKeepsItsTimeAndLeavesTheLead(@ForAll @IntRange(min = 0, max = 300) int clarifiedAfter,
            @ForAll @IntRange(min = 1, max = 40) int deadlineAfter, @ForAll @IntRange(min = 0, max = 23) int hour) {
        LocalDate day = LocalDate.of(2025, 1, 2).plusDays(clarifiedAfter);
        Instant deadline = at(day.plusDays(deadlineAfter), hour, 30);

        Instant moved = rules.deadlineAfterClarification(Method.PUBLIC_TENDER, day, deadline);

        assertThat(moved).isAfterOrEqualTo(deadline);
        assertThat(moved.atZone(SHANGHAI).toLocalTime()).isEqualTo(LocalTime.of(hour, 30));
        LocalDate earliest = rules.earliest(Method.PUBLIC_TENDER, ProcurementRule.Name.CLARIFICATION_LEAD, day).orElseThrow();
        assertThat(moved.atZone(SHANGHAI).toLocalDate()).isAfterOrEqualTo(earliest).isAfterOrEqualTo(day.plusDays(15));
        if (!deadline.atZone(SHANGHAI).toLocalDate().isBefore(earliest)) {
            assertThat(moved).isEqualTo(deadline);
        }
    }
}
