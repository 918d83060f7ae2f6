package org.cogov.procurement;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.registry.RegistrationStatus;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.document.Document;
import org.cogov.shared.document.DocumentId;
import org.cogov.shared.document.Documents;
import org.cogov.shared.time.WorkingDayCalendar;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections to a single-source publicity (RULES.md "Procurement methods": publicity ≥ 5 WD, an objection
 * suspends it). A signed-in user of a verified supplier organization objects, with its reasons and
 * perhaps a document, from the first day of the publicity until 24:00 of its last day (a last day that is
 * not a working day moves to the next one); the first objection suspends the procedure (TENDERING →
 * SUSPENDED). The finance bureau decides each one with its reasons and a published notice: dismissed, the
 * procedure resumes once no other objection waits; upheld, it fails, and its request may be procured
 * again only by another method than single source. The objector is never published.
 */
@Service
public class SingleSourceObjections {

    public static final int REASONS_MAX = 4000;
    public static final int DECISION_REASON_MAX = 2000;

    /**
     * The publicity period of a single-source procedure: objections are on time from {@code opens} and
     * strictly before {@code ends}, 24:00 of its last day in the configured zone.
     */
    public record Window(LocalDate from, LocalDate until, LocalDate lastDay, Instant opens, Instant ends, ZoneId zone) {

        public boolean isOpenAt(Instant at) {
            return !at.isBefore(opens) && at.isBefore(ends);
        }
    }

    /** An objection as the finance bureau, or its own organization, reads it. */
    public record Lodged(Objection objection, Procedure procedure, Organization organization, @Nullable Document document,
            @Nullable Notice notice) {
    }

    private final Procedures procedures;
    private final StoredEndings endings;
    private final StoredObjections objections;
    private final EndingNotices notices;
    private final Failures failures;
    private final Registry registry;
    private final Documents documents;
    private final Notices published;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SingleSourceObjections(Procedures procedures, StoredEndings endings, StoredObjections objections, EndingNotices notices,
            Failures failures, Registry registry, Documents documents, Notices published, WorkingDays workingDays,
            ApplicationEventPublisher events, Clock clock) {
        this.procedures = procedures;
        this.endings = endings;
        this.objections = objections;
        this.notices = notices;
        this.failures = failures;
        this.registry = registry;
        this.documents = documents;
        this.published = published;
        this.workingDays = workingDays;
        this.events = events;
        this.clock = clock;
    }

    /** Objects with a document uploaded with the objection; the document is the objector's organization's. */
    @Transactional
    public ObjectionId lodge(Actor actor, ProcedureId id, String reasons, InputStream file, String filename) {
        actor.require("procurement:objection:lodge", "procurement.objection.lodge", "procedure", id.value());
        Document document = documents.store(actor, file, filename, "objection");
        return lodge(actor, id, reasons, document.id());
    }

