package org.cogov.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.Sha256;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads calendar years, from the shipped file at startup or from an administrator's upload. */
@Service
class CalendarLoading {

    /** Years a procurement can meet; anything else in the path is a typo, not a calendar. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    /** What a load did, as the API answers it. */
    record LoadReport(int year, int offDays, int workDays, boolean replaced) {
    }

    /** A loaded year and its special days, as the API answers it. */
    record YearView(int year, Instant loadedAt, String source, List<SpecialDay> days) {
    }

    private final CalendarYears years;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarLoading(CalendarYears years, ApplicationEventPublisher events, Clock clock) {
        this.years = years;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Loads a year from an uploaded calendar file, all or nothing.
     *
     * @throws FileRejected listing every wrong line
     * @throws RuleViolation        {@code calendar.year-already-loaded} (409) unless {@code replace}
     */
    @PreAuthorize("hasAuthority('calendar:year:load')")
    @Transactional
    public LoadReport load(int year, String file, boolean replace) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw RuleViolation.refused("calendar.year-out-of-range", "year", year, FIRST_YEAR, LAST_YEAR);
        }
        // Checked before the file so that an administrator who forgot replace=true is told that,
        // not asked to fix lines of a file that would be refused anyway.
        if (!replace && years.find(year).isPresent()) {
            throw RuleViolation.conflict("calendar.year-already-loaded", year);
        }
        List<SpecialDay> days = CalendarFile.read(file, year);
        String source = "upload sha256:" + Sha256.hex(file);
        var actor = Actor.current();
        boolean replaced = store(year, days, source, replace);
        return announce(actor.map(Actor::userId).orElse(null), actor.map(Actor::organizationId).orElse(null),
                year, days, source, replaced);
    }

    /**
     * Loads a year of the shipped calendar unless it is loaded already, here or by another node.
     *
     * @return true if this call loaded it
     */
    @Transactional
    public boolean loadIfAbsent(int year, List<SpecialDay> days, String source) {
        if (!years.claim(year, clock.instant(), source)) {
            return false;
        }
        years.addDays(year, days);
        announce(null, null, year, days, source, false);
        return true;
    }

    @Transactional(readOnly = true)
    public List<CalendarYears.LoadedYear> loadedYears() {
        return years.all();
    }

    /** @throws RuleViolation {@code calendar.year-unknown} (404) if the year is not loaded */
    @Transactional(readOnly = true)
    public YearView year(int year) {
        var loaded = years.find(year).orElseThrow(() -> RuleViolation.notFound("calendar.year-unknown", year));
        return new YearView(loaded.year(), loaded.loadedAt(), loaded.source(), years.days(year));
    }

    /** @return true if an existing year was replaced */
    private boolean store(int year, List<SpecialDay> days, String source, boolean replace) {
        Instant now = clock.instant();
        if (years.claim(year, now, source)) {
            years.addDays(year, days);
            return false;
        }
        if (!replace) {
            // Another request loaded the year between the check and the claim.
            throw RuleViolation.conflict("calendar.year-already-loaded", year);
        }
        years.restamp(year, now, source);
        years.removeDays(year);
        years.addDays(year, days);
        return true;
    }

    private LoadReport announce(@Nullable UUID actorId, @Nullable UUID organizationId, int year, List<SpecialDay> days,
            String source, boolean replaced) {
        int off = (int) days.stream().filter(day -> day.kind() == DayKind.OFF).count();
        int work = days.size() - off;
        // Published inside the transaction: the audit entry commits or rolls back with the load.
        events.publishEvent(new CalendarYearLoaded(actorId, organizationId, year, replaced, off, work, source));
        return new LoadReport(year, off, work, replaced);
    }

}
