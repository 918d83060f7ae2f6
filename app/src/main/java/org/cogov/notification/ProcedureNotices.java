package org.cogov.notification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cogov.identity.Addressees;
import org.cogov.identity.Addressees.Addressee;
import org.cogov.identity.Role;
import org.cogov.procurement.AwardDecided;
import org.cogov.procurement.BidderAsked;
import org.cogov.procurement.DeadlineExtended;
import org.cogov.procurement.EnquiryAnswered;
import org.cogov.procurement.Notice;
import org.cogov.procurement.ProcedureAmended;
import org.cogov.procurement.ProcedureAudience;
import org.cogov.procurement.ProcedureCancelled;
import org.cogov.procurement.ProcedureClosed;
import org.cogov.procurement.ProcedureFailed;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the platform tells about a procedure, and to whom: those who obtained its documents learn of
 * every clarification and amendment (and whether the deadline moved), of its cancellation and of its
 * failure, and of a deadline extended after a platform incident, with a link to its public page; the
 * staff of the organizations that run it (purchaser and agency users holding PURCHASER or AGENT) learn
 * that its deadline passed, of its cancellation and failure, and of a deadline extended, with a link to
 * their own page of it. Who obtained the documents is never logged or shown.
 *
 * <p>Each listener runs after the change committed, in a transaction of its own, through the event
 * publication registry: an event not yet told is told after a restart. One method per event: a new
 * event is one more method that builds a {@link Letter} and sends it to {@link #downloaders} or
 * {@link #staff} (or to any {@link Addressees} the event names).
 */
@Component
class ProcedureNotices {

    private static final Set<Role> STAFF = EnumSet.of(Role.PURCHASER, Role.AGENT);

    private final Messenger messenger;
    private final ProcedureAudience audience;
    private final Addressees addressees;
    private final Publication publication;
    private final Phrasebook phrasebook;

    ProcedureNotices(Messenger messenger, ProcedureAudience audience, Addressees addressees, Publication publication,
            Phrasebook phrasebook) {
        this.messenger = messenger;
        this.audience = audience;
        this.addressees = addressees;
        this.publication = publication;
        this.phrasebook = phrasebook;
    }

    @ApplicationModuleListener
    void on(ProcedureAmended event) {
        String title = title(event.procedureId(), event.reference());
        String zone = phrasebook.zone().getId();
        List<Wording> body = new ArrayList<>();
        body.add(Wording.of("notification.amendment.body", event.reference(), title,
                noticeKind(event.kind()), event.noticeNumber()));
        if (event.deadlineMoved() && event.deadlineBefore() != null) {
            body.add(Wording.of("notification.amendment.deadline-moved", event.deadlineBefore(), event.deadline(), zone));
        } else if (event.deadlineMoved()) {
            body.add(Wording.of("notification.amendment.deadline-set", event.deadline(), zone));
        } else if (event.deadline() != null) {
            body.add(Wording.of("notification.amendment.deadline-unchanged", event.deadline(), zone));
        }
        messenger.send(new Letter(MessageKind.AMENDMENT, "procurement.procedure.amended:" + event.noticeNumber(),
                publicPage(event.procedureId()), Wording.of("notification.amendment.subject", event.reference(), title,
                        noticeKind(event.kind())), body),
                downloaders(event.procedureId()));
    }

    /**
     * The asker learns its question was answered; the answer's clarification notice reaches the
     * downloaders through {@link ProcedureAmended}, so nobody else is told twice.
     */
    @ApplicationModuleListener
    void on(EnquiryAnswered event) {
        String title = title(event.procedureId(), event.reference());
        audience.asker(event.enquiryId()).flatMap(addressees::of).ifPresent(asker -> messenger.send(new Letter(
                MessageKind.ANSWER, "procurement.enquiry.answered:" + event.enquiryId(), publicPage(event.procedureId()),
                Wording.of("notification.answer.subject", event.reference(), title),
                List.of(Wording.of("notification.answer.body", event.reference(), title, event.noticeNumber()))), List.of(asker)));
    }

    @ApplicationModuleListener
    void on(ProcedureCancelled event) {
        if (event.noticeNumber() == null) {
            return; // a draft, which nobody outside saw: nobody to tell
        }
        String title = title(event.procedureId(), event.reference());
        Letter letter = new Letter(MessageKind.CANCELLATION, "procurement.procedure.cancelled:" + event.procedureId(),
                staffPage(event.procedureId()), Wording.of("notification.cancellation.subject", event.reference(), title),
                List.of(Wording.of("notification.cancellation.body", event.reference(), title, event.reason()),
                        Wording.of("notification.notice", event.noticeNumber())));
        tellStaffAndDownloaders(event.procedureId(), event.actorId(), letter);
    }

    @ApplicationModuleListener
    void on(ProcedureFailed event) {
        String title = title(event.procedureId(), event.reference());
        Letter letter = new Letter(MessageKind.FAILURE, "procurement.procedure.failed:" + event.procedureId(),
                staffPage(event.procedureId()), Wording.of("notification.failure.subject", event.reference(), title),
                List.of(Wording.of("notification.failure.body", event.reference(), title, Wording.phrase(event.reason())),
                        Wording.of("notification.notice", event.noticeNumber())));
        tellStaffAndDownloaders(event.procedureId(), event.actorId(), letter);
    }

    @ApplicationModuleListener
    void on(ProcedureClosed event) {
        String title = title(event.procedureId(), event.reference());
        messenger.send(new Letter(MessageKind.DEADLINE,
                "procurement.procedure.closed:" + event.procedureId() + ":" + event.deadline(), staffPage(event.procedureId()),
                Wording.of("notification.deadline.subject", event.reference(), title),
                List.of(Wording.of("notification.deadline.body", event.reference(), title, event.deadline(),
                        phrasebook.zone().getId()))),
                staff(event.procedureId(), null));
    }

    /**
     * A deadline that fell inside a platform incident was extended: the bidders are among those who obtained
     * the documents, so all of them are told — which names no bidder — and the staff who run the procedure.
     */
    @ApplicationModuleListener
    void on(DeadlineExtended event) {
        String title = title(event.procedureId(), event.reference());
        List<Wording> body = new ArrayList<>();
        body.add(Wording.of("notification.extension.body", event.reference(), title, event.incidentReference(),
                event.deadlineBefore(), event.deadline(), phrasebook.zone().getId(), event.noticeNumber()));
        if (event.reopened()) {
            body.add(Wording.of("notification.extension.reopened"));
        }
        Letter letter = new Letter(MessageKind.EXTENSION, "procurement.procedure.deadline-extended:" + event.noticeNumber(),
                staffPage(event.procedureId()), Wording.of("notification.extension.subject", event.reference(), title), body);
        tellStaffAndDownloaders(event.procedureId(), event.actorId(), letter);
    }

    /** The staff first, so that one who is both gets the link to the staff's page; the one who acted is not told. */
    private void tellStaffAndDownloaders(UUID procedure, @Nullable UUID actor, Letter letter) {
        messenger.send(letter, staff(procedure, actor));
        messenger.send(letter.linkingTo(publicPage(procedure)),
                downloaders(procedure).stream().filter(a -> !a.userId().equals(actor)).toList());
    }

    /**
     * A bidder is asked, during the evaluation, to confirm a corrected price or to explain a low one: its
     * providers are told at once, with the time the answer is due and a link to their page of it.
     */
    @ApplicationModuleListener
    void on(BidderAsked event) {
        String title = title(event.procedureId(), event.reference());
        Object[] facts = {event.reference(), title, Integer.toString(event.lot()), event.dueAt(), phrasebook.zone().getId()};
        Wording subject = switch (event.request()) {
            case PRICE_CORRECTION -> Wording.of("notification.evaluation.correction.subject", event.reference(), title);
            case PRICE_EXPLANATION -> Wording.of("notification.evaluation.explanation.subject", event.reference(), title);
            case REQUIREMENTS_AMENDED -> Wording.of("notification.evaluation.amendment.subject", event.reference(), title);
            case FINAL_QUOTATION -> Wording.of("notification.evaluation.final-quotation.subject", event.reference(), title);
        };
        Wording body = switch (event.request()) {
            case PRICE_CORRECTION -> Wording.of("notification.evaluation.correction.body", facts);
            case PRICE_EXPLANATION -> Wording.of("notification.evaluation.explanation.body", facts);
            case REQUIREMENTS_AMENDED -> Wording.of("notification.evaluation.amendment.body", facts);
            case FINAL_QUOTATION -> Wording.of("notification.evaluation.final-quotation.body", facts);
        };
        // Each amendment is its own letter; the other requests come once per bidder and lot.
        String key = "procurement.evaluation.asked:" + event.procedureId() + ":" + event.lot() + ":" + event.bidder() + ":"
                + event.request() + (event.details().containsKey("amendment") ? ":" + event.details().get("amendment") : "");
        messenger.send(new Letter(MessageKind.EVALUATION, key, "/evaluations/" + event.procedureId() + "/lots/" + event.lot(),
                subject, List.of(body)),
                addressees.holding(List.of(event.bidder()), EnumSet.of(Role.PROVIDER)));
    }

    /** The winner of a lot is told at once, with a link to its award letter. */
    @ApplicationModuleListener
    void on(AwardDecided event) {
        String title = title(event.procedureId(), event.reference());
        messenger.send(new Letter(MessageKind.EVALUATION, "procurement.award.decided:" + event.procedureId() + ":" + event.lot() + ":"
                + event.winner() + ":" + event.at(), "/awards/" + event.procedureId(),
                Wording.of("notification.award.subject", event.reference(), title),
                List.of(Wording.of("notification.award.body", event.reference(), title, Integer.toString(event.lot()),
                        String.format(java.util.Locale.ROOT, "%,.2f", event.price())))),
                addressees.holding(List.of(event.winner()), EnumSet.of(Role.PROVIDER)));
    }

    /** Those who obtained the procedure's documents. */
    private List<Addressee> downloaders(UUID procedure) {
        return addressees.of(audience.downloaders(procedure));
    }

    /** The purchaser's and the agency's users who run procedures, but the one who acted. */
    private List<Addressee> staff(UUID procedure, @Nullable UUID actor) {
        return addressees.holding(audience.runners(procedure), STAFF).stream().filter(a -> !a.userId().equals(actor))
                .toList();
    }

    /** The published title; the reference alone for a procedure the public never saw. */
    private String title(UUID procedure, String reference) {
        return publication.published(new ProcedureId(procedure)).map(p -> p.procedure().title()).orElse(reference);
    }

    /** The notice's kind as procurement names it, in the recipient's language. */
    private static Wording.Phrase noticeKind(Notice.Kind kind) {
        return switch (kind) {
            case TENDER_NOTICE -> Wording.phrase("procurement.notice.kind.TENDER_NOTICE");
            case PREQUALIFICATION_NOTICE -> Wording.phrase("procurement.notice.kind.PREQUALIFICATION_NOTICE");
            case NEGOTIATION_NOTICE -> Wording.phrase("procurement.notice.kind.NEGOTIATION_NOTICE");
            case CONSULTATION_NOTICE -> Wording.phrase("procurement.notice.kind.CONSULTATION_NOTICE");
            case SINGLE_SOURCE_PUBLICITY -> Wording.phrase("procurement.notice.kind.SINGLE_SOURCE_PUBLICITY");
            case PURCHASE_NOTICE -> Wording.phrase("procurement.notice.kind.PURCHASE_NOTICE");
            case CLARIFICATION -> Wording.phrase("procurement.notice.kind.CLARIFICATION");
            case AMENDMENT -> Wording.phrase("procurement.notice.kind.AMENDMENT");
            case CANCELLATION -> Wording.phrase("procurement.notice.kind.CANCELLATION");
            case FAILURE -> Wording.phrase("procurement.notice.kind.FAILURE");
            case OBJECTION_DECISION -> Wording.phrase("procurement.notice.kind.OBJECTION_DECISION");
            case DEADLINE_EXTENSION -> Wording.phrase("procurement.notice.kind.DEADLINE_EXTENSION");
            case RESULT -> Wording.phrase("procurement.notice.kind.RESULT");
            case COMPLAINT_DECISION -> Wording.phrase("procurement.notice.kind.COMPLAINT_DECISION");
        };
    }

    private static String publicPage(UUID procedure) {
        return "/public/procedures/" + procedure;
    }

    private static String staffPage(UUID procedure) {
        return "/procedures/" + procedure;
    }
}
