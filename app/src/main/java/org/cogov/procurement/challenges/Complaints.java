package org.cogov.procurement.challenges;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cogov.procurement.ChallengeResults;
import org.cogov.procurement.ComplaintDecided;
import org.cogov.procurement.ComplaintLodged;
import org.cogov.procurement.Lot;
import org.cogov.procurement.Notice;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ProcedureSuspended;
import org.cogov.procurement.Publication;
import org.cogov.procurement.Remedy;
import org.cogov.procurement.SuspensionEnded;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.Sha256;
import org.cogov.shared.schedule.Agenda;
import org.cogov.shared.schedule.TimedTask;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Complaints (投诉, GPL Art. 55–57, MoF Order 94) to the finance bureau, and what the bureau does with them. Only the
 * challenger's organization complains, of its own challenge, once it was answered or its reply period lapsed, within
 * COMPLAINT_PERIOD working days of the day the reply was due. The bureau may suspend the procedure (from OPENED,
 * EVALUATING, AWARD_PENDING or AWARDED; no award or signature while it lasts) with its reason; the suspension ends when
 * the bureau lifts it, when it decides the complaint, or by itself after SUSPENSION_MAX days, from the persistent
 * agenda, whichever node runs it. The bureau decides within COMPLAINT_DECISION working days (later is taken and marked
 * late): dismissed, or upheld with a remedy for a lot; every decision is published as a notice in both languages, and
 * {@link ComplaintDecided} follows the procedure's resumption, so that the award applies the remedy to the procedure
 * in the state it was suspended from.
 */
@Service
public class Complaints {

    public static final int STATEMENT_MAX = 8000;
    public static final int REASON_MAX = 2000;

    static final String LODGE = "procurement:complaint:lodge";
    static final String DECIDE = "procurement:complaint:decide";

    /** How often a routine ends every suspension past its limit (and at every start): those whose timed end was lost. */
    static final Duration CATCH_UP_EVERY = Duration.ofMinutes(5);

    /** The states a complaint may suspend a procedure from (ARCHITECTURE.md, "A procedure's life"). */
    static final Set<Procedure.State> SUSPENDABLE = EnumSet.of(Procedure.State.OPENED, Procedure.State.EVALUATING,
            Procedure.State.AWARD_PENDING, Procedure.State.AWARDED);

    /** A suspension as its reader sees it. */
    public record SuspensionView(UUID id, Procedure.State from, String reason, Instant suspendedAt, Instant endsBy,
            SuspensionEnded.@Nullable Ending ending, @Nullable Instant endedAt, @Nullable String endReason) {
    }

    /** A complaint as its reader may read it: the complainant, the procedure's runners, the finance bureau, auditors. */
    public record ComplaintView(UUID id, UUID challengeId, UUID procedureId, String reference, String title,
            Procedure.State procedureState, UUID complainantId, String complainantZh, String complainantEn, String statement,
            Instant lodgedAt, Instant decisionDue, Complaint.Status status, @Nullable Integer lot, @Nullable Remedy remedy,
            @Nullable String reason, @Nullable Instant decidedAt, boolean decidedLate, @Nullable String noticeNumber, int version,
            @Nullable Integer challengeLot, List<Lot> lots, List<SuspensionView> suspensions, boolean maySuspend, boolean mayLift,
            boolean mayDecide) {

        public String complainant(java.util.Locale locale) {
            return "zh".equals(locale.getLanguage()) || complainantEn.isBlank() ? complainantZh : complainantEn;
        }
    }

    private final Challenges challenges;
    private final ChallengeRecords records;
    private final ChallengeResults results;
    private final Publication publication;
    private final Registry registry;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final Agenda agenda;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final TimedTask atLimit;

