package org.cogov.procurement.challenges;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cogov.procurement.Method;
import org.cogov.procurement.RuleTableFixture;
import org.cogov.shared.time.ShippedDays;
import org.cogov.shared.time.WorkingDayCalendar;

/** What holds for every date of the shipped calendar, whatever its holidays and swapped weekends. */
class ChallengeWindowsPropertyTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final WorkingDayCalendar CALENDAR = ShippedDays.CALENDAR;
    private static final ChallengeWindows.Periods PERIODS = ChallengeWindows.Periods.of(RuleTableFixture.rulebook(),
            Method.COMPETITIVE_CONSULTATION, LocalDate.of(2025, 1, 1));

    @Provide
    Arbitrary<LocalDate> days() {
        // Far enough from the end of 2026 that the longest chain of periods stays in the calendar.
        LocalDate first = LocalDate.of(2024, 1, 1);
        return Arbitraries.integers().between(0, 880).map(first::plusDays);
    }

    @Property
    void aChallengeWindowEndsOnTheSeventhWorkingDayAfterItsMoment(@ForAll("days") LocalDate moment) {
        ChallengeWindows.Window window = ChallengeWindows.challenge(CALENDAR, PERIODS, moment, SHANGHAI);

        assertThat(CALENDAR.isWorkingDay(window.lastDay())).isTrue();
        assertThat(workingDaysBetween(moment, window.lastDay())).isEqualTo(PERIODS.challenge());
        assertThat(window.ends()).isEqualTo(window.lastDay().plusDays(1).atStartOfDay(SHANGHAI).toInstant());
    }

    @Property
    void aResultChallengeNeverEndsBeforeAChallengeCountedFromThePublication(@ForAll("days") LocalDate published) {
        LocalDate displayEnds = ChallengeWindows.displayEnds(CALENDAR, PERIODS, published);

        assertThat(displayEnds).isAfter(published);
        assertThat(ChallengeWindows.challenge(CALENDAR, PERIODS, displayEnds, SHANGHAI).lastDay())
                .isAfter(ChallengeWindows.challenge(CALENDAR, PERIODS, published, SHANGHAI).lastDay());
    }

    @Property
    void theComplaintWindowFollowsTheReplyPeriodAndOutlastsIt(@ForAll("days") LocalDate received) {
        ChallengeWindows.Window reply = ChallengeWindows.reply(CALENDAR, PERIODS, received, SHANGHAI);
        ChallengeWindows.Window complaint = ChallengeWindows.complaint(CALENDAR, PERIODS, reply.lastDay(), SHANGHAI);

        assertThat(workingDaysBetween(received, reply.lastDay())).isEqualTo(PERIODS.reply());
        assertThat(workingDaysBetween(reply.lastDay(), complaint.lastDay())).isEqualTo(PERIODS.complaint());
        assertThat(complaint.ends()).isAfter(reply.ends());
    }

    @Property
    void theDocumentsMomentIsTheLaterOfItsTwoDays(@ForAll("days") LocalDate obtained, @ForAll("days") LocalDate available) {
        LocalDate moment = ChallengeWindows.documentsMoment(obtained, available);

        assertThat(moment).isAfterOrEqualTo(obtained).isAfterOrEqualTo(available).isIn(obtained, available);
    }

    @Property
    void aSuspensionNeverOutlastsItsLimit(@ForAll("days") LocalDate day, @ForAll("minutes") int minute) {
        Instant suspendedAt = day.atStartOfDay(SHANGHAI).toInstant().plus(Duration.ofMinutes(minute));

        assertThat(Duration.between(suspendedAt, ChallengeWindows.suspensionEnds(PERIODS, suspendedAt, SHANGHAI)))
                .isEqualTo(Duration.ofDays(PERIODS.suspensionDays()));
    }

    @Provide
    Arbitrary<Integer> minutes() {
        return Arbitraries.integers().between(0, 24 * 60 - 1);
    }

    /** Working days after {@code from} up to and including {@code to}. */
    private static int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (CALENDAR.isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
