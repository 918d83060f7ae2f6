package org.cogov.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.cogov.shared.time.ShippedDays;
import org.cogov.shared.time.WorkingDayCalendar;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the incident, the deadline inside it and the day it is declared, within the shipped calendar:
 * the new deadline keeps the time of day, falls on exactly the N-th working day after the later of the
 * incident's end and its declaration, and is later than the old deadline, the incident's end and the
 * declaration.
 */
class IncidentExtensionPropertyTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final WorkingDayCalendar CALENDAR = ShippedDays.CALENDAR;
    private static final Instant FIRST = LocalDate.of(2024, 1, 1).atStartOfDay(SHANGHAI).toInstant();

    @Property(tries = 2000)
    void theNewDeadlineKeepsItsTimeFallsOnTheNthWorkingDayAndComesAfterEverything(
            @ForAll @IntRange(min = 0, max = 1000 * 24 * 60) int startMinutes,
            @ForAll @IntRange(min = 1, max = 7 * 24 * 60) int lengthMinutes,
            @ForAll @IntRange(min = 0, max = 1_000_000) int deadlinePermille,
            @ForAll @IntRange(min = 0, max = 10 * 24 * 60) int declaredAfterMinutes,
            @ForAll @IntRange(min = 1, max = 5) int workingDays) {
        Instant start = FIRST.plus(Duration.ofMinutes(startMinutes));
        Instant end = start.plus(Duration.ofMinutes(lengthMinutes));
        Instant deadline = start.plusSeconds(lengthMinutes * 60L * deadlinePermille / 1_000_001);
        Instant declared = end.plus(Duration.ofMinutes(declaredAfterMinutes));
        IncidentExtension rule = new IncidentExtension(CALENDAR, SHANGHAI, workingDays, 7, 30);

        Instant extended = rule.deadline(deadline, start, end, declared);

        ZonedDateTime old = deadline.atZone(SHANGHAI);
        ZonedDateTime moved = extended.atZone(SHANGHAI);
        LocalDate endDay = end.atZone(SHANGHAI).toLocalDate();
        LocalDate declaredDay = declared.atZone(SHANGHAI).toLocalDate();
        LocalDate from = declaredDay.isAfter(endDay) ? declaredDay : endDay;
        assertThat(moved.toLocalTime()).isEqualTo(old.toLocalTime());
        assertThat(CALENDAR.isWorkingDay(moved.toLocalDate())).isTrue();
        assertThat(moved.toLocalDate()).isEqualTo(CALENDAR.plusWorkingDays(from, workingDays));
        assertThat(extended).isAfter(deadline).isAfter(end).isAfter(declared);
        assertThat(rule.violations(start, end, declared)).isEmpty();
    }

    @Property
    void aDeadlineIsInsideExactlyWhenItIsFromTheStartToBeforeTheEnd(@ForAll @IntRange(min = -100, max = 200) int at,
            @ForAll @IntRange(min = 1, max = 100) int length) {
        Instant start = FIRST.plusSeconds(1000);
        Instant deadline = start.plusSeconds(at);

        assertThat(IncidentExtension.inside(deadline, start, start.plusSeconds(length))).isEqualTo(at >= 0 && at < length);
    }
}
