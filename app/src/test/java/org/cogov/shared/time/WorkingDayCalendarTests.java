package org.cogov.shared.time;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.cogov.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** Periods on the real PRC calendar of 2024–2026 (RULES.md "Time"). */
class WorkingDayCalendarTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final WorkingDayCalendar calendar = ShippedDays.CALENDAR;

    @Test
    void sevenWorkingDaysAfterNinthSeptember2025EndOnEighteenth() {
        assertThat(calendar.plusWorkingDays(parse("2025-09-09"), 7)).isEqualTo("2025-09-18");
    }

    @Test
    void fifteenWorkingDaysAfterTwentyThirdSeptember2025SpanGoldenWeekAndEndOnTwentiethOctober() {
        assertThat(calendar.plusWorkingDays(parse("2025-09-23"), 15)).isEqualTo("2025-10-20");
    }

    @Test
    void twoWorkingDaysAfterThursdayTwentyFifthSeptember2025EndOnTheAdjustedWorkingSunday() {
        assertThat(calendar.plusWorkingDays(parse("2025-09-25"), 2)).isEqualTo("2025-09-28");
    }

    @Test
    void periodReachingTheUnloadedYear2027IsRefusedNamingThatYear() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(parse("2026-12-28"), 5))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.REFUSED);
                    assertThat(refusal.messageKey()).isEqualTo("calendar.year-not-loaded");
                    assertThat(refusal.arguments()).containsExactly(2027);
                });
    }

    @Test
    void periodEndingBeforeTheUnloadedYearIsComputed() {
        assertThat(calendar.plusWorkingDays(parse("2026-12-28"), 3)).isEqualTo("2026-12-31");
    }

    @Test
    void periodStartingInAnUnloadedYearIsRefused() {
        assertThatThrownBy(() -> calendar.plusDays(parse("2023-12-29"), 10))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refusal -> assertThat(refusal.arguments()).containsExactly(2023));
    }

    @Test
    void daysPeriodLandingBeyondTheLoadedYearsIsRefused() {
        assertThatThrownBy(() -> calendar.plusDays(parse("2026-12-20"), 30))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refusal -> assertThat(refusal.arguments()).containsExactly(2027));
    }

    @Test
    void daysPeriodWhoseLastDayMovesPastTheLoadedYearsIsRefused() {
        SpecialDay newYearsEveOff = new SpecialDay(parse("2026-12-31"), DayKind.OFF, "a holiday on 31 December");
        WorkingDayCalendar calendar = new WorkingDayCalendar(Set.of(2026), List.of(newYearsEveOff));

        assertThatThrownBy(() -> calendar.plusDays(parse("2026-12-30"), 1))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refusal -> assertThat(refusal.arguments()).containsExactly(2027));
    }

    @Test
    void periodPassingThroughAYearThatIsNotLoadedIsRefusedEvenIfTheLaterYearIs() {
        WorkingDayCalendar withAGap = ShippedDays.calendarOf(2024, 2026);

        assertThatThrownBy(() -> withAGap.plusDays(parse("2024-12-20"), 400))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refusal -> assertThat(refusal.arguments()).containsExactly(2025));
    }

    @Test
    void emptyCalendarRefusesEveryQuestion() {
        assertThatThrownBy(() -> WorkingDayCalendar.empty().isWorkingDay(parse("2025-03-03")))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void springFestival2026EndsAThreeWorkingDayPeriodOnTheAdjustedWorkingSaturdayBeforeIt() {
        assertThat(calendar.plusWorkingDays(parse("2026-02-11"), 3)).isEqualTo("2026-02-14");
    }

    @Test
    void oneWorkingDayAfterTheEveOfSpringFestival2026IsTheTuesdayAfterTheHoliday() {
        assertThat(calendar.plusWorkingDays(parse("2026-02-14"), 1)).isEqualTo("2026-02-24");
    }

    @Test
    void firstWorkingDayOf2026IsSundayFourthJanuary() {
        assertThat(calendar.plusWorkingDays(parse("2025-12-31"), 1)).isEqualTo("2026-01-04");
    }

    @Test
    void newYearHolidayOf2026IsOffAndItsAdjustedSundayIsWorked() {
        assertThat(calendar.isWorkingDay(parse("2026-01-02"))).isFalse();
        assertThat(calendar.isWorkingDay(parse("2026-01-03"))).isFalse();
        assertThat(calendar.isWorkingDay(parse("2026-01-04"))).isTrue();
    }

    @Test
    void eventOnAHolidayIsNotCountedAndTheFirstWorkingDayAfterGoldenWeekIsNinthOctober2025() {
        assertThat(calendar.plusWorkingDays(parse("2025-10-01"), 1)).isEqualTo("2025-10-09");
    }

    @Test
    void leapDay2024IsAWorkingDay() {
        assertThat(calendar.plusWorkingDays(parse("2024-02-28"), 1)).isEqualTo("2024-02-29");
    }

    @Test
    void daysPeriodEndingOnANationalDayHolidayEndsOnTheNextWorkingDay() {
        // 2025-09-22 + 10 days is Thursday 2 October, inside the holiday of 1–8 October.
        assertThat(calendar.plusDays(parse("2025-09-22"), 10)).isEqualTo("2025-10-09");
    }

    @Test
    void daysPeriodEndingInSpringFestival2026EndsOnTheTuesdayAfterIt() {
        assertThat(calendar.plusDays(parse("2026-02-10"), 7)).isEqualTo("2026-02-24");
    }

    @Test
    void daysPeriodEndingOnAnOrdinarySaturdayEndsOnMonday() {
        assertThat(calendar.plusDays(parse("2025-03-10"), 5)).isEqualTo("2025-03-17");
    }

    @Test
    void daysPeriodEndingOnAnAdjustedWorkingSundayEndsThatSunday() {
        assertThat(calendar.plusDays(parse("2025-09-25"), 3)).isEqualTo("2025-09-28");
    }

    @Test
    void daysPeriodEndingOnAWorkingDayIsNotMoved() {
        assertThat(calendar.plusDays(parse("2026-01-15"), 20)).isEqualTo("2026-02-04");
    }

    @Test
    void periodEndsAtMidnightAfterItsLastDayInShanghai() {
        Instant deadline = calendar.deadline(LegalPeriod.workingDays(parse("2025-09-09"), 7), SHANGHAI);

        assertThat(deadline).isEqualTo(Instant.parse("2025-09-18T16:00:00Z"));
    }

    @Test
    void legalPeriodOfDaysEndsAtMidnightAfterTheWorkingDayItMovedTo() {
        Instant deadline = calendar.deadline(LegalPeriod.days(parse("2025-09-22"), 10), SHANGHAI);

        assertThat(deadline).isEqualTo(Instant.parse("2025-10-09T16:00:00Z"));
    }

    @Test
    void lastDayOfALegalPeriodFollowsItsUnit() {
        assertThat(calendar.lastDay(LegalPeriod.workingDays(parse("2025-09-25"), 2))).isEqualTo("2025-09-28");
        assertThat(calendar.lastDay(LegalPeriod.days(parse("2025-09-25"), 2))).isEqualTo("2025-09-28");
    }

    @Test
    void adjustedWorkingSaturdayEleventhOctober2025IsAWorkingDay() {
        assertThat(calendar.isWorkingDay(parse("2025-10-11"))).isTrue();
    }

    @Test
    void ordinarySaturdayIsNotAWorkingDay() {
        assertThat(calendar.isWorkingDay(parse("2025-03-15"))).isFalse();
    }

    @Test
    void legalPeriodOfNoDaysIsAProgrammingError() {
        assertThatIllegalArgumentException().isThrownBy(() -> LegalPeriod.workingDays(parse("2025-03-03"), 0));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.plusDays(parse("2025-03-03"), -1));
    }

    @Test
    void specialDayOutsideTheLoadedYearsIsRejected() {
        SpecialDay stray = new SpecialDay(parse("2027-01-01"), DayKind.OFF, "元旦 New Year");

        assertThatIllegalArgumentException().isThrownBy(() -> new WorkingDayCalendar(Set.of(2026), List.of(stray)));
    }

    @Test
    void calendarKnowsWhichYearsAreLoaded() {
        assertThat(calendar.years()).containsExactly(2024, 2025, 2026);
        assertThat(calendar.isLoaded(2027)).isFalse();
    }
}
