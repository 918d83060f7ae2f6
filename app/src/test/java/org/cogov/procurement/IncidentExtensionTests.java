package org.cogov.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.ShippedDays;
import org.junit.jupiter.api.Test;

/**
 * The extension of a deadline that fell inside a platform incident, on the shipped calendar: the same time
 * of day, one working day (the default) after the incident ended or was declared, over weekends, holidays
 * and adjusted working days; the window is half-open; and the windows that may be declared.
 */
class IncidentExtensionTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final IncidentExtension rule = new IncidentExtension(ShippedDays.CALENDAR, SHANGHAI, 1, 7, 30);

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDate.of(year, month, day).atTime(hour, minute).atZone(SHANGHAI).toInstant();
    }

    @Test
    void aDeadlineInsideAWednesdayOutageMovesToThursdayAtTheSameTime() {
        Instant start = at(2025, 3, 12, 10, 0);
        Instant end = at(2025, 3, 12, 14, 0);

        assertThat(rule.deadline(at(2025, 3, 12, 11, 30), start, end, at(2025, 3, 12, 14, 30)))
                .isEqualTo(at(2025, 3, 13, 11, 30));
    }

    @Test
    void aFridayOutageMovesTheDeadlineOverTheWeekendToMonday() {
        Instant start = at(2025, 3, 14, 9, 0);
        Instant end = at(2025, 3, 14, 12, 0);

        assertThat(rule.deadline(at(2025, 3, 14, 9, 30), start, end, at(2025, 3, 14, 12, 5))).isEqualTo(at(2025, 3, 17, 9, 30));
    }

    @Test
    void anOutageBeforeNationalDayMovesTheDeadlinePastTheHoliday() {
        // 1–8 Oct 2025 are off: the first working day after Tue 30 Sep is Thu 9 Oct.
        Instant start = at(2025, 9, 30, 8, 0);
        Instant end = at(2025, 9, 30, 18, 0);

        assertThat(rule.deadline(at(2025, 9, 30, 17, 0), start, end, at(2025, 9, 30, 18, 0))).isEqualTo(at(2025, 10, 9, 17, 0));
    }

    @Test
    void anAdjustedWorkingSaturdayCounts() {
        // Sat 11 Oct 2025 was a working day (调休).
        Instant start = at(2025, 10, 10, 9, 0);
        Instant end = at(2025, 10, 10, 11, 0);

        assertThat(rule.deadline(at(2025, 10, 10, 9, 30), start, end, at(2025, 10, 10, 11, 0))).isEqualTo(at(2025, 10, 11, 9, 30));
    }

    @Test
    void anIncidentDeclaredDaysLaterCountsFromTheDeclaration() {
        // Over on Friday noon, declared on Monday morning: the bidders learn of it on Monday and get Tuesday.
        Instant start = at(2025, 3, 14, 9, 0);
        Instant end = at(2025, 3, 14, 12, 0);

        assertThat(rule.deadline(at(2025, 3, 14, 9, 30), start, end, at(2025, 3, 17, 9, 0))).isEqualTo(at(2025, 3, 18, 9, 30));
    }

    @Test
    void aDeadlineLateInTheDayKeepsItsTime() {
        Instant start = at(2025, 3, 12, 23, 0);
        Instant end = at(2025, 3, 12, 23, 45);

        assertThat(rule.deadline(at(2025, 3, 12, 23, 30), start, end, at(2025, 3, 12, 23, 50))).isEqualTo(at(2025, 3, 13, 23, 30));
    }

    @Test
    void aSettingOfTwoWorkingDaysGivesTwo() {
        IncidentExtension two = new IncidentExtension(ShippedDays.CALENDAR, SHANGHAI, 2, 7, 30);

        assertThat(two.deadline(at(2025, 3, 12, 11, 30), at(2025, 3, 12, 10, 0), at(2025, 3, 12, 14, 0), at(2025, 3, 12, 15, 0)))
                .isEqualTo(at(2025, 3, 14, 11, 30));
    }

    @Test
    void theWindowIsHalfOpenItsStartInsideItsEndOutside() {
        Instant start = at(2025, 3, 12, 10, 0);
        Instant end = at(2025, 3, 12, 14, 0);

        assertThat(IncidentExtension.inside(start, start, end)).isTrue();
        assertThat(IncidentExtension.inside(end.minusNanos(1), start, end)).isTrue();
        assertThat(IncidentExtension.inside(end, start, end)).isFalse();
        assertThat(IncidentExtension.inside(start.minusNanos(1), start, end)).isFalse();
        assertThat(rule.deadline(start, start, end, end)).isEqualTo(at(2025, 3, 13, 10, 0));
        assertThatThrownBy(() -> rule.deadline(end, start, end, end)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIncidentNotYetOverExtendsNothing() {
        Instant start = at(2025, 3, 12, 10, 0);
        Instant end = at(2025, 3, 12, 14, 0);

        assertThatThrownBy(() -> rule.deadline(at(2025, 3, 12, 11, 0), start, end, at(2025, 3, 12, 13, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCountThatReachesAYearNotLoadedIsRefused() {
        Instant start = at(2026, 12, 31, 9, 0);
        Instant end = at(2026, 12, 31, 11, 0);

        assertThatThrownBy(() -> rule.deadline(at(2026, 12, 31, 9, 30), start, end, end)).isInstanceOfSatisfying(
                RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("calendar.year-not-loaded"));
    }

    @Test
    void aWindowOfSevenDaysEndedNowMayBeDeclared() {
        Instant now = at(2025, 3, 20, 9, 0);

        assertThat(rule.violations(now.minus(Duration.ofDays(7)), now, now)).isEmpty();
    }

    @Test
    void anEmptyOrBackwardWindowIsRefusedOnItsEnd() {
        Instant now = at(2025, 3, 20, 9, 0);
        Instant start = at(2025, 3, 19, 9, 0);

        assertThat(rule.violations(start, start, now)).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("procurement.incident.window-empty");
            assertThat(v.field()).isEqualTo("end");
        });
        assertThat(rule.violations(start, start.minusSeconds(60), now)).extracting(RuleViolation::messageKey)
                .containsExactly("procurement.incident.window-empty");
    }

    @Test
    void aWindowLongerThanTheSettingIsRefusedOnItsStart() {
        Instant now = at(2025, 3, 20, 9, 0);

        assertThat(rule.violations(now.minus(Duration.ofDays(7)).minusSeconds(1), now, now)).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("procurement.incident.window-too-long");
            assertThat(v.field()).isEqualTo("start");
            assertThat(v.arguments()).containsExactly(7);
        });
    }

    @Test
    void anIncidentNotOverIsRefusedOnItsEnd() {
        Instant now = at(2025, 3, 20, 9, 0);

        assertThat(rule.violations(now.minusSeconds(3600), now.plusSeconds(1), now)).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("procurement.incident.not-over");
            assertThat(v.field()).isEqualTo("end");
        });
    }

    @Test
    void anIncidentOverLongerThanTheSettingAgoIsRefused() {
        Instant now = at(2025, 3, 20, 9, 0);
        Instant end = now.minus(Duration.ofDays(30)).minusSeconds(1);

        assertThat(rule.violations(end.minusSeconds(3600), end, now)).extracting(RuleViolation::messageKey)
                .containsExactly("procurement.incident.too-late");
        assertThat(rule.violations(end.minusSeconds(3600), end.plusSeconds(1), now)).isEmpty();
    }

    @Test
    void severalReasonsAreGivenAtOnce() {
        Instant now = at(2025, 3, 20, 9, 0);

        assertThat(rule.violations(now.minus(Duration.ofDays(9)), now.plus(Duration.ofHours(1)), now))
                .extracting(RuleViolation::messageKey)
                .containsExactlyInAnyOrder("procurement.incident.window-too-long", "procurement.incident.not-over");
    }

    @Test
    void settingsBelowOneDayAreRefused() {
        assertThatThrownBy(() -> new IncidentExtension(ShippedDays.CALENDAR, SHANGHAI, 0, 7, 30))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
