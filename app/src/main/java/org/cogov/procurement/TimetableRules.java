package org.cogov.procurement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cogov.shared.Bilingual;
import org.cogov.shared.Domain;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.LegalPeriod;
import org.cogov.shared.time.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;

/**
 * The minimum periods of RULES.md "Procurement methods", read from the rule table and counted on the
 * working-day calendar (RULES.md "Time": a period starts the day after its event, and a last day that
 * is not a working day moves to the next one). A date that comes too early is refused naming the rule,
 * its legal basis and the earliest date that keeps it. Dates still open are not refused here: the
 * readiness for publication names them.
 */
@Domain
public final class TimetableRules {

    private final Rulebook rules;
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;

    public TimetableRules(Rulebook rules, WorkingDayCalendar calendar, ZoneId zone) {
        this.rules = rules;
        this.calendar = calendar;
        this.zone = zone;
    }

    public List<RuleViolation> violations(Method method, Timetable dates) {
        List<RuleViolation> violations = new ArrayList<>();
        atLeast(method, ProcurementRule.Name.NOTICE_PERIOD, dates.noticeOn(), dates.documentsUntil(), "documentsUntil")
                .ifPresent(violations::add);
        atLeast(method, ProcurementRule.Name.DOCUMENTS_AVAILABLE, dates.noticeOn(), dates.documentsUntil(), "documentsUntil").ifPresent(violations::add);
        atLeast(method, ProcurementRule.Name.DOCUMENTS_TO_DEADLINE, dates.noticeOn(), day(dates.deadline()), "deadline")
                .ifPresent(violations::add);
        atLeast(method, ProcurementRule.Name.PREQUALIFICATION_PERIOD, dates.prequalificationOn(),
                dates.prequalificationUntil(), "prequalificationUntil").ifPresent(violations::add);
        atLeast(method, ProcurementRule.Name.PUBLICITY_PERIOD, dates.publicityFrom(), dates.publicityUntil(),
                "publicityUntil").ifPresent(violations::add);
        LocalDate deadlineDay = day(dates.deadline());
        if (dates.documentsUntil() != null && deadlineDay != null && dates.documentsUntil().isAfter(deadlineDay)) {
            violations.add(RuleViolation.refused("procurement.date.documents-after-deadline", "documentsUntil",
                    deadlineDay.toString()));
        }
        if (dates.documentsUntil() != null && dates.noticeOn() != null && dates.documentsUntil().isBefore(dates.noticeOn())) {
            violations.add(RuleViolation.refused("procurement.date.before-notice", "documentsUntil", dates.noticeOn().toString()));
        }
        if (method == Method.INVITATIONAL_TENDER && dates.prequalificationUntil() != null && dates.noticeOn() != null
                && !dates.noticeOn().isAfter(dates.prequalificationUntil())) {
            violations.add(RuleViolation.refused("procurement.date.invitation-before-prequalification-ends", "noticeOn",
                    dates.prequalificationUntil().plusDays(1).toString()));
        }
        if (dates.openingFrom() != null && dates.deadline() != null && dates.openingFrom().isBefore(dates.deadline())) {
            violations.add(RuleViolation.refused("procurement.date.opening-before-deadline", "openingFrom",
                    shown(dates.deadline())));
        }
        if (dates.openingFrom() != null && dates.openingUntil() != null && !dates.openingUntil().isAfter(dates.openingFrom())) {
            violations.add(RuleViolation.refused("procurement.date.opening-window-empty", "openingUntil",
                    shown(dates.openingFrom())));
        }
        return violations;
    }

    /** The earliest day {@code later} may be: the last day of the rule's period from {@code event}. */
    public Optional<LocalDate> earliest(Method method, ProcurementRule.Name name, LocalDate event) {
        return rules.rule(name, method, event).filter(rule -> rule.method() == method)
                .map(rule -> calendar.lastDay(period(rule, event)));
    }

    /**
     * The deadline that a clarification or amendment affecting the bids leaves when published on
     * {@code day}: unchanged when it comes at least the method's lead before it, else moved, at the
     * same time of day, to the earliest day that keeps the lead (RULES.md: "else the deadline moves").
     * A method without the rule keeps its deadline.
     */
    public Instant deadlineAfterClarification(Method method, LocalDate day, Instant deadline) {
        Optional<LocalDate> earliest = earliest(method, ProcurementRule.Name.CLARIFICATION_LEAD, day);
        if (earliest.isEmpty() || !deadline.atZone(zone).toLocalDate().isBefore(earliest.get())) {
            return deadline;
        }
        return earliest.get().atTime(deadline.atZone(zone).toLocalTime()).atZone(zone).toInstant();
    }

    private Optional<RuleViolation> atLeast(Method method, ProcurementRule.Name name, @Nullable LocalDate event,
            @Nullable LocalDate later, String field) {
        if (event == null || later == null) {
            return Optional.empty();
        }
        // The rule in force on the day of the event; only a rule written for this method binds it.
        Optional<ProcurementRule> rule = rules.rule(name, method, event).filter(r -> r.method() == method);
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        LocalDate earliest = calendar.lastDay(period(rule.get(), event));
        if (!later.isBefore(earliest)) {
            return Optional.empty();
        }
        return Optional.of(RuleViolation.refused(key(name), field,
                earliest.toString(), rule.get().count(), unit(rule.get()), event.toString(), rule.get().legalBasis()));
    }

    private static String key(ProcurementRule.Name name) {
        return switch (name) {
            case NOTICE_PERIOD -> "procurement.date.notice-period";
            case DOCUMENTS_AVAILABLE -> "procurement.date.documents-available";
            case DOCUMENTS_TO_DEADLINE -> "procurement.date.documents-to-deadline";
            case PREQUALIFICATION_PERIOD -> "procurement.date.prequalification-period";
            case PUBLICITY_PERIOD -> "procurement.date.publicity-period";
            default -> throw new IllegalArgumentException(name + " is not a period between two dates");
        };
    }

    static Bilingual unit(ProcurementRule rule) {
        return rule.unit() == ProcurementRule.Unit.WORKING_DAYS ? new Bilingual("个工作日", "working days")
                : new Bilingual("日", "days");
    }

    private static LegalPeriod period(ProcurementRule rule, LocalDate event) {
        return rule.unit() == ProcurementRule.Unit.WORKING_DAYS ? LegalPeriod.workingDays(event, rule.count())
                : LegalPeriod.days(event, rule.count());
    }

    private @Nullable LocalDate day(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }

    private String shown(Instant instant) {
        return instant.atZone(zone).toLocalDateTime().toString().replace('T', ' ');
    }
}
