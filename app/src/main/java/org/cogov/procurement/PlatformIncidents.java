package org.cogov.procurement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.cogov.shared.Sha256;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Platform incidents (电子交易平台故障), declared by the finance bureau once they are over, and the deadlines
 * they extend (顺延). In the transaction of the declaration, every procedure still tendering, or closed by
 * the scheduler and not yet opened, whose deadline fell inside the incident's window gets the deadline
 * {@link IncidentExtension} computes, its opening window moved by as much; a closed one tenders again and
 * its close goes back on the agenda at the new deadline. Each gets a numbered notice in both languages
 * and a {@link DeadlineExtended}, from which the notification module tells everyone who obtained the
 * documents and the procedure's staff. Opened, evaluated, ended or suspended procedures are left alone.
 *
 * <p>The finance bureau sees beforehand, computed by the same rule, which deadlines a declaration would
 * extend ({@link #preview}). Incidents and their extensions are public facts: anyone reads them.
 */
@Service
public class PlatformIncidents {

    /** A deadline the incident extends, or would: the procedure as it was, and its timetable after. */
    public record Extension(Procedure procedure, Instant deadlineBefore, Instant deadline, Timetable after) {

        public boolean reopens() {
            return procedure.state() == Procedure.State.CLOSED;
        }
    }

    /** What declaring the incident would do now: the deadlines it would extend, earliest first. */
    public record Preview(Instant start, Instant end, String reason, List<Extension> extensions) {
    }

    /** A deadline an incident extended, as recorded with its notice. */
    public record Extended(IncidentId incident, String incidentReference, ProcedureId procedure, String reference, String title,
            Procedure.State from, Instant deadlineBefore, Instant deadline, String noticeNumber) {
    }

    /** A declared incident with the deadlines it extended. */
    public record Declared(PlatformIncident incident, List<Extended> extended) {
    }

    /** A declared incident in the list, with how many deadlines it extended. */
    public record Listed(PlatformIncident incident, int extended) {
    }

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Locale ENGLISH = Locale.ENGLISH;
    /** A procedure changed by someone else while it is extended is read again, so many times at most. */
    private static final int ATTEMPTS = 3;

    private final Incidents incidents;
    private final Procedures procedures;
    private final Notices notices;
    private final Closing closing;
    private final Registry registry;
    private final WorkingDays workingDays;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int workingDaysAfter;
    private final int longestWindowDays;
    private final int declaredWithinDays;

    PlatformIncidents(Incidents incidents, Procedures procedures, Notices notices, Closing closing, Registry registry,
            WorkingDays workingDays, MessageSource messages, ApplicationEventPublisher events, Clock clock,
            @Value("${cogov.procurement.incident.working-days-after:1}") int workingDaysAfter,
            @Value("${cogov.procurement.incident.longest-window-days:7}") int longestWindowDays,
            @Value("${cogov.procurement.incident.declared-within-days:30}") int declaredWithinDays) {
        this.incidents = incidents;
        this.procedures = procedures;
        this.notices = notices;
        this.closing = closing;
        this.registry = registry;
        this.workingDays = workingDays;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.workingDaysAfter = workingDaysAfter;
        this.longestWindowDays = longestWindowDays;
        this.declaredWithinDays = declaredWithinDays;
        if (workingDaysAfter < 1 || longestWindowDays < 1 || declaredWithinDays < 1) {
            // Refused at start, not at the first declaration.
            throw new IllegalArgumentException("cogov.procurement.incident.* are counts of at least one day");
        }
    }

    /**
     * What declaring the incident would extend, were it declared now, refused for the same reasons as the
     * declaration itself.
     */
    @Transactional(readOnly = true)
    public Preview preview(Actor actor, @Nullable Instant start, @Nullable Instant end, @Nullable String reason) {
        actor.require("procurement:incident:declare", "procurement.incident.declare", "incident", null);
        Instant now = clock.instant();
        IncidentExtension rule = rule();
        String why = checked(rule, start, end, reason, now);
        Instant from = Objects.requireNonNull(start);
        Instant until = Objects.requireNonNull(end);
        return new Preview(from, until, why,
                procedures.deadlineWithin(from, until).stream().map(p -> extension(rule, p, from, until, now)).toList());
    }

    /**
     * Declares the incident over {@code [start, end)} and extends, in the same transaction, every deadline that
     * fell inside it.
     *
     * @throws RuleViolations every reason the window or the reason is refused, each with its field
     * @throws RuleViolation  a conflict when the window overlaps an incident declared already
     */
    @Transactional
    public Declared declare(Actor actor, @Nullable Instant start, @Nullable Instant end, @Nullable String reason) {
        actor.require("procurement:incident:declare", "procurement.incident.declare", "incident", null);
        Instant now = clock.instant();
        IncidentExtension rule = rule();
        String why = checked(rule, start, end, reason, now);
        PlatformIncident incident = new PlatformIncident(new IncidentId(UUID.randomUUID()),
                incidents.nextReference(now.atZone(workingDays.zone()).getYear()), Objects.requireNonNull(start),
                Objects.requireNonNull(end), why, actor.userId(), new OrganizationId(actor.organizationId()), now);
        incidents.add(incident);
        List<Extended> extended = new ArrayList<>();
        for (Procedure candidate : procedures.deadlineWithin(incident.start(), incident.end())) {
            extend(actor, incident, rule, candidate.id(), now).ifPresent(extended::add);
        }
        events.publishEvent(new IncidentDeclared(actor.userId(), actor.organizationId(), incident.id().value(),
                incident.reference(), incident.start(), incident.end(), incident.reason(), extended.size()));
        return new Declared(incident, extended);
    }

    /** Every declared incident, the latest first: a public fact. */
    @Transactional(readOnly = true)
    public List<Listed> declared() {
        Map<IncidentId, Integer> counts = incidents.counts();
        return incidents.all().stream().map(i -> new Listed(i, counts.getOrDefault(i.id(), 0))).toList();
    }

    /** One declared incident with the deadlines it extended: a public fact. */
    @Transactional(readOnly = true)
    public Declared incident(IncidentId id) {
        PlatformIncident incident = incidents.find(id)
                .orElseThrow(() -> RuleViolation.notFound("procurement.incident.unknown", id.value()));
        return new Declared(incident, incidents.extensions(id));
    }

    /** The extensions of a published procedure's deadline after platform incidents, in order. */
    @Transactional(readOnly = true)
    public List<Extended> extensionsOf(ProcedureId procedure) {
        return incidents.extensionsOf(procedure);
    }

    /** The settings of the rule: so many working days after the incident, windows of at most so many days. */
    public IncidentExtension rule() {
        return new IncidentExtension(workingDays.calendar(), workingDays.zone(), workingDaysAfter, longestWindowDays,
                declaredWithinDays);
    }

    /** Every reason at once, then whether it overlaps a declared incident; the reason, stripped. */
    private String checked(IncidentExtension rule, @Nullable Instant start, @Nullable Instant end, @Nullable String reason,
            Instant now) {
        List<RuleViolation> violations = new ArrayList<>();
        if (start == null) {
            violations.add(RuleViolation.refused("procurement.incident.start-needed", "start"));
        }
        if (end == null) {
            violations.add(RuleViolation.refused("procurement.incident.end-needed", "end"));
        }
        if (start != null && end != null) {
            violations.addAll(rule.violations(start, end, now));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            violations.add(RuleViolation.refused("procurement.incident.reason-needed", "reason"));
        } else if (why.length() > PlatformIncident.REASON_MAX) {
            violations.add(RuleViolation.refused("procurement.incident.reason-too-long", "reason", PlatformIncident.REASON_MAX));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolations(violations);
        }
        Optional<PlatformIncident> other = incidents.overlapping(Objects.requireNonNull(start), Objects.requireNonNull(end));
        if (other.isPresent()) {
            throw RuleViolation.conflict("procurement.incident.overlaps", other.get().reference(),
                    NoticeWriter.minute(other.get().start(), workingDays.zone()),
                    NoticeWriter.minute(other.get().end(), workingDays.zone()));
        }
        return why;
    }

    private static Extension extension(IncidentExtension rule, Procedure p, Instant start, Instant end, Instant now) {
        Instant before = Objects.requireNonNull(p.timetable().deadline());
        Instant after = rule.deadline(before, start, end, now);
        return new Extension(p, before, after, p.timetable().shifted(Duration.between(before, after)));
    }

    /**
     * Extends one procedure's deadline: a compare-and-set on its version, its state and the deadline it was
     * computed from. When the scheduler closed it meanwhile, it is read again and extended from there; when
     * something else moved it out of the window or of the states an incident extends, it is left alone.
     */
    private Optional<Extended> extend(Actor actor, PlatformIncident incident, IncidentExtension rule, ProcedureId id,
            Instant now) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Procedure p = procedures.find(id).orElseThrow();
            Instant before = p.timetable().deadline();
            boolean extendable = p.state() == Procedure.State.TENDERING || p.state() == Procedure.State.CLOSED;
            if (!extendable || before == null || !incident.covers(before)) {
                return Optional.empty();
            }
            Extension extension = extension(rule, p, incident.start(), incident.end(), now);
            if (procedures.extend(id, p.version(), p.state(), before, extension.after())) {
                return Optional.of(extended(actor, incident, rule, extension, now));
            }
        }
        throw RuleViolation.conflict("procurement.procedure.changed-meanwhile",
                procedures.find(id).map(Procedure::reference).orElse(id.value().toString()));
    }

    /** What follows an extension: the close at the new deadline, the notice, the record and the event. */
    private Extended extended(Actor actor, PlatformIncident incident, IncidentExtension rule, Extension extension, Instant now) {
        Procedure p = extension.procedure();
        closing.schedule(p.id(), extension.deadline());
        Notice notice = publish(incident, rule, extension, now);
        incidents.addExtension(incident.id(), p.id(), p.state(), extension.deadlineBefore(), extension.deadline(), notice.id());
        events.publishEvent(new DeadlineExtended(actor.userId(), actor.organizationId(), incident.id().value(),
                incident.reference(), p.id().value(), p.reference(), notice.number(), notice.sha256(), p.state(),
                extension.deadlineBefore(), extension.deadline()));
        return new Extended(incident.id(), incident.reference(), p.id(), p.reference(), p.title(), p.state(),
                extension.deadlineBefore(), extension.deadline(), notice.number());
    }

    /** The extension notice, numbered after the procedure's notices so far, in both languages from the same facts. */
    private Notice publish(PlatformIncident incident, IncidentExtension rule, Extension extension, Instant now) {
        Procedure p = extension.procedure();
        LocalDate today = now.atZone(workingDays.zone()).toLocalDate();
        String number = p.reference() + "-" + String.format("%02d", notices.count(p.id()) + 1);
        IncidentNoticeFacts facts = new IncidentNoticeFacts(number, today, p.reference(), p.title(), names(p.purchaser()),
                p.agency() == null ? null : names(p.agency()), incident.reference(), incident.start(), incident.end(),
                incident.reason(), extension.deadlineBefore(), extension.deadline(), p.timetable().openingFrom(),
                p.timetable().openingUntil(), extension.after().openingFrom(), extension.after().openingUntil(),
                extension.reopens(), rule.workingDays(), workingDays.zone());
        String zh = IncidentNoticeText.render(facts, CHINESE, (key, arguments) -> messages.getMessage(key, arguments, CHINESE));
        String en = IncidentNoticeText.render(facts, ENGLISH, (key, arguments) -> messages.getMessage(key, arguments, ENGLISH));
        Notice notice = new Notice(new NoticeId(UUID.randomUUID()), p.id(), number, Notice.Kind.DEADLINE_EXTENSION, now, zh, en,
                Sha256.hex(zh + "\n" + en));
        notices.add(notice);
        return notice;
    }

    private NoticeFacts.Names names(OrganizationId id) {
        Organization organization = registry.organization(id).orElseThrow();
        return new NoticeFacts.Names(organization.nameZh(), organization.nameEn());
    }
}
