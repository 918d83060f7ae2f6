package org.cogov.procurement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.cogov.shared.Domain;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.WorkingDayCalendar;

/**
 * The extension (顺延) of a deadline that fell inside a platform incident (电子交易平台故障): while the
 * platform was down or broken, a bidder whose deadline fell inside the outage could not submit, so the
 * deadline moves past it. Plain rules on the working-day calendar, with the three settings they need.
 *
 * <ul>
 * <li>The incident's window is half-open: a deadline at its start was inside the outage, one at its end
 * was not (the platform worked again at that instant).</li>
 * <li>An incident is declared once it is over, within so many days of its end, for a window of at most so
 * many days ({@link #violations}).</li>
 * <li>The new deadline keeps the old one's time of day, on the N-th working day after the incident's end
 * day — or after the day of the declaration, when that is later, so that bidders who learn of the
 * extension only then still have N whole working days. It is therefore always later than the old
 * deadline, the end of the incident and the declaration; the opening window moves by the same amount.</li>
 * </ul>
 */
@Domain
public final class IncidentExtension {

    private final WorkingDayCalendar calendar;
    private final ZoneId zone;
    private final int workingDays;
    private final int longestWindowDays;
    private final int declaredWithinDays;

    /**
     * @param workingDays        how many working days after the incident (or its declaration) the new deadline comes
     * @param longestWindowDays  the longest window an incident may be declared for, in days
     * @param declaredWithinDays how many days after its end an incident may still be declared
     */
    public IncidentExtension(WorkingDayCalendar calendar, ZoneId zone, int workingDays, int longestWindowDays,
            int declaredWithinDays) {
        if (workingDays < 1 || longestWindowDays < 1 || declaredWithinDays < 1) {
            throw new IllegalArgumentException("the incident settings are counts of at least one day");
        }
        this.calendar = calendar;
        this.zone = zone;
        this.workingDays = workingDays;
        this.longestWindowDays = longestWindowDays;
        this.declaredWithinDays = declaredWithinDays;
    }

    public int workingDays() {
        return workingDays;
    }

    public int longestWindowDays() {
        return longestWindowDays;
    }

    public int declaredWithinDays() {
        return declaredWithinDays;
    }

    /** Whether the deadline fell inside the window {@code [start, end)}: at its start yes, at its end no. */
    public static boolean inside(Instant deadline, Instant start, Instant end) {
        return !deadline.isBefore(start) && deadline.isBefore(end);
    }

    /**
     * What is wrong with declaring an incident over {@code [start, end)} at {@code now}: every reason at once,
     * each naming its field. An empty list: it may be declared.
     */
    public List<RuleViolation> violations(Instant start, Instant end, Instant now) {
        List<RuleViolation> violations = new ArrayList<>();
        if (!start.isBefore(end)) {
            violations.add(RuleViolation.refused("procurement.incident.window-empty", "end", shown(start)));
        } else if (start.plus(Duration.ofDays(longestWindowDays)).isBefore(end)) {
            violations.add(RuleViolation.refused("procurement.incident.window-too-long", "start", longestWindowDays));
        }
        if (end.isAfter(now)) {
            violations.add(RuleViolation.refused("procurement.incident.not-over", "end", shown(now)));
        } else if (end.plus(Duration.ofDays(declaredWithinDays)).isBefore(now)) {
            violations.add(RuleViolation.refused("procurement.incident.too-late", "end", declaredWithinDays));
        }
        return violations;
    }

    /**
     * The deadline that replaces {@code deadline}, which fell inside the incident {@code [start, end)} declared
     * at {@code declaredAt}: its time of day on the N-th working day after the later of the incident's end day
     * and the declaration's day, and in any case later than the old deadline, the incident's end and the
     * declaration.
     *
     * @throws IllegalArgumentException when the deadline is not inside the window, or the incident not over when declared
     * @throws RuleViolation            {@code calendar.year-not-loaded} when the count reaches a year not loaded
     */
    public Instant deadline(Instant deadline, Instant start, Instant end, Instant declaredAt) {
        if (!inside(deadline, start, end)) {
            throw new IllegalArgumentException(deadline + " is not inside the incident " + start + " – " + end);
        }
        if (end.isAfter(declaredAt)) {
            throw new IllegalArgumentException("an incident is declared once it is over, not at " + declaredAt);
        }
        LocalDate endDay = end.atZone(zone).toLocalDate();
        LocalDate declaredDay = declaredAt.atZone(zone).toLocalDate();
        LocalDate from = declaredDay.isAfter(endDay) ? declaredDay : endDay;
        LocalTime time = deadline.atZone(zone).toLocalTime();
        Instant latest = declaredAt; // the end and the old deadline are not later, as checked above
        LocalDate day = calendar.plusWorkingDays(from, workingDays);
        Instant extended = day.atTime(time).atZone(zone).toInstant();
        while (!extended.isAfter(latest)) {
            // Only a zone whose clocks jump by more than a day could get here; the rule holds all the same.
            day = calendar.plusWorkingDays(day, 1);
            extended = day.atTime(time).atZone(zone).toInstant();
        }
        return extended;
    }

    private String shown(Instant instant) {
        return NoticeWriter.minute(instant, zone);
    }
}