    /**
     * Objects to the single-source publicity of a published procedure, within its period.
     *
     * @param document a document the objector's organization uploaded, or none
     */
    @Transactional
    public ObjectionId lodge(Actor actor, ProcedureId id, String reasons, @Nullable DocumentId document) {
        actor.require("procurement:objection:lodge", "procurement.objection.lodge", "procedure", id.value());
        Procedure procedure = procedures.find(id).filter(p -> p.publishedAt() != null)
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        OrganizationId organization = new OrganizationId(actor.organizationId());
        if (registry.organization(organization).filter(o -> o.kind().maySupply()).isEmpty()
                || registry.status(organization) != RegistrationStatus.VERIFIED) {
            throw RuleViolation.refused("procurement.objection.not-a-supplier", null);
        }
        if (Cancellation.ended(procedure)) {
            throw RuleViolation.conflict("procurement.procedure.ended", procedure.reference());
        }
        Window window = window(procedure)
                .orElseThrow(() -> RuleViolation.refused("procurement.objection.no-publicity", null, procedure.reference()));
        if (organization.equals(procedure.singleSourceSupplier())) {
            throw RuleViolation.refused("procurement.objection.named-supplier", null);
        }
        Instant now = clock.instant();
        if (now.isBefore(window.opens())) {
            throw RuleViolation.refused("procurement.objection.before-publicity", null, window.from().toString());
        }
        if (!now.isBefore(window.ends())) {
            throw RuleViolation.refused("procurement.objection.late", null, window.lastDay().toString(), window.zone().getId());
        }
        String text = reasons.strip();
        if (text.isEmpty()) {
            throw RuleViolation.refused("procurement.objection.reasons-needed", "reasons");
        }
        if (text.length() > REASONS_MAX) {
            throw RuleViolation.refused("procurement.objection.reasons-too-long", "reasons", REASONS_MAX);
        }
        Document attached = document == null ? null : documents.document(actor, document);
        if (attached != null && !attached.organizationId().equals(actor.organizationId())) {
            throw RuleViolation.refused("procurement.objection.document-not-yours", "document");
        }
        List<Objection> earlier = objections.of(id);
        if (earlier.stream().anyMatch(o -> o.pending() && o.organization().equals(organization))) {
            throw RuleViolation.conflict("procurement.objection.pending-already", procedure.reference());
        }
        boolean suspends = procedure.state() == Procedure.State.TENDERING;
        boolean alreadySuspended = procedure.state() == Procedure.State.SUSPENDED && earlier.stream().anyMatch(Objection::pending)
                && endings.suspendedFrom(id).filter(s -> s == Procedure.State.TENDERING).isPresent();
        if (!suspends && !alreadySuspended) {
            throw RuleViolation.conflict("procurement.objection.not-open", procedure.reference());
        }
        // Either way a compare-and-set: a decision taken meanwhile on what it read fails, and so does this.
        boolean changed = suspends ? endings.suspend(id, procedure.version(), Procedure.State.TENDERING)
                : endings.touch(id, procedure.version(), Procedure.State.SUSPENDED);
        if (!changed) {
            throw RuleViolation.conflict("procurement.procedure.changed-meanwhile", procedure.reference());
        }
        Objection objection = new Objection(new ObjectionId(UUID.randomUUID()), id, organization, actor.userId(), now, text,
                document, Objection.Status.PENDING, null, null, null, 0);
        objections.add(objection);
        events.publishEvent(new ObjectionLodged(actor.userId(), actor.organizationId(), objection.id().value(), id.value(),
                procedure.reference(), suspends, attached == null ? null : attached.sha256()));
        return objection.id();
    }

    /**
     * The finance bureau's decision, with its reasons, published as a notice that does not name the
     * objector.
     *
     * @return the procedure's state after the decision
     */
    @Transactional
    public Procedure.State decide(Actor actor, ProcedureId procedureId, ObjectionId id, int version, boolean uphold,
            String reason) {
        actor.require("procurement:objection:review", uphold ? "procurement.objection.uphold" : "procurement.objection.dismiss",
                "objection", id.value());
        Objection objection = objections.find(id).filter(o -> o.procedure().equals(procedureId))
                .orElseThrow(() -> RuleViolation.notFound("procurement.objection.unknown", id.value()));
        Procedure procedure = procedures.find(objection.procedure()).orElseThrow();
        String why = reason.strip();
        if (why.isEmpty()) {
            throw RuleViolation.refused("procurement.objection.decision-reason-needed", "reason");
        }
        if (why.length() > DECISION_REASON_MAX) {
            throw RuleViolation.refused("procurement.objection.decision-reason-too-long", "reason", DECISION_REASON_MAX);
        }
        if (!objection.pending() || procedure.state() != Procedure.State.SUSPENDED) {
            throw RuleViolation.conflict("procurement.objection.decided-already", procedure.reference());
        }
        Instant now = clock.instant();
        Notice notice = notices.publish(procedure, new EndingNoticeFacts.ObjectionDecided(
                objection.lodgedAt().atZone(workingDays.zone()).toLocalDate(), uphold, why), now);
        if (!objections.decide(id, version, uphold ? Objection.Status.UPHELD : Objection.Status.DISMISSED, why, actor.userId(),
                now, notice.id())) {
            throw RuleViolation.conflict("procurement.procedure.changed-meanwhile", procedure.reference());
        }
        Procedure.State after;
        if (uphold) {
            failures.fail(procedure, Failures.OBJECTION_UPHELD, actor);
            after = Procedure.State.FAILED;
        } else if (objections.of(procedure.id()).stream().anyMatch(Objection::pending)) {
            if (!endings.touch(procedure.id(), procedure.version(), Procedure.State.SUSPENDED)) {
                throw RuleViolation.conflict("procurement.procedure.changed-meanwhile", procedure.reference());
            }
            after = Procedure.State.SUSPENDED;
        } else {
            after = endings.suspendedFrom(procedure.id()).orElse(Procedure.State.TENDERING);
            if (!endings.resume(procedure.id(), procedure.version())) {
                throw RuleViolation.conflict("procurement.procedure.changed-meanwhile", procedure.reference());
            }
        }
        events.publishEvent(new ObjectionDecided(actor.userId(), actor.organizationId(), id.value(), procedure.id().value(),
                procedure.reference(), uphold ? Objection.Status.UPHELD : Objection.Status.DISMISSED, why, notice.number(),
                notice.sha256(), after));
        return after;
    }

