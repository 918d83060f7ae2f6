package org.cogov.procurement.challenges;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cogov.procurement.ChallengeAnswered;
import org.cogov.procurement.ChallengeAudience;
import org.cogov.procurement.ChallengeKind;
import org.cogov.procurement.ChallengeLodged;
import org.cogov.procurement.ChallengeResults;
import org.cogov.procurement.Lot;
import org.cogov.procurement.Notice;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.Remedy;
import org.cogov.procurement.bidding.Opening;
import org.cogov.procurement.bidding.OpeningRecord;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.Sha256;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Challenges (质疑, GPL Art. 52–53, MoF Order 94): a signed-in provider of a participating supplier challenges a
 * published procedure within CHALLENGE_PERIOD working days of the moment its kind names — the documents its
 * organization obtained, the opening of a lot it bid on, the result of a lot it bid on after the result's display —
 * and is refused, shown the deadline, when late. The purchaser's staff, or its agency's for a delegated procedure,
 * answer within CHALLENGE_REPLY working days (later is taken, and marked late): upheld or dismissed, an upheld
 * challenge of a lot's process or result naming the remedy the award applies in the same transaction.
 * <p>
 * Trade secrets stay with the parties: the challenge's statement is read by the challenger's organization, the
 * procedure's runners, the finance bureau and auditors; the other affected suppliers — the lot's other bidders, or for
 * the documents every organization that obtained them — read the subject and the reply once answered, never the
 * statement nor the challenger's name.
 */
@Service
public class Challenges implements ChallengeAudience {

    public static final int STATEMENT_MAX = 8000;
    public static final int REPLY_MAX = 8000;

    static final String LODGE = "procurement:challenge:lodge";
    static final String ANSWER = "procurement:challenge:answer";
    static final String READ = "procurement:challenge:read";

    /**
     * A challenge as its reader may read it. For an affected supplier who is not a party, {@code challenger} and
     * {@code statement} are none.
     *
     * @param windowEnds when the window it was lodged in closed
     * @param mayAnswer the reader runs the procedure and the challenge waits for its answer
     * @param complaintWindow for the challenger, the window of a complaint about it (from the reply's due day)
     * @param mayComplain the challenger may complain of it now
     */
    public record ChallengeView(UUID id, UUID procedureId, String reference, String title, ChallengeKind kind, @Nullable Integer lot,
            @Nullable String lotTitle, Instant lodgedAt, Instant replyDue, Challenge.Status status, @Nullable String reply,
            @Nullable Remedy remedy, @Nullable Instant answeredAt, boolean answeredLate, int version, @Nullable UUID challengerId,
            @Nullable String challengerZh, @Nullable String challengerEn, @Nullable String statement, @Nullable LocalDate countedFrom,
            @Nullable Instant windowEnds, boolean mayAnswer, ChallengeWindows.@Nullable Window complaintWindow, boolean mayComplain,
            @Nullable UUID complaintId) {

        /** The challenger's name in the reader's language, when the reader may know it. */
        public @Nullable String challenger(java.util.Locale locale) {
            return "zh".equals(locale.getLanguage()) || challengerEn == null || challengerEn.isBlank() ? challengerZh : challengerEn;
        }
    }

    /** What the challenge form shows a provider: the procedure's lots, the kinds, and its own challenges of it. */
    public record Form(UUID procedureId, String reference, String title, List<Lot> lots, List<ChallengeView> own) {
    }

