package org.cogov.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.cogov.shared.RuleViolation;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;

/**
 * Laws of period arithmetic on the shipped calendar. Events lie early enough in the loaded years
 * that the longest period drawn still ends inside them, except where a law is about the end.
 */
class WorkingDayCalendarPropertyTests {

    private final WorkingDayCalendar calendar = ShippedDays.CALENDAR;

    @Property
    void nthWorkingDayAfterAnEventIsAWorkingDayStrictlyAfterIt(
            @ForAll @DateRange(min = "2024-01-01", max = "2026-06-30") LocalDate event,
            @ForAll @IntRange(min = 1, max = 60) int n) {
        LocalDate last = calendar.plusWorkingDays(event, n);

        assertThat(calendar.isWorkingDay(last)).isTrue();
        assertThat(last).isAfter(event);
    }

    @Property
    void periodOfNWorkingDaysHoldsExactlyNWorkingDays(
            @ForAll @DateRange(min = "2024-01-01", max = "2026-06-30") LocalDate event,
            @ForAll @IntRange(min = 1, max = 60) int n) {
        LocalDate last = calendar.plusWorkingDays(event, n);

        long counted = event.plusDays(1).datesUntil(last.plusDays(1)).filter(calendar::isWorkingDay).count();
        assertThat(counted).isEqualTo(n);
    }

    @Property
    void oneMoreWorkingDayEndsStrictlyLater(
            @ForAll @DateRange(min = "2024-01-01", max = "2026-06-30") LocalDate event,
            @ForAll @IntRange(min = 1, max = 60) int n) {
        assertThat(calendar.plusWorkingDays(event, n + 1)).isAfter(calendar.plusWorkingDays(event, n));
    }

    @Property
    void workingDayPeriodsAdd(
            @ForAll @DateRange(min = "2024-01-01", max = "2026-06-30") LocalDate event,
            @ForAll @IntRange(min = 1, max = 30) int a,
            @ForAll @IntRange(min = 1, max = 30) int b) {
        assertThat(calendar.plusWorkingDays(event, a + b))
                .isEqualTo(calendar.plusWorkingDays(calendar.plusWorkingDays(event, a), b));
    }

    @Property
    void periodOfDaysEndsOnTheFirstWorkingDayOnOrAfterEventPlusN(
            @ForAll @DateRange(min = "2024-01-01", max = "2026-06-30") LocalDate event,
            @ForAll @IntRange(min = 1, max = 90) int n) {
        LocalDate last = calendar.plusDays(event, n);

        assertThat(calendar.isWorkingDay(last)).isTrue();
        assertThat(last).isAfterOrEqualTo(event.plusDays(n));
        assertThat(event.plusDays(n).datesUntil(last)).noneMatch(calendar::isWorkingDay);
    }

    @Property
    void periodOfNDaysNeverEndsAfterAPeriodOfNWorkingDays(
            @ForAll @DateRange(min = "2024-01-01", max = "2026-06-30") LocalDate event,
            @ForAll @IntRange(min = 1, max = 60) int n) {
        assertThat(calendar.plusDays(event, n)).isBeforeOrEqualTo(calendar.plusWorkingDays(event, n));
    }

    @Property
    void deadlineIsMidnightAtTheEndOfTheLastDayInTheZone(
            @ForAll @DateRange(min = "2024-01-01", max = "2026-06-30") LocalDate event,
            @ForAll @IntRange(min = 1, max = 60) int n) {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        LegalPeriod period = LegalPeriod.workingDays(event, n);

        Instant deadline = calendar.deadline(period, shanghai);

        ZonedDateTime local = deadline.atZone(shanghai);
        assertThat(local.toLocalDate()).isEqualTo(calendar.lastDay(period).plusDays(1));
        assertThat(local.toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
    }

    @Property
    void periodFromTheLastLoadedYearEndsInsideItOrIsRefusedNamingTheNextYear(
            @ForAll @DateRange(min = "2026-10-01", max = "2026-12-31") LocalDate event,
            @ForAll @IntRange(min = 1, max = 120) int n) {
        try {
            assertThat(calendar.plusWorkingDays(event, n).getYear()).isEqualTo(2026);
        } catch (RuleViolation refusal) {
            assertThat(refusal.messageKey()).isEqualTo("calendar.year-not-loaded");
            assertThat(refusal.arguments()).containsExactly(2027);
        }
    }

    @Property
    void everyEventInAYearThatIsNotLoadedIsRefused(
            @ForAll @DateRange(min = "2027-01-01", max = "2030-12-31") LocalDate event,
            @ForAll @IntRange(min = 1, max = 60) int n) {
        assertThatThrownBy(() -> calendar.plusDays(event, n)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> calendar.plusWorkingDays(event, n)).isInstanceOf(RuleViolation.class);
    }
}
