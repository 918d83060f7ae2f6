package org.cogov.shared.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.cogov.shared.Domain;
import org.cogov.shared.RuleViolation;

/**
 * Which days are working days, and where legal periods end (RULES.md "Time"). Built from the
 * calendar years an administrator has loaded: Saturdays and Sundays are off unless a year lists
 * them as worked, other days are working days unless a year lists them as off.
 * <p>
 * A year that is not loaded is not guessed at: a weekend-only guess would put a deadline inside the
 * Spring Festival. Any question that reaches such a year is refused, so the caller learns that the
 * calendar must be loaded before the deadline can be set.
 * <p>
 * Immutable, and free of Spring and JDBC, so that domain code can take it as an argument.
 */
@Domain
public final class WorkingDayCalendar {

    private static final WorkingDayCalendar EMPTY = new WorkingDayCalendar(Collections.emptySet(), Collections.emptySet());

    private final SortedSet<Integer> years;
    private final Map<LocalDate, DayKind> specialDays;

    /**
     * @param years       the loaded years; a year with no special day at all is still loaded
     * @param specialDays the listed days of those years
     * @throws IllegalArgumentException if a day lies outside the loaded years or is listed twice
     */
    public WorkingDayCalendar(Collection<Integer> years, Collection<SpecialDay> specialDays) {
        this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
        Map<LocalDate, DayKind> days = new HashMap<>();
        for (SpecialDay day : specialDays) {
            if (!this.years.contains(day.date().getYear())) {
                throw new IllegalArgumentException(day.date() + " lies in a year that is not loaded");
            }
            if (days.put(day.date(), day.kind()) != null) {
                throw new IllegalArgumentException(day.date() + " is listed twice");
            }
        }
        this.specialDays = Map.copyOf(days);
    }

    /** A calendar with no year loaded: it refuses every question, as it should before any load. */
    public static WorkingDayCalendar empty() {
        return EMPTY;
    }

    public SortedSet<Integer> years() {
        return years;
    }

    public boolean isLoaded(int year) {
        return years.contains(year);
    }

    /** @throws RuleViolation {@code calendar.year-not-loaded} if the day's year is not loaded */
    public boolean isWorkingDay(LocalDate day) {
        requireLoaded(day.getYear());
        DayKind listed = specialDays.get(day);
        if (listed != null) {
            return listed == DayKind.WORK;
        }
        return !isWeekend(day);
    }

    /**
     * The n-th working day after the event: the event's own day is never counted, whatever it is.
     *
     * @throws RuleViolation {@code calendar.year-not-loaded} if the event or any counted day lies in
     *                       a year that is not loaded
     */
    public LocalDate plusWorkingDays(LocalDate event, int n) {
        requirePositive(n);
        requireLoaded(event.getYear());
        LocalDate day = event;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The last day of a period of n calendar days after the event: the event plus n days, or the
     * next working day if that one is not.
     *
     * @throws RuleViolation {@code calendar.year-not-loaded} if the period starts in, passes through
     *                       or ends in a year that is not loaded
     */
    public LocalDate plusDays(LocalDate event, int n) {
        requirePositive(n);
        LocalDate last = event.plusDays(n);
        // Every year the period passes through must be loaded, not only the one it ends in: a gap
        // in the loaded years means no one has checked that stretch of the calendar.
        for (int year = event.getYear(); year <= last.getYear(); year++) {
            requireLoaded(year);
        }
        while (!isWorkingDay(last)) {
            last = last.plusDays(1);
        }
        return last;
    }

    public LocalDate lastDay(LegalPeriod period) {
        return switch (period.unit()) {
            case WORKING_DAYS -> plusWorkingDays(period.event(), period.count());
            case DAYS -> plusDays(period.event(), period.count());
        };
    }

    /** The instant the period ends: 24:00 of its last day in the zone. An act at or after it is late. */
    public Instant deadline(LegalPeriod period, ZoneId zone) {
        return endOf(lastDay(period), zone);
    }

    /** 24:00 of the day in the zone, that is the first instant of the next day. */
    public static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private void requireLoaded(int year) {
        if (!years.contains(year)) {
            throw RuleViolation.refused("calendar.year-not-loaded", null, year);
        }
    }

    private static void requirePositive(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a legal period lasts at least one day, not " + n);
        }
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar" + years + " with " + specialDays.size() + " special days";
    }
}
