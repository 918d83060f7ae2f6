package org.cogov.procurement;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Providers' questions on tendering procedures, and who obtained the documents. A provider asks
 * privately and sees its own questions; the purchaser sees the questions without their askers; the
 * public sees the answered ones as published. Before the opening nobody learns who obtained the
 * documents, nor how many did; afterwards the auditor may.
 */
@Service
public class Enquiries {

    /** One reading of a procedure's documents by a provider, for the auditor after the opening. */
    public record Obtained(Organization organization, UUID userId, UUID documentId, Instant at) {
    }

    static final int MAX_QUESTION = 2000;

    private final Procedures procedures;
    private final EnquiryRecords records;
    private final Registry registry;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Enquiries(Procedures procedures, EnquiryRecords records, Registry registry, ApplicationEventPublisher events, Clock clock) {
        this.procedures = procedures;
        this.records = records;
        this.registry = registry;
        this.events = events;
        this.clock = clock;
    }

    /** A provider asks, privately, while the procedure tenders and before its deadline. */
    @Transactional
    public EnquiryId ask(Actor actor, ProcedureId id, String question) {
        actor.require("procurement:enquiry:ask", "procurement.enquiry.ask", "procedure", id.value());
        Procedure procedure = procedures.find(id).filter(p -> p.publishedAt() != null)
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        Instant now = clock.instant();
        Instant deadline = procedure.timetable().deadline();
        if (procedure.state() != Procedure.State.TENDERING || deadline == null || !now.isBefore(deadline)) {
            throw RuleViolation.conflict("procurement.enquiry.not-tendering", procedure.reference());
        }
        String text = Clarifications.text(question, "question", MAX_QUESTION);
        EnquiryId enquiry = new EnquiryId(UUID.randomUUID());
        records.ask(enquiry, id, actor, text, now);
        events.publishEvent(new EnquiryAsked(actor.userId(), actor.organizationId(), enquiry.value(), id.value(),
                procedure.reference()));
        return enquiry;
    }

    /** Every question on the procedure, for the organizations that run it: without the askers. */
    @Transactional(readOnly = true)
    public List<Enquiry> received(Actor actor, ProcedureId id) {
        actor.require("procurement:enquiry:answer", "procurement.enquiry.read", "procedure", id.value());
        procedures.find(id).filter(p -> p.isRunBy(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        return records.of(id);
    }

    /** One question, for the organizations that run its procedure: without its asker. */
    @Transactional(readOnly = true)
    public Enquiry received(Actor actor, EnquiryId id) {
        actor.require("procurement:enquiry:answer", "procurement.enquiry.read", "enquiry", id.value());
        return records.find(id).filter(e -> procedures.find(e.procedure()).filter(p -> p.isRunBy(actor.organizationId())).isPresent())
                .orElseThrow(() -> RuleViolation.notFound("procurement.enquiry.unknown", id.value()));
    }

    /** The questions the actor's organization asked on a published procedure. */
    @Transactional(readOnly = true)
    public List<Enquiry> asked(Actor actor, ProcedureId id) {
        actor.require("procurement:enquiry:ask", "procurement.enquiry.read-own", "procedure", id.value());
        return records.askedBy(actor, id);
    }

    /** The answered questions of a published procedure, as published: for anyone. */
    @Transactional(readOnly = true)
    public List<Enquiry> answered(ProcedureId id) {
        return procedures.find(id).filter(p -> p.publishedAt() != null).map(p -> records.answered(id)).orElse(List.of());
    }

    /**
     * Who obtained the procedure's documents, for the auditor, once that can no longer help anyone:
     * after the opening, or once the procedure ended without one.
     */
    @Transactional(readOnly = true)
    public List<Obtained> obtained(Actor actor, ProcedureId id) {
        actor.require("procurement:download:read", "procurement.download.read", "procedure", id.value());
        Procedure procedure = procedures.find(id).filter(p -> p.publishedAt() != null)
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        if (!procedure.pastOpening()) {
            throw RuleViolation.conflict("procurement.download.before-opening", procedure.reference());
        }
        return records.downloads(id).stream().map(d -> new Obtained(
                registry.organization(new OrganizationId(d.organizationId())).orElseThrow(), d.userId(), d.documentId(), d.at()))
                .toList();
    }
}