    /** Every objection waiting for the finance bureau, oldest first. */
    @Transactional(readOnly = true)
    public List<Lodged> pending(Actor actor) {
        actor.require("procurement:objection:review", "procurement.objection.list", "objection", null);
        Map<ProcedureId, Procedure> found = new java.util.HashMap<>();
        return objections.pending().stream()
                .map(o -> lodged(actor, o, found.computeIfAbsent(o.procedure(), p -> procedures.find(p).orElseThrow()))).toList();
    }

    /** One objection, for the finance bureau or the organization that lodged it; for another supplier it does not exist. */
    @Transactional(readOnly = true)
    public Lodged objection(Actor actor, ProcedureId procedureId, ObjectionId id) {
        boolean reviewer = actor.can("procurement:objection:review");
        if (!reviewer && !actor.can("procurement:objection:lodge")) {
            throw new Forbidden("procurement.objection.read", "objection", id.value());
        }
        Objection objection = objections.find(id).filter(o -> o.procedure().equals(procedureId))
                .filter(o -> reviewer || o.organization().value().equals(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("procurement.objection.unknown", id.value()));
        return lodged(actor, objection, procedures.find(objection.procedure()).orElseThrow());
    }

    /** What the objection form shows a supplier: the procedure, its publicity period, and its own objections to it. */
    public record Form(Procedure procedure, @Nullable Window window, boolean open, List<Objection> own) {
    }

    @Transactional(readOnly = true)
    public Form form(Actor actor, ProcedureId id) {
        actor.require("procurement:objection:lodge", "procurement.objection.form", "procedure", id.value());
        Procedure procedure = procedures.find(id).filter(p -> p.publishedAt() != null)
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        return new Form(procedure, window(procedure).orElse(null), open(id), own(actor, id));
    }

    /** The objections the caller's organization lodged against the procedure. */
    @Transactional(readOnly = true)
    public List<Objection> own(Actor actor, ProcedureId procedure) {
        if (!actor.can("procurement:objection:lodge")) {
            return List.of();
        }
        return objections.of(procedure).stream().filter(o -> o.organization().value().equals(actor.organizationId())).toList();
    }

    /** The publicity period in which objections are taken, for a published single-source procedure that has one. */
    @Transactional(readOnly = true)
    public Optional<Window> window(ProcedureId id) {
        return procedures.find(id).filter(p -> p.publishedAt() != null).flatMap(this::window);
    }

    /** Is an objection on time now, and would the procedure take it? */
    @Transactional(readOnly = true)
    public boolean open(ProcedureId id) {
        return procedures.find(id).filter(p -> p.publishedAt() != null).filter(this::takesObjections)
                .flatMap(this::window).filter(w -> w.isOpenAt(clock.instant())).isPresent();
    }

    private boolean takesObjections(Procedure procedure) {
        return procedure.state() == Procedure.State.TENDERING || procedure.state() == Procedure.State.SUSPENDED
                && endings.suspendedFrom(procedure.id()).filter(s -> s == Procedure.State.TENDERING).isPresent()
                && objections.of(procedure.id()).stream().anyMatch(Objection::pending);
    }

    Optional<Window> window(Procedure procedure) {
        LocalDate from = procedure.timetable().publicityFrom();
        LocalDate until = procedure.timetable().publicityUntil();
        if (procedure.method() != Method.SINGLE_SOURCE || from == null || until == null) {
            return Optional.empty();
        }
        ZoneId zone = workingDays.zone();
        LocalDate lastDay = until;
        // A period whose last day is not a working day ends on the next one (RULES.md "Time").
        while (workingDays.calendar().isLoaded(lastDay.getYear()) && !workingDays.isWorkingDay(lastDay)) {
            lastDay = lastDay.plusDays(1);
        }
        return Optional.of(new Window(from, until, lastDay, from.atStartOfDay(zone).toInstant(),
                WorkingDayCalendar.endOf(lastDay, zone), zone));
    }

    private Lodged lodged(Actor actor, Objection objection, Procedure procedure) {
        Organization organization = registry.organization(objection.organization()).orElseThrow();
        Document document = objection.document() == null ? null : documents.document(actor, objection.document());
        Notice notice = objection.notice() == null ? null : published.find(objection.notice()).orElse(null);
        return new Lodged(objection, procedure, organization, document, notice);
    }
}
