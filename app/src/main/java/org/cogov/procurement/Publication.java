package org.cogov.procurement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cogov.procurement.custody.OpeningKeys;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.cogov.shared.Sha256;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a draft (DRAFT → TENDERING) with its first notice, and what the public may read of
 * published procedures. A draft is published only when nothing stands in the way (its readiness list
 * is empty) and on its notice day; the change of state is a compare-and-set, so a double click, a
 * retried request or a second node publishes it once. Its close at the deadline goes on the agenda in
 * the same transaction, and, for a procedure that seals its bids, the key ceremony runs in it: the
 * opening key is made, split among the custodians and published with the notice ({@link OpeningKeys}).
 */
@Service
public class Publication {

    /** A published procedure as the public reads it: never a bid, nor a count of bids. */
    public record PublishedProcedure(Procedure procedure, Organization purchaser, @Nullable Organization agency, List<Lot> lots,
            List<TenderDocument> documents, List<Notice> notices) {
    }

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Locale ENGLISH = Locale.ENGLISH;

    private final ProcedureDrafts drafts;
    private final Procedures procedures;
    private final Notices notices;
    private final Registry registry;
    private final WorkingDays workingDays;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Closing closing;
    private final OpeningKeys openingKeys;
    private final Clock clock;

    Publication(ProcedureDrafts drafts, Procedures procedures, Notices notices, Registry registry, WorkingDays workingDays,
            MessageSource messages, ApplicationEventPublisher events, Closing closing, OpeningKeys openingKeys, Clock clock) {
        this.drafts = drafts;
        this.procedures = procedures;
        this.notices = notices;
        this.registry = registry;
        this.workingDays = workingDays;
        this.messages = messages;
        this.events = events;
        this.closing = closing;
        this.openingKeys = openingKeys;
        this.clock = clock;
    }

    /**
     * Publishes the draft with its first notice.
     *
     * @throws RuleViolations every blocker of the draft's readiness, when there is one
     */
    @Transactional
    public Notice publish(Actor actor, ProcedureId id, int version) {
        actor.require("procurement:procedure:publish", "procurement.procedure.publish", "procedure", id.value());
        ProcedureDrafts.Draft draft = drafts.draft(actor, id);
        Procedure procedure = draft.procedure();
        if (!procedure.isRunBy(actor.organizationId())) {
            throw RuleViolation.notFound("procurement.procedure.unknown", id.value());
        }
        if (procedure.state() != Procedure.State.DRAFT) {
            throw RuleViolation.conflict("procurement.procedure.not-a-draft", procedure.reference());
        }
        if (!draft.blockers().isEmpty()) {
            throw new RuleViolations(draft.blockers());
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(workingDays.zone()).toLocalDate();
        LocalDate noticeDay = procedure.timetable().noticeOn();
        if (noticeDay != null && today.isBefore(noticeDay)) {
            throw RuleViolation.refused("procurement.publish.before-notice-day", "noticeOn", noticeDay.toString());
        }
        if (!procedures.publish(id, version, now)) {
            throw RuleViolation.conflict("procurement.procedure.changed-meanwhile", procedure.reference());
        }
        // The key ceremony: bids are sealed to the procedure's own key, split among its custodians and forgotten.
        NoticeFacts.OpeningKeyFacts openingKey = procedure.method().sealsBids()
                ? facts(openingKeys.make(id, procedure.custodiansNeeded(), draft.custodians()), draft.custodians())
                : null;
        Notice notice = notice(draft, Notice.Kind.first(procedure.method()), now, today, openingKey);
        notices.add(notice);
        events.publishEvent(new ProcedurePublished(actor.userId(), actor.organizationId(), id.value(), procedure.reference(),
                notice.number(), notice.kind(), notice.sha256()));
        Instant deadline = procedure.timetable().deadline();
        if (deadline != null) {
            // A single source has no deadline: nothing closes it to bids.
            closing.schedule(id, deadline);
        }
        return notice;
    }

    /** The notice in both languages from the same facts, numbered after the procedure's notices so far. */
    private Notice notice(ProcedureDrafts.Draft draft, Notice.Kind kind, Instant now, LocalDate today,
            NoticeFacts.@Nullable OpeningKeyFacts openingKey) {
        Procedure p = draft.procedure();
        String number = p.reference() + "-" + String.format("%02d", notices.count(p.id()) + 1);
        NoticeFacts facts = new NoticeFacts(number, kind, today, p.reference(), p.title(), p.description(),
                names(p.purchaser()), p.agency() == null ? null : names(p.agency()), p.method(), p.justification(),
                p.justificationText(), p.singleSourceSupplier() == null ? null : names(p.singleSourceSupplier()), draft.lots(),
                p.timetable(), workingDays.zone(), latestOfEachKind(draft.documents()), p.custodiansNeeded(),
                draft.custodians().size(), openingKey);
        String zh = NoticeText.render(facts, CHINESE, (key, arguments) -> messages.getMessage(key, arguments, CHINESE));
        String en = NoticeText.render(facts, ENGLISH, (key, arguments) -> messages.getMessage(key, arguments, ENGLISH));
        // The published hash covers both texts: the Chinese one, a line end, the English one.
        return new Notice(new NoticeId(UUID.randomUUID()), p.id(), number, kind, now, zh, en, Sha256.hex(zh + "\n" + en));
    }

    /** The documents a notice offers: the newest version of each kind (documents come newest first). */
    private static List<NoticeFacts.Document> latestOfEachKind(List<TenderDocument> documents) {
        return documents.stream().filter(d -> documents.stream().noneMatch(o -> o.kind() == d.kind() && o.version() > d.version()))
                .map(d -> new NoticeFacts.Document(d.kind(), d.version(), d.filename(), d.sha256())).toList();
    }

    /** The opening key as the notice publishes it, each share beside its custodian and the custodian's organization. */
    private NoticeFacts.OpeningKeyFacts facts(OpeningKeys.ProcedureKey key, List<Custodian> custodians) {
        Map<UUID, OrganizationId> organizations = custodians.stream()
                .collect(Collectors.toMap(Custodian::userId, Custodian::organization));
        return new NoticeFacts.OpeningKeyFacts(key.algorithm(), key.publicKeyBase64(), key.fingerprint(), key.needed(),
                key.shares().stream().map(share -> new NoticeFacts.ShareFacts(share.index(), share.custodianName(),
                        names(organizations.get(share.custodian())), share.commitment())).toList());
    }

    private NoticeFacts.Names names(OrganizationId id) {
        Organization organization = registry.organization(id).orElseThrow();
        return new NoticeFacts.Names(organization.nameZh(), organization.nameEn());
    }

    /** Every published procedure, newest first, for anyone. */
    @Transactional(readOnly = true)
    public List<Procedure> published() {
        return procedures.published();
    }

    /** A published procedure with its notices, for anyone; none for a draft, which is nobody's business yet. */
    @Transactional(readOnly = true)
    public Optional<PublishedProcedure> published(ProcedureId id) {
        return procedures.find(id).filter(p -> p.publishedAt() != null)
                .map(p -> new PublishedProcedure(p, registry.organization(p.purchaser()).orElseThrow(),
                        p.agency() == null ? null : registry.organization(p.agency()).orElseThrow(), procedures.lots(id),
                        procedures.documents(id), notices.of(id)));
    }
}
