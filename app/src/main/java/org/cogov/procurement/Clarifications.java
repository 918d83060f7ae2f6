package org.cogov.procurement;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.Sha256;
import org.cogov.shared.document.Document;
import org.cogov.shared.document.Documents;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the purchaser publishes while a procedure tenders: answers to enquiries and amendments, each in
 * a numbered notice in both languages. One that may affect the bids and comes later than the method's
 * lead before the deadline moves the deadline (and the opening window with it) to keep the lead; every
 * provider that obtained the documents is told, by the notification module, from the event.
 */
@Service
public class Clarifications {

    /** What a published clarification left: its notice and the deadline, moved or not. */
    public record Outcome(Notice notice, Instant deadlineBefore, Instant deadline) {

        public boolean deadlineMoved() {
            return !deadline.equals(deadlineBefore);
        }
    }

    /** An amendment: the change in the purchaser's words, a later deadline if it sets one, and whether bids are affected. */
    public record Amendment(String text, @Nullable Instant deadline, boolean affectsBids) {
    }

    /** A new version of one kind of the documents, brought by an amendment. */
    public record NewDocument(TenderDocument.Kind kind, InputStream content, String filename) {
    }

    static final int MAX_TEXT = 4000;

    private final Procedures procedures;
    private final EnquiryRecords enquiries;
    private final Notices notices;
    private final Documents documents;
    private final ProcurementRules rules;
    private final Registry registry;
    private final WorkingDays workingDays;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Closing closing;