    Complaints(Challenges challenges, ChallengeRecords records, ChallengeResults results, Publication publication, Registry registry,
            WorkingDays workingDays, ApplicationEventPublisher events, Agenda agenda, PlatformTransactionManager transactions,
            Clock clock) {
        this.challenges = challenges;
        this.records = records;
        this.results = results;
        this.publication = publication;
        this.registry = registry;
        this.workingDays = workingDays;
        this.events = events;
        this.agenda = agenda;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.atLimit = agenda.define("procurement.suspension.end", this::endAtLimit);
        agenda.repeat("procurement.suspension.end-past-limit", CATCH_UP_EVERY, this::endPastLimit);
    }

    /** The challenger complains of its challenge to the finance bureau. */
    @Transactional
    public ComplaintView complain(Actor actor, ChallengeId challengeId, String statement) {
        actor.require(LODGE, "procurement.complaint.lodge", "challenge", challengeId.value());
        Challenge challenge = challenges.find(challengeId).filter(c -> c.organization().value().equals(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("procurement.challenge.unknown", challengeId.value()));
        Procedure procedure = publication.published(challenge.procedure()).orElseThrow().procedure();
        String text = statement.strip();
        if (text.isEmpty()) {
            throw RuleViolation.refused("procurement.complaint.statement-needed", "statement");
        }
        if (text.length() > STATEMENT_MAX) {
            throw RuleViolation.refused("procurement.complaint.statement-too-long", "statement", STATEMENT_MAX);
        }
        Instant now = clock.instant();
        ZoneId zone = workingDays.zone();
        if (challenge.pending() && now.isBefore(challenge.replyDue())) {
            throw RuleViolation.refused("procurement.complaint.too-early", null,
                    challenge.replyDue().minusNanos(1).atZone(zone).toLocalDate().toString(), zone.getId());
        }
        ChallengeWindows.Window window = challenges.complaintWindow(challenge, procedure);
        if (!window.isOpenAt(now)) {
            throw RuleViolation.refused("procurement.complaint.late", null, window.lastDay().toString(), zone.getId());
        }
        if (records.complaintOn(challengeId).isPresent()) {
            throw RuleViolation.conflict("procurement.complaint.lodged-already", procedure.reference());
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        ChallengeWindows.Window decision = ChallengeWindows.decision(workingDays.calendar(),
                ChallengeWindows.Periods.of(results.rulebook(), procedure.method(), today), today, zone);
        Complaint complaint = new Complaint(new ComplaintId(UUID.randomUUID()), challengeId, procedure.id(), challenge.organization(),
                actor.userId(), now, text, decision.ends(), Complaint.Status.PENDING, challenge.lot(), null, null, null, null, false, null,
                0);
        try {
            records.add(complaint);
        } catch (DuplicateKeyException twice) {
            // A second request for the same challenge committed first: one complaint per challenge.
            throw RuleViolation.conflict("procurement.complaint.lodged-already", procedure.reference());
        }
        events.publishEvent(new ComplaintLodged(actor.userId(), actor.organizationId(), complaint.id().value(), challengeId.value(),
                procedure.id().value(), procedure.reference(), challenge.lot(), Sha256.hex(text), decision.ends()));
        return view(actor, complaint);
    }

    /** The finance bureau suspends the procedure a pending complaint is about, with its reason. */
    @Transactional
    public ComplaintView suspend(Actor actor, ComplaintId id, String reason) {
        actor.require(DECIDE, "procurement.complaint.suspend", "complaint", id.value());
        Complaint complaint = records.complaint(id).orElseThrow(() -> RuleViolation.notFound("procurement.complaint.unknown", id.value()));
        Procedure procedure = publication.published(complaint.procedure()).orElseThrow().procedure();
        String why = reason(reason);
        if (!complaint.pending()) {
            throw RuleViolation.conflict("procurement.complaint.decided-already", procedure.reference());
        }
        if (!SUSPENDABLE.contains(procedure.state())) {
            throw RuleViolation.conflict("procurement.complaint.not-suspendable", procedure.reference(), procedure.state().name());
        }
        if (!results.suspend(procedure.id(), procedure.version(), procedure.state())) {
            throw RuleViolation.conflict("procurement.procedure.changed-meanwhile", procedure.reference());
        }
        Instant now = clock.instant();
        ZoneId zone = workingDays.zone();
        Instant endsBy = ChallengeWindows.suspensionEnds(ChallengeWindows.Periods.of(results.rulebook(), procedure.method(),
                now.atZone(zone).toLocalDate()), now, zone);
        Suspension suspension = new Suspension(UUID.randomUUID(), procedure.id(), id, procedure.state(), why, actor.userId(), now, endsBy,
                null, null, null, null);
        records.add(suspension);
        agenda.schedule(atLimit, suspension.id().toString(), endsBy);
        events.publishEvent(new ProcedureSuspended(actor.userId(), actor.organizationId(), procedure.id().value(), procedure.reference(),
                id.value(), suspension.id(), procedure.state(), why, endsBy));
        return view(actor, records.complaint(id).orElseThrow());
    }

    /** The finance bureau lifts its suspension on the complaint before the decision: the procedure resumes where it was. */
    @Transactional
    public ComplaintView lift(Actor actor, ComplaintId id, String reason) {
        actor.require(DECIDE, "procurement.complaint.lift", "complaint", id.value());
        Complaint complaint = records.complaint(id).orElseThrow(() -> RuleViolation.notFound("procurement.complaint.unknown", id.value()));
        String why = reason(reason);
        Suspension open = records.suspensionsOn(id).stream().filter(Suspension::open).findFirst()
                .orElseThrow(() -> RuleViolation.conflict("procurement.complaint.not-suspended", complaint.procedure().value()));
        end(open, SuspensionEnded.Ending.LIFTED, actor, why, clock.instant());
        return view(actor, records.complaint(id).orElseThrow());
    }

    /**
     * The finance bureau's decision, published: dismissed when {@code remedy} is none, else upheld with the remedy for
     * the challenge's lot (or, for a challenge of the documents or of the whole procedure, the lot the bureau names). Its
     * suspension on the complaint ends first, so that the award finds the procedure as it was.
     */
    @Transactional
    public ComplaintView decide(Actor actor, ComplaintId id, int version, @Nullable Remedy remedy, @Nullable Integer lot, String reason) {
        actor.require(DECIDE, "procurement.complaint.decide", "complaint", id.value());
        Complaint complaint = records.complaint(id).orElseThrow(() -> RuleViolation.notFound("procurement.complaint.unknown", id.value()));
        Challenge challenge = challenges.find(complaint.challenge()).orElseThrow();
        Publication.PublishedProcedure published = publication.published(complaint.procedure()).orElseThrow();
        Procedure procedure = published.procedure();
        String why = reason(reason);
        if (!complaint.pending()) {
            throw RuleViolation.conflict("procurement.complaint.decided-already", procedure.reference());
        }
        Integer theLot = challenge.lot() != null ? challenge.lot() : remedy == null ? null : lot;
        if (remedy != null && theLot == null) {
            throw RuleViolation.refused("procurement.complaint.lot-needed", "lot");
        }
        if (challenge.lot() != null && lot != null && !lot.equals(challenge.lot())) {
            throw RuleViolation.refused("procurement.complaint.other-lot", "lot", challenge.lot());
        }
        Lot decidedLot = theLot == null ? null : published.lots().stream().filter(l -> l.number() == theLot).findFirst()
                .orElseThrow(() -> RuleViolation.refused("procurement.challenge.unknown-lot", "lot", theLot));
        Instant now = clock.instant();
        Optional<Suspension> open = records.suspensionsOn(id).stream().filter(Suspension::open).findFirst();
        if (open.isPresent()) {
            end(open.get(), SuspensionEnded.Ending.DECIDED, actor, why, now);
        } else if (remedy != null && procedure.state() == Procedure.State.SUSPENDED) {
            throw RuleViolation.conflict("procurement.complaint.suspended-otherwise", procedure.reference());
        }
        Notice notice = results.publishComplaintDecision(procedure, complaint.lodgedAt().atZone(workingDays.zone()).toLocalDate(),
                complaint.organization(), theLot, decidedLot == null ? null : decidedLot.title(), remedy, why);
        if (!records.decide(id, version, remedy == null ? Complaint.Status.DISMISSED : Complaint.Status.UPHELD, theLot, remedy, why,
                actor.userId(), now, !now.isBefore(complaint.decisionDue()), notice.id())) {
            throw RuleViolation.conflict("procurement.procedure.changed-meanwhile", procedure.reference());
        }
        events.publishEvent(new ComplaintDecided(actor.userId(), actor.organizationId(), id.value(), procedure.id().value(),
                procedure.reference(), theLot, remedy, why, notice.number(), notice.sha256()));
        return view(actor, records.complaint(id).orElseThrow());
    }

    /** One complaint, for its complainant, the procedure's runners, the finance bureau and auditors; for others it does not exist. */
    @Transactional(readOnly = true)
    public ComplaintView complaint(Actor actor, ComplaintId id) {
        requireSomeRole(actor, id.value());
        Complaint complaint = records.complaint(id).filter(c -> reads(actor, c))
                .orElseThrow(() -> RuleViolation.notFound("procurement.complaint.unknown", id.value()));
        return view(actor, complaint);
    }

    /**
     * The complaints the reader may read: every one for the finance bureau and auditors, pending first; the runners'
     * about their procedures; a provider's organization's own.
     */
    @Transactional(readOnly = true)
    public List<ComplaintView> list(Actor actor) {
        requireSomeRole(actor, null);
        OrganizationId organization = new OrganizationId(actor.organizationId());
        List<Complaint> found = actor.can(DECIDE) || actor.can(Challenges.READ) ? records.complaints()
                : actor.can(Challenges.ANSWER) ? records.complaintsAbout(organization) : records.complaintsBy(organization);
        return found.stream().map(c -> view(actor, c)).toList();
    }

    /** The timed end of a suspension at its limit; comes back at the limit when its time has not come. */
    Optional<Instant> endAtLimit(String id) {
        Optional<Instant> again = transaction.execute(status -> {
            Optional<Suspension> suspension = records.suspension(UUID.fromString(id)).filter(Suspension::open);
            if (suspension.isEmpty()) {
                return Optional.<Instant>empty();
            }
            Instant now = clock.instant();
            if (now.isBefore(suspension.get().endsBy())) {
                return Optional.of(suspension.get().endsBy());
            }
            end(suspension.get(), SuspensionEnded.Ending.EXPIRED, null, null, now);
            return Optional.<Instant>empty();
        });
        return again == null ? Optional.empty() : again;
    }

    /** Ends every open suspension past its limit, each in a transaction of its own. */
    void endPastLimit() {
        for (UUID id : records.pastTheirLimit(clock.instant())) {
            try {
                transaction.executeWithoutResult(status -> records.suspension(id).filter(Suspension::open)
                        .ifPresent(s -> end(s, SuspensionEnded.Ending.EXPIRED, null, null, clock.instant())));
            } catch (RuleViolation changed) {
                // Another node, or the bureau, ended it meanwhile: nothing is left to do for this one, the others still wait.
            }
        }
    }

    /**
     * Ends a suspension once, and resumes its procedure when still suspended: both compare-and-sets, in the caller's
     * transaction. A procedure that ended meanwhile (cancelled, failed) stays where it is.
     */
    private void end(Suspension suspension, SuspensionEnded.Ending ending, @Nullable Actor by, @Nullable String reason, Instant now) {
        Procedure procedure = publication.published(suspension.procedure()).orElseThrow().procedure();
        if (!records.end(suspension.id(), ending, by == null ? null : by.userId(), reason, now)) {
            throw RuleViolation.conflict("procurement.procedure.changed-meanwhile", procedure.reference());
        }
        Procedure.State resumedTo = null;
        if (procedure.state() == Procedure.State.SUSPENDED) {
            resumedTo = results.suspendedFrom(procedure.id()).orElse(suspension.from());
            if (!results.resume(procedure.id(), procedure.version())) {
                throw RuleViolation.conflict("procurement.procedure.changed-meanwhile", procedure.reference());
            }
        }
        if (ending != SuspensionEnded.Ending.EXPIRED) {
            agenda.cancel(atLimit, suspension.id().toString());
        }
        events.publishEvent(new SuspensionEnded(by == null ? null : by.userId(),
                by == null ? procedure.purchaser().value() : by.organizationId(), procedure.id().value(), procedure.reference(),
                suspension.complaint().value(), suspension.id(), ending, resumedTo, suspension.suspendedAt(), now));
    }

    /** When the suspension on a complaint ends at the latest, if it is on the agenda: for the tests and the pages. */
    Optional<Instant> scheduledEnd(UUID suspension) {
        return agenda.scheduledAt(atLimit, suspension.toString());
    }

    private boolean reads(Actor actor, Complaint complaint) {
        if (actor.can(DECIDE) || actor.can(Challenges.READ)) {
            return true;
        }
        if (actor.can(LODGE) && complaint.organization().value().equals(actor.organizationId())) {
            return true;
        }
        return actor.can(Challenges.ANSWER) && publication.published(complaint.procedure())
                .filter(p -> p.procedure().isRunBy(actor.organizationId())).isPresent();
    }

    private static void requireSomeRole(Actor actor, @Nullable Object objectId) {
        if (!actor.can(LODGE) && !actor.can(DECIDE) && !actor.can(Challenges.READ) && !actor.can(Challenges.ANSWER)) {
            throw new Forbidden("procurement.complaint.read", "complaint", objectId);
        }
    }

    private static String reason(String reason) {
        String why = reason.strip();
        if (why.isEmpty()) {
            throw RuleViolation.refused("procurement.complaint.reason-needed", "reason");
        }
        if (why.length() > REASON_MAX) {
            throw RuleViolation.refused("procurement.complaint.reason-too-long", "reason", REASON_MAX);
        }
        return why;
    }

    private ComplaintView view(Actor actor, Complaint c) {
        Publication.PublishedProcedure published = publication.published(c.procedure()).orElseThrow();
        Procedure procedure = published.procedure();
        Organization complainant = registry.organization(c.organization()).orElseThrow();
        Challenge challenge = challenges.find(c.challenge()).orElseThrow();
        List<SuspensionView> suspensions = records.suspensionsOn(c.id()).stream().map(s -> new SuspensionView(s.id(), s.from(), s.reason(),
                s.suspendedAt(), s.endsBy(), s.ending(), s.endedAt(), s.endReason())).toList();
        boolean decider = actor.can(DECIDE);
        boolean suspended = suspensions.stream().anyMatch(s -> s.ending() == null);
        String noticeNumber = c.notice() == null ? null : published.notices().stream().filter(n -> n.id().equals(c.notice()))
                .map(Notice::number).findFirst().orElse(null);
        return new ComplaintView(c.id().value(), c.challenge().value(), procedure.id().value(), procedure.reference(), procedure.title(),
                procedure.state(), c.organization().value(), complainant.nameZh(), complainant.nameEn(), c.statement(), c.lodgedAt(),
                c.decisionDue(), c.status(), c.lot(), c.remedy(), c.reason(), c.decidedAt(), c.decidedLate(), noticeNumber, c.version(),
                challenge.lot(), published.lots(), suspensions,
                decider && c.pending() && SUSPENDABLE.contains(procedure.state()), decider && suspended, decider && c.pending());
    }
}
