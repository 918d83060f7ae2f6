package org.cogov.notification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cogov.identity.Addressees;
import org.cogov.identity.Addressees.Addressee;
import org.cogov.identity.Role;
import org.cogov.procurement.ChallengeAnswered;
import org.cogov.procurement.ChallengeAudience;
import org.cogov.procurement.ChallengeKind;
import org.cogov.procurement.ChallengeLodged;
import org.cogov.procurement.ComplaintDecided;
import org.cogov.procurement.ProcedureAudience;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ProcedureSuspended;
import org.cogov.procurement.Publication;
import org.cogov.procurement.Remedy;
import org.cogov.procurement.SuspensionEnded;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the platform tells of challenges and complaints, and to whom: the staff who run the procedure learn of a
 * challenge and when its reply is due; the challenger's providers learn of the answer, and so do the other affected
 * suppliers' — the subject and the reply, never the challenge's statement nor who lodged it; the complainant and the
 * staff learn of the finance bureau's decision with its notice, and the staff of a suspension and its end.
 *
 * <p>Each listener runs after the change committed, in a transaction of its own, through the event publication
 * registry, like {@link ProcedureNotices}.
 */
@Component
class ChallengeNotices {

    private static final Set<Role> STAFF = EnumSet.of(Role.PURCHASER, Role.AGENT);
    private static final Set<Role> PROVIDERS = EnumSet.of(Role.PROVIDER);

    private final Messenger messenger;
    private final ChallengeAudience challenges;
    private final ProcedureAudience audience;
    private final Addressees addressees;
    private final Publication publication;
    private final Phrasebook phrasebook;

    ChallengeNotices(Messenger messenger, ChallengeAudience challenges, ProcedureAudience audience, Addressees addressees,
            Publication publication, Phrasebook phrasebook) {
        this.messenger = messenger;
        this.challenges = challenges;
        this.audience = audience;
        this.addressees = addressees;
        this.publication = publication;
        this.phrasebook = phrasebook;
    }

    @ApplicationModuleListener
    void on(ChallengeLodged event) {
        String title = title(event.procedureId(), event.reference());
        messenger.send(new Letter(MessageKind.CHALLENGE, "procurement.challenge.lodged:" + event.challengeId(),
                challengePage(event.challengeId()), Wording.of("notification.challenge.lodged.subject", event.reference(), title),
                List.of(Wording.of("notification.challenge.lodged.body", event.reference(), title, kind(event.kind()),
                        lot(event.lot()), event.replyDue(), phrasebook.zone().getId()))),
                staff(event.procedureId()));
    }

    /** The challenger's providers and the other affected suppliers' providers get the same letter: subject and reply only. */
    @ApplicationModuleListener
    void on(ChallengeAnswered event) {
        challenges.parties(event.challengeId()).ifPresent(parties -> {
            String title = title(event.procedureId(), event.reference());
            List<Wording> body = new ArrayList<>();
            body.add(Wording.of(event.upheld() ? "notification.challenge.answered.upheld" : "notification.challenge.answered.dismissed",
                    event.reference(), title, kind(parties.kind()), lot(parties.lot())));
            if (event.remedy() != null) {
                body.add(Wording.of("notification.challenge.answered.remedy", remedy(event.remedy())));
            }
            body.add(Wording.of("notification.challenge.answered.reply", parties.reply() == null ? "" : parties.reply()));
            List<UUID> organizations = new ArrayList<>(List.of(parties.challenger()));
            organizations.addAll(parties.affected());
            messenger.send(new Letter(MessageKind.CHALLENGE, "procurement.challenge.answered:" + event.challengeId(),
                    challengePage(event.challengeId()), Wording.of("notification.challenge.answered.subject", event.reference(), title),
                    body), addressees.holding(organizations, PROVIDERS));
        });
    }

    @ApplicationModuleListener
    void on(ComplaintDecided event) {
        String title = title(event.procedureId(), event.reference());
        List<Wording> body = new ArrayList<>();
        body.add(Wording.of(event.remedy() == null ? "notification.complaint.decided.dismissed" : "notification.complaint.decided.upheld",
                event.reference(), title, event.reason()));
        if (event.remedy() != null) {
            body.add(Wording.of("notification.challenge.answered.remedy", remedy(event.remedy())));
        }
        body.add(Wording.of("notification.notice", event.noticeNumber()));
        Letter letter = new Letter(MessageKind.CHALLENGE, "procurement.complaint.decided:" + event.complaintId(),
                "/complaints/" + event.complaintId(), Wording.of("notification.complaint.decided.subject", event.reference(), title),
                body);
        messenger.send(letter, staff(event.procedureId()));
        challenges.complainant(event.complaintId())
                .ifPresent(complainant -> messenger.send(letter, addressees.holding(List.of(complainant), PROVIDERS)));
    }

    @ApplicationModuleListener
    void on(ProcedureSuspended event) {
        String title = title(event.procedureId(), event.reference());
        messenger.send(new Letter(MessageKind.CHALLENGE, "procurement.procedure.suspended:" + event.suspensionId(),
                "/complaints/" + event.complaintId(), Wording.of("notification.suspension.subject", event.reference(), title),
                List.of(Wording.of("notification.suspension.body", event.reference(), title, event.reason(), event.endsBy(),
                        phrasebook.zone().getId()))),
                staff(event.procedureId()));
    }

    @ApplicationModuleListener
    void on(SuspensionEnded event) {
        String title = title(event.procedureId(), event.reference());
        messenger.send(new Letter(MessageKind.CHALLENGE, "procurement.procedure.resumed:" + event.suspensionId(),
                "/complaints/" + event.complaintId(), Wording.of("notification.resumption.subject", event.reference(), title),
                List.of(Wording.of("notification.resumption.body", event.reference(), title, ending(event.ending())))),
                staff(event.procedureId()));
    }

    private List<Addressee> staff(UUID procedure) {
        return addressees.holding(audience.runners(procedure), STAFF);
    }

    private String title(UUID procedure, String reference) {
        return publication.published(new ProcedureId(procedure)).map(p -> p.procedure().title()).orElse(reference);
    }

    private static String challengePage(UUID challenge) {
        return "/challenges/" + challenge;
    }

    private static String lot(@Nullable Integer lot) {
        return lot == null ? "—" : lot.toString();
    }

    private static Wording.Phrase kind(ChallengeKind kind) {
        return switch (kind) {
            case DOCUMENTS -> Wording.phrase("procurement.challenge.kind.DOCUMENTS");
            case PROCESS -> Wording.phrase("procurement.challenge.kind.PROCESS");
            case RESULT -> Wording.phrase("procurement.challenge.kind.RESULT");
        };
    }

    private static Wording.Phrase remedy(Remedy remedy) {
        return switch (remedy) {
            case RE_EVALUATE -> Wording.phrase("procurement.challenge.remedy.RE_EVALUATE");
            case NEXT_CANDIDATE -> Wording.phrase("procurement.challenge.remedy.NEXT_CANDIDATE");
            case FAIL_LOT -> Wording.phrase("procurement.challenge.remedy.FAIL_LOT");
        };
    }

    private static Wording.Phrase ending(SuspensionEnded.Ending ending) {
        return switch (ending) {
            case LIFTED -> Wording.phrase("procurement.suspension.ending.LIFTED");
            case EXPIRED -> Wording.phrase("procurement.suspension.ending.EXPIRED");
            case DECIDED -> Wording.phrase("procurement.suspension.ending.DECIDED");
        };
    }
}
