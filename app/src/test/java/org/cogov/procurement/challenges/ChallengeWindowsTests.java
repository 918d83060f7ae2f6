package org.cogov.procurement.challenges;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.cogov.procurement.Method;
import org.cogov.procurement.RuleTableFixture;
import org.cogov.shared.time.ShippedDays;
import org.cogov.shared.time.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/**
 * The windows of challenges and complaints on the shipped calendar, with the dates the issue gives: 2025 moves
 * Sunday 28 September and Saturday 11 October to working days around the National Day holiday.
 */
class ChallengeWindowsTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final WorkingDayCalendar CALENDAR = ShippedDays.CALENDAR;
    private static final ChallengeWindows.Periods PERIODS = ChallengeWindows.Periods.of(RuleTableFixture.rulebook(),
            Method.PUBLIC_TENDER, LocalDate.of(2025, 9, 8));

    @Test
    void thePeriodsComeFromTheRuleTable() {
        assertThat(PERIODS).isEqualTo(new ChallengeWindows.Periods(1, 7, 7, 15, 30, 30));
    }

    @Test
    void aResultPublishedOnMondayIsDisplayedUntilTuesdayAndChallengedUntilTheNextThursdayWeek() {
        LocalDate displayEnds = ChallengeWindows.displayEnds(CALENDAR, PERIODS, LocalDate.of(2025, 9, 8));
        ChallengeWindows.Window window = ChallengeWindows.challenge(CALENDAR, PERIODS, displayEnds, SHANGHAI);

        assertThat(displayEnds).isEqualTo(LocalDate.of(2025, 9, 9));
        assertThat(window.lastDay()).isEqualTo(LocalDate.of(2025, 9, 18));
        assertThat(window.isOpenAt(at(LocalDate.of(2025, 9, 18), LocalTime.of(23, 59, 59)))).isTrue();
        assertThat(window.isOpenAt(at(LocalDate.of(2025, 9, 19), LocalTime.of(9, 0)))).as("a challenge on the 19th is late")
                .isFalse();
    }

    @Test
    void aWindowClosesAtMidnightOfItsLastDayInTheZone() {
        ChallengeWindows.Window window = ChallengeWindows.challenge(CALENDAR, PERIODS, LocalDate.of(2025, 9, 9), SHANGHAI);

        assertThat(window.ends()).isEqualTo(Instant.parse("2025-09-18T16:00:00Z"));
        assertThat(window.isOpenAt(window.ends().minusNanos(1))).isTrue();
        assertThat(window.isOpenAt(window.ends())).isFalse();
    }

    @Test
    void aChallengeReceivedOnFridayIsAnsweredByTheTuesdayWeekAndComplainedOfAcrossTheNationalDayHoliday() {
        ChallengeWindows.Window reply = ChallengeWindows.reply(CALENDAR, PERIODS, LocalDate.of(2025, 9, 12), SHANGHAI);
        ChallengeWindows.Window complaint = ChallengeWindows.complaint(CALENDAR, PERIODS, reply.lastDay(), SHANGHAI);

        assertThat(reply.lastDay()).isEqualTo(LocalDate.of(2025, 9, 23));
        assertThat(complaint.lastDay()).as("28 September and 11 October are worked, 1 to 8 October are not")
                .isEqualTo(LocalDate.of(2025, 10, 20));
    }

    @Test
    void theDecisionIsDueThirtyWorkingDaysAfterTheComplaint() {
        ChallengeWindows.Window decision = ChallengeWindows.decision(CALENDAR, PERIODS, LocalDate.of(2025, 9, 24), SHANGHAI);

        // 24 Sep + 30 WD: 25, 26, 28, 29, 30 Sep; 9, 10, 11, 13–17, 20–24, 27–31 Oct; 3–7, 10, 11 Nov.
        assertThat(decision.lastDay()).isEqualTo(LocalDate.of(2025, 11, 11));
    }

    @Test
    void aChallengeToTheDocumentsCountsFromTheLaterOfTheirObtainingAndTheEndOfTheirAvailability() {
        LocalDate obtained = LocalDate.of(2025, 9, 1);
        LocalDate available = LocalDate.of(2025, 9, 5);

        assertThat(ChallengeWindows.documentsMoment(obtained, available)).isEqualTo(available);
        assertThat(ChallengeWindows.documentsMoment(LocalDate.of(2025, 9, 10), available)).isEqualTo(LocalDate.of(2025, 9, 10));
        assertThat(ChallengeWindows.documentsMoment(obtained, null)).isEqualTo(obtained);
    }

    @Test
    void aSuspensionLastsThirtyCalendarDaysToTheMinuteAcrossHolidays() {
        Instant suspendedAt = at(LocalDate.of(2025, 9, 20), LocalTime.of(10, 15));

        assertThat(ChallengeWindows.suspensionEnds(PERIODS, suspendedAt, SHANGHAI))
                .isEqualTo(at(LocalDate.of(2025, 10, 20), LocalTime.of(10, 15)))
                .isEqualTo(suspendedAt.plus(Duration.ofDays(30)));
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(SHANGHAI).toInstant();
    }
}