    private final Publication publication;
    private final Opening opening;
    private final ChallengeResults results;
    private final ChallengeRecords records;
    private final Registry registry;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Challenges(Publication publication, Opening opening, ChallengeResults results, ChallengeRecords records, Registry registry,
            WorkingDays workingDays, ApplicationEventPublisher events, Clock clock) {
        this.publication = publication;
        this.opening = opening;
        this.results = results;
        this.records = records;
        this.registry = registry;
        this.workingDays = workingDays;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Challenges a published procedure.
     *
     * @param lot the lot it is about; none for the documents or the procedure as a whole
     */
    @Transactional
    public ChallengeView lodge(Actor actor, ProcedureId id, ChallengeKind kind, @Nullable Integer lot, String statement) {
        actor.require(LODGE, "procurement.challenge.lodge", "procedure", id.value());
        Publication.PublishedProcedure published = publication.published(id)
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        Procedure procedure = published.procedure();
        if (lot != null && published.lots().stream().noneMatch(l -> l.number() == lot)) {
            throw RuleViolation.refused("procurement.challenge.unknown-lot", "lot", lot);
        }
        String text = statement.strip();
        if (text.isEmpty()) {
            throw RuleViolation.refused("procurement.challenge.statement-needed", "statement");
        }
        if (text.length() > STATEMENT_MAX) {
            throw RuleViolation.refused("procurement.challenge.statement-too-long", "statement", STATEMENT_MAX);
        }
        OrganizationId organization = new OrganizationId(actor.organizationId());
        Instant now = clock.instant();
        ZoneId zone = workingDays.zone();
        LocalDate moment = moment(published, organization, kind, lot);
        ChallengeWindows.Periods periods = ChallengeWindows.Periods.of(results.rulebook(), procedure.method(), moment);
        ChallengeWindows.Window window = ChallengeWindows.challenge(workingDays.calendar(), periods, moment, zone);
        if (!window.isOpenAt(now)) {
            throw RuleViolation.refused("procurement.challenge.late", "kind", window.lastDay().toString(), zone.getId());
        }
        if (records.challengesOf(id).stream().anyMatch(c -> c.pending() && c.organization().equals(organization) && c.kind() == kind
                && java.util.Objects.equals(c.lot(), lot))) {
            throw RuleViolation.conflict("procurement.challenge.pending-already", procedure.reference());
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        ChallengeWindows.Window reply = ChallengeWindows.reply(workingDays.calendar(),
                ChallengeWindows.Periods.of(results.rulebook(), procedure.method(), today), today, zone);
        Challenge challenge = new Challenge(new ChallengeId(UUID.randomUUID()), id, organization, actor.userId(), now, kind, lot, text,
                moment, window.ends(), reply.ends(), Challenge.Status.PENDING, null, null, null, null, false, 0);
        records.add(challenge);
        events.publishEvent(new ChallengeLodged(actor.userId(), actor.organizationId(), challenge.id().value(), id.value(),
                procedure.reference(), kind, lot, Sha256.hex(text), reply.ends()));
        return view(actor, challenge, published);
    }

    /**
     * The purchaser's (or its agency's) answer, with its reply: upheld or dismissed; an upheld challenge of a lot's process
     * or result names its remedy, which the award applies as this answer is published.
     */
    @Transactional
    public ChallengeView answer(Actor actor, ChallengeId id, int version, boolean upheld, @Nullable Remedy remedy, String reply) {
        actor.require(ANSWER, "procurement.challenge.answer", "challenge", id.value());
        Challenge challenge = records.challenge(id).orElseThrow(() -> RuleViolation.notFound("procurement.challenge.unknown", id.value()));
        Publication.PublishedProcedure published = publication.published(challenge.procedure()).orElseThrow();
        Procedure procedure = published.procedure();
        if (!procedure.isRunBy(actor.organizationId())) {
            throw RuleViolation.notFound("procurement.challenge.unknown", id.value());
        }
        String text = reply.strip();
        if (text.isEmpty()) {
            throw RuleViolation.refused("procurement.challenge.reply-needed", "reply");
        }
        if (text.length() > REPLY_MAX) {
            throw RuleViolation.refused("procurement.challenge.reply-too-long", "reply", REPLY_MAX);
        }
        if (!challenge.pending()) {
            throw RuleViolation.conflict("procurement.challenge.answered-already", procedure.reference());
        }
        boolean needsRemedy = upheld && challenge.remediable();
        if (needsRemedy && remedy == null) {
            throw RuleViolation.refused("procurement.challenge.remedy-needed", "remedy");
        }
        if (!needsRemedy && remedy != null) {
            throw RuleViolation.refused("procurement.challenge.no-remedy", "remedy");
        }
        if (remedy != null && procedure.state() == Procedure.State.SUSPENDED) {
            // The award refuses while the finance bureau holds the procedure: say so here, in the answer's words.
            throw RuleViolation.conflict("procurement.challenge.suspended", procedure.reference());
        }
        Instant now = clock.instant();
        boolean late = !now.isBefore(challenge.replyDue());
        if (!records.answer(id, version, upheld ? Challenge.Status.UPHELD : Challenge.Status.DISMISSED, text, remedy, actor.userId(), now,
                late)) {
            throw RuleViolation.conflict("procurement.procedure.changed-meanwhile", procedure.reference());
        }
        events.publishEvent(new ChallengeAnswered(actor.userId(), actor.organizationId(), id.value(), procedure.id().value(),
                procedure.reference(), challenge.lot(), upheld, remedy, now));
        return view(actor, records.challenge(id).orElseThrow(), published);
    }

    /** One challenge, as far as the reader may read it; for anyone else it does not exist. */
    @Transactional(readOnly = true)
    public ChallengeView challenge(Actor actor, ChallengeId id) {
        requireSomeRole(actor, id.value());
        Challenge challenge = records.challenge(id).orElseThrow(() -> RuleViolation.notFound("procurement.challenge.unknown", id.value()));
        Publication.PublishedProcedure published = publication.published(challenge.procedure()).orElseThrow();
        if (!party(actor, challenge, published.procedure()) && !affected(actor, challenge)) {
            throw RuleViolation.notFound("procurement.challenge.unknown", id.value());
        }
        return view(actor, challenge, published);
    }

    /**
     * The challenges the reader may read: a provider its organization's own; the purchaser's and agency's staff those of
     * the procedures they run; the finance bureau and auditors every one.
     */
    @Transactional(readOnly = true)
    public List<ChallengeView> list(Actor actor) {
        requireSomeRole(actor, null);
        OrganizationId organization = new OrganizationId(actor.organizationId());
        List<Challenge> found = actor.can(READ) ? records.challenges()
                : actor.can(ANSWER) ? records.challengesRunBy(organization) : records.challengesBy(organization);
        return views(actor, found);
    }

    /**
     * A procedure's challenges as the reader may read them: all for its runners, the finance bureau and auditors; for a
     * provider its own, and the answered ones whose reply went to it, without their statement.
     */
    @Transactional(readOnly = true)
    public List<ChallengeView> ofProcedure(Actor actor, ProcedureId id) {
        requireSomeRole(actor, id.value());
        Publication.PublishedProcedure published = publication.published(id)
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        return records.challengesOf(id).stream().filter(c -> party(actor, c, published.procedure()) || affected(actor, c))
                .map(c -> view(actor, c, published)).toList();
    }

    /** What the challenge form of a procedure shows a provider. */
    @Transactional(readOnly = true)
    public Form form(Actor actor, ProcedureId id) {
        actor.require(LODGE, "procurement.challenge.form", "procedure", id.value());
        Publication.PublishedProcedure published = publication.published(id)
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        return new Form(id.value(), published.procedure().reference(), published.procedure().title(), published.lots(),
                ofProcedure(actor, id));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Parties> parties(UUID challengeId) {
        return records.challenge(new ChallengeId(challengeId)).map(c -> new Parties(c.organization().value(), c.lodgedBy(),
                affectedBy(c), c.kind(), c.lot(), c.reply()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> complainant(UUID complaintId) {
        return records.complaint(new ComplaintId(complaintId)).map(c -> c.organization().value());
    }

    /** Reads the challenge for the complaints, which check their own reader. */
    Optional<Challenge> find(ChallengeId id) {
        return records.challenge(id);
    }

    /**
     * The day a challenge's window counts from, refusing a challenger who did not take part: for the documents, the later
     * of the day its organization first obtained them and the end of their availability; for the process, the day the
     * lot (or the procedure's first lot) was decided at the opening; for the result, the last day of the latest result
     * notice's display.
     */
    private LocalDate moment(Publication.PublishedProcedure published, OrganizationId organization, ChallengeKind kind,
            @Nullable Integer lot) {
        ZoneId zone = workingDays.zone();
        ProcedureId id = published.procedure().id();
        if (kind == ChallengeKind.DOCUMENTS) {
            LocalDate obtained = records.firstObtained(id, organization).map(at -> at.atZone(zone).toLocalDate())
                    .orElseThrow(() -> RuleViolation.refused("procurement.challenge.documents-not-obtained", "kind"));
            return ChallengeWindows.documentsMoment(obtained, published.procedure().timetable().documentsUntil());
        }
        if (!bidOn(id, organization, lot)) {
            throw RuleViolation.refused("procurement.challenge.not-a-bidder", lot == null ? "kind" : "lot");
        }
        if (kind == ChallengeKind.PROCESS) {
            return openingRecord(published).lots().stream().filter(l -> lot == null || l.lot() == lot)
                    .map(l -> l.decidedAt().atZone(zone).toLocalDate()).min(Comparator.naturalOrder())
                    .orElseThrow(() -> RuleViolation.refused("procurement.challenge.not-opened", "kind"));
        }
        Notice result = published.notices().stream().filter(n -> n.kind() == Notice.Kind.RESULT)
                .max(Comparator.comparing(Notice::publishedAt))
                .orElseThrow(() -> RuleViolation.refused("procurement.challenge.no-result", "kind"));
        LocalDate publishedOn = result.publishedAt().atZone(zone).toLocalDate();
        return ChallengeWindows.displayEnds(workingDays.calendar(),
                ChallengeWindows.Periods.of(results.rulebook(), published.procedure().method(), publishedOn), publishedOn);
    }

    private OpeningRecord openingRecord(Publication.PublishedProcedure published) {
        if (!published.procedure().method().sealsBids()) {
            throw RuleViolation.refused("procurement.challenge.not-opened", "kind");
        }
        return opening.record(published.procedure().id());
    }

    /** Did the organization's bid count at the opening of the lot, or of any lot when none is named? */
    private boolean bidOn(ProcedureId id, OrganizationId organization, @Nullable Integer lot) {
        return publication.published(id).stream().flatMap(p -> p.lots().stream()).map(Lot::number)
                .filter(number -> lot == null || number == lot)
                .anyMatch(number -> opening.bidders(id, number).contains(organization));
    }

    /** The other suppliers a challenge's reply goes to. */
    private Set<UUID> affectedBy(Challenge challenge) {
        Set<UUID> affected = new LinkedHashSet<>();
        if (challenge.kind() == ChallengeKind.DOCUMENTS) {
            affected.addAll(records.obtainers(challenge.procedure()));
        } else {
            publication.published(challenge.procedure()).stream().flatMap(p -> p.lots().stream()).map(Lot::number)
                    .filter(number -> challenge.lot() == null || number == challenge.lot())
                    .forEach(number -> opening.bidders(challenge.procedure(), number).forEach(o -> affected.add(o.value())));
        }
        affected.remove(challenge.organization().value());
        return affected;
    }

    /** The challenger's organization, the procedure's runners, the finance bureau and auditors: those who read the statement. */
    private static boolean party(Actor actor, Challenge challenge, Procedure procedure) {
        return actor.can(READ) || actor.can(ANSWER) && procedure.isRunBy(actor.organizationId())
                || actor.can(LODGE) && challenge.organization().value().equals(actor.organizationId());
    }

    /** A provider of another supplier the answered challenge's reply went to. */
    private boolean affected(Actor actor, Challenge challenge) {
        return actor.can(LODGE) && !challenge.pending() && affectedBy(challenge).contains(actor.organizationId());
    }

    private static void requireSomeRole(Actor actor, @Nullable Object objectId) {
        if (!actor.can(LODGE) && !actor.can(ANSWER) && !actor.can(READ)) {
            throw new Forbidden("procurement.challenge.read", "challenge", objectId);
        }
    }

    private List<ChallengeView> views(Actor actor, List<Challenge> challenges) {
        java.util.Map<ProcedureId, Publication.PublishedProcedure> found = new java.util.HashMap<>();
        return challenges.stream().map(c -> view(actor, c, found.computeIfAbsent(c.procedure(),
                p -> publication.published(p).orElseThrow()))).toList();
    }

    private ChallengeView view(Actor actor, Challenge c, Publication.PublishedProcedure published) {
        Procedure procedure = published.procedure();
        boolean party = party(actor, c, procedure);
        boolean challenger = actor.can(LODGE) && c.organization().value().equals(actor.organizationId());
        String lotTitle = c.lot() == null ? null : published.lots().stream().filter(l -> l.number() == c.lot()).map(Lot::title)
                .findFirst().orElse(null);
        Organization organization = party ? registry.organization(c.organization()).orElse(null) : null;
        ChallengeWindows.Window complaintWindow = null;
        boolean mayComplain = false;
        UUID complaintId = null;
        if (challenger || party) {
            complaintId = records.complaintOn(c.id()).map(complaint -> complaint.id().value()).orElse(null);
        }
        if (challenger) {
            complaintWindow = complaintWindow(c, procedure);
            Instant now = clock.instant();
            mayComplain = complaintId == null && (!c.pending() || !now.isBefore(c.replyDue())) && complaintWindow.isOpenAt(now);
        }
        return new ChallengeView(c.id().value(), procedure.id().value(), procedure.reference(), procedure.title(), c.kind(), c.lot(),
                lotTitle, c.lodgedAt(), c.replyDue(), c.status(), c.reply(), c.remedy(), c.answeredAt(), c.answeredLate(), c.version(),
                party ? c.organization().value() : null, organization == null ? null : organization.nameZh(),
                organization == null ? null : organization.nameEn(), party ? c.statement() : null, party ? c.countedFrom() : null,
                party ? c.windowEnds() : null, c.pending() && actor.can(ANSWER) && procedure.isRunBy(actor.organizationId()),
                complaintWindow, mayComplain, complaintId);
    }

    /** The window of a complaint about the challenge: from the day its reply was due, whenever it was answered. */
    ChallengeWindows.Window complaintWindow(Challenge challenge, Procedure procedure) {
        ZoneId zone = workingDays.zone();
        // The due instant is 24:00 of the reply period's last day, which is the next day's start: step back to the day.
        LocalDate replyDueOn = challenge.replyDue().minusNanos(1).atZone(zone).toLocalDate();
        return ChallengeWindows.complaint(workingDays.calendar(),
                ChallengeWindows.Periods.of(results.rulebook(), procedure.method(), replyDueOn), replyDueOn, zone);
    }
}
