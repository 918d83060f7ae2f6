package org.cogov.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The working-day calendar for every module: legal periods and their deadlines (RULES.md "Time"),
 * from the calendar years loaded in the database.
 * <p>
 * The calendar is cached and rebuilt when the loaded years change. Whether they changed is asked
 * of the database on each use, not learnt from an event, because another node may have loaded or
 * replaced a year: a stale replaced year would give a wrong deadline, not a refusal.
 * <p>
 * Every period method refuses a period that starts in or reaches a year that is not loaded, with a
 * {@link org.cogov.shared.RuleViolation} {@code calendar.year-not-loaded} naming the year.
 */
@Service
public class WorkingDays {

    private record Cached(CalendarYears.Fingerprint fingerprint, WorkingDayCalendar calendar) {
    }

    private final CalendarYears years;
    private final ZoneId zone;
    private final AtomicReference<@Nullable Cached> cached = new AtomicReference<>();

    WorkingDays(CalendarYears years, @Value("${cogov.zone:Asia/Shanghai}") ZoneId zone) {
        this.years = years;
        this.zone = zone;
    }

    /** The calendar as loaded now, to hand to domain code that computes several periods at once. */
    public WorkingDayCalendar calendar() {
        CalendarYears.Fingerprint fingerprint = years.fingerprint();
        Cached current = cached.get();
        if (current != null && current.fingerprint().equals(fingerprint)) {
            return current.calendar();
        }
        // Days before years: a year row is never removed and its days commit with it, so the years
        // read second cover every day read first, even if a load commits in between. The
        // fingerprint is read before both, so a cached calendar is never older than its label.
        List<SpecialDay> days = years.allDays();
        WorkingDayCalendar calendar = new WorkingDayCalendar(years.yearNumbers(), days);
        cached.set(new Cached(fingerprint, calendar));
        return calendar;
    }

    /** The zone in which a period's last day ends at 24:00. */
    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        return calendar().isWorkingDay(day);
    }

    /** The n-th working day after the event. */
    public LocalDate plusWorkingDays(LocalDate event, int n) {
        return calendar().plusWorkingDays(event, n);
    }

    /** The event plus n calendar days, moved to the next working day if it is not one. */
    public LocalDate plusDays(LocalDate event, int n) {
        return calendar().plusDays(event, n);
    }

    public LocalDate lastDay(LegalPeriod period) {
        return calendar().lastDay(period);
    }

    /** 24:00 of the period's last day in the configured zone. */
    public Instant deadline(LegalPeriod period) {
        return calendar().deadline(period, zone);
    }

    /** An act at or after the deadline is late: on time means strictly before it. */
    public boolean isLate(Instant act, LegalPeriod period) {
        return !act.isBefore(deadline(period));
    }
}