    Clarifications(Procedures procedures, EnquiryRecords enquiries, Notices notices, Documents documents, ProcurementRules rules,
            Registry registry, WorkingDays workingDays, MessageSource messages, ApplicationEventPublisher events, Clock clock,
            Closing closing) {
        this.closing = closing;
        this.procedures = procedures;
        this.enquiries = enquiries;
        this.notices = notices;
        this.documents = documents;
        this.rules = rules;
        this.registry = registry;
        this.workingDays = workingDays;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Answers an enquiry publicly in a clarification notice: the question as the purchaser publishes
     * it (it may take out what names the asker), and the answer.
     */
    @Transactional
    public Outcome answer(Actor actor, EnquiryId id, int version, String publishedQuestion, String answer, boolean affectsBids) {
        actor.require("procurement:enquiry:answer", "procurement.enquiry.answer", "enquiry", id.value());
        Enquiry enquiry = enquiries.find(id).orElseThrow(() -> RuleViolation.notFound("procurement.enquiry.unknown", id.value()));
        Procedure procedure = tendering(actor, enquiry.procedure());
        if (enquiry.answered()) {
            throw RuleViolation.conflict("procurement.enquiry.already-answered", procedure.reference());
        }
        String question = text(publishedQuestion, "publishedQuestion", Enquiries.MAX_QUESTION);
        String reply = text(answer, "answer", MAX_TEXT);
        Published published = publish(actor, procedure, version, Notice.Kind.CLARIFICATION, question, reply, null, affectsBids,
                List.of());
        if (!enquiries.answer(id, question, reply, actor, published.notice().publishedAt(), published.notice().id())) {
            throw RuleViolation.conflict("procurement.enquiry.already-answered", procedure.reference());
        }
        events.publishEvent(new EnquiryAnswered(actor.userId(), actor.organizationId(), id.value(), procedure.id().value(),
                procedure.reference(), published.notice().number()));
        return published.outcome();
    }

    /**
     * Publishes an amendment in a notice: its text, a later deadline when it sets one (never an earlier
     * one), and a new version of a document when it brings one.
     */
    @Transactional
    public Outcome amend(Actor actor, ProcedureId id, int version, Amendment amendment, @Nullable NewDocument document) {
        actor.require("procurement:procedure:amend", "procurement.procedure.amend", "procedure", id.value());
        Procedure procedure = tendering(actor, id);
        String change = text(amendment.text(), "text", MAX_TEXT);
        Instant current = deadline(procedure);
        Instant requested = amendment.deadline();
        if (requested != null && requested.isBefore(current)) {
            throw RuleViolation.refused("procurement.amendment.deadline-earlier", "deadline", shown(current));
        }
        List<NoticeFacts.Document> brought = List.of();
        if (document != null) {
            Document stored = documents.store(actor, document.content(), document.filename(), "tender-document");
            int documentVersion = procedures.addDocument(id, document.kind(), stored.id(), actor.userId(), clock.instant());
            brought = List.of(new NoticeFacts.Document(document.kind(), documentVersion, stored.filename(), stored.sha256()));
        }
        return publish(actor, procedure, version, Notice.Kind.AMENDMENT, null, change, requested, amendment.affectsBids(), brought)
                .outcome();
    }

    private record Published(Notice notice, Outcome outcome) {
    }

    private Published publish(Actor actor, Procedure procedure, int version, Notice.Kind kind, @Nullable String question,
            String text, @Nullable Instant requested, boolean affectsBids, List<NoticeFacts.Document> brought) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(workingDays.zone()).toLocalDate();
        Instant before = deadline(procedure);
        Instant wanted = requested == null ? before : requested;
        TimetableRules periods = new TimetableRules(rules.rulebook(), workingDays.calendar(), workingDays.zone());
        Instant kept = affectsBids ? periods.deadlineAfterClarification(procedure.method(), today, before) : before;
        Instant deadline = wanted.isAfter(kept) ? wanted : kept;
        Timetable after = procedure.timetable().shifted(Duration.between(before, deadline));
        if (!procedures.clarify(procedure.id(), version, now, after)) {
            throw RuleViolation.conflict("procurement.procedure.changed-meanwhile", procedure.reference());
        }
        if (!deadline.equals(before)) {
            closing.schedule(procedure.id(), deadline);
        }
        ClarificationFacts.Lead lead = deadline.equals(kept) && !kept.equals(before) ? lead(procedure.method(), today) : null;
        String number = procedure.reference() + "-" + String.format("%02d", notices.count(procedure.id()) + 1);
        ClarificationFacts facts = new ClarificationFacts(number, kind, today, procedure.reference(), procedure.title(),
                names(procedure.purchaser()), procedure.agency() == null ? null : names(procedure.agency()), question, text, brought,
                before, deadline, after.openingFrom(), after.openingUntil(), workingDays.zone(), lead);
        String zh = ClarificationText.render(facts, Locale.SIMPLIFIED_CHINESE,
                (key, arguments) -> messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE));
        String en = ClarificationText.render(facts, Locale.ENGLISH,
                (key, arguments) -> messages.getMessage(key, arguments, Locale.ENGLISH));
        Notice notice = new Notice(new NoticeId(UUID.randomUUID()), procedure.id(), number, kind, now, zh, en,
                Sha256.hex(zh + "\n" + en));
        notices.add(notice);
        events.publishEvent(new ProcedureAmended(actor.userId(), actor.organizationId(), procedure.id().value(),
                procedure.reference(), number, kind, notice.sha256(), before, deadline));
        return new Published(notice, new Outcome(notice, before, deadline));
    }

    /** The procedure, run by the actor's organization, still tendering before its deadline. */
    private Procedure tendering(Actor actor, ProcedureId id) {
        Procedure procedure = procedures.find(id).filter(p -> p.isRunBy(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        if (procedure.state() != Procedure.State.TENDERING || !clock.instant().isBefore(deadline(procedure))) {
            throw RuleViolation.conflict("procurement.clarification.not-tendering", procedure.reference());
        }
        return procedure;
    }

    private static Instant deadline(Procedure procedure) {
        Instant deadline = procedure.timetable().deadline();
        if (deadline == null) {
            throw RuleViolation.conflict("procurement.clarification.no-deadline", procedure.reference());
        }
        return deadline;
    }

    private ClarificationFacts.Lead lead(Method method, LocalDate day) {
        ProcurementRule rule = rules.rulebook().required(ProcurementRule.Name.CLARIFICATION_LEAD, method, day);
        return new ClarificationFacts.Lead(rule.count(), TimetableRules.unit(rule), rule.legalBasis());
    }

    private NoticeFacts.Names names(OrganizationId id) {
        Organization organization = registry.organization(id).orElseThrow();
        return new NoticeFacts.Names(organization.nameZh(), organization.nameEn());
    }

    private String shown(Instant instant) {
        return instant.atZone(workingDays.zone()).toLocalDateTime().toString().replace('T', ' ');
    }

    static String text(@Nullable String text, String field, int max) {
        if (text == null || text.isBlank()) {
            throw RuleViolation.refused("procurement.text.required", field);
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw RuleViolation.refused("procurement.text.too-long", field, max);
        }
        return stripped;
    }
}
