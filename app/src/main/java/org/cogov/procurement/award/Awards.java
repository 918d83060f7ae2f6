package org.cogov.procurement.award;

import java.math.BigDecimal;
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
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cogov.procurement.AwardCancelled;
import org.cogov.procurement.AwardDecided;
import org.cogov.procurement.AwardResults;
import org.cogov.procurement.ChallengeAnswered;
import org.cogov.procurement.ComplaintDecided;
import org.cogov.procurement.EndingNoticeFacts;
import org.cogov.procurement.EvaluationCompleted;
import org.cogov.procurement.Lot;
import org.cogov.procurement.Notice;
import org.cogov.procurement.NoticeFacts;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ProcurementRule;
import org.cogov.procurement.ProcurementRules;
import org.cogov.procurement.Publication;
import org.cogov.procurement.Remedy;
import org.cogov.procurement.SuspensionEnded;
import org.cogov.procurement.evaluation.Evaluation;
import org.cogov.procurement.experts.Panel;
import org.cogov.procurement.experts.PanelMember;
import org.cogov.procurement.experts.Panels;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.Sha256;
import org.cogov.shared.schedule.Agenda;
import org.cogov.shared.schedule.TimedTask;
import org.cogov.shared.time.LegalPeriod;
import org.cogov.shared.time.WorkingDayCalendar;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The award of each lot (RULES.md "After evaluation"). A completed evaluation hands its ranking to the purchaser
 * at once (the report is on the platform the moment the panel's last signature lands), and the purchaser confirms
 * the winner in ranking order by its last day, AWARD_CONFIRMATION working days later: the first candidate still
 * standing, or a later one only by passing over those before it with the reason (the candidate declined, or lost
 * its eligibility). Silence past that day awards the first candidate standing, by the scheduler. Each decision is
 * published at once as a result notice in both languages — the winner, the price, the panel by name — displayed
 * RESULT_DISPLAY working days, with an award letter to the winner; the procedure is AWARDED when no lot waits.
 *
 * <p>An upheld challenge or complaint names a remedy for its lot, applied here in the transaction of its decision,
 * before any contract is signed: the standing award is cancelled with a published correction, and the lot goes back to
 * its panel, to the next candidate, or fails — and with no lot left, the procedure fails. A suspended procedure is neither awarded nor
 * decided by silence until it resumes, and the purchaser's period stands still meanwhile.
 */
@Service
public class Awards {

    /** How often a routine applies the silence rule to lots past their last day whose scheduled run was lost. */
    static final Duration CATCH_UP_EVERY = Duration.ofMinutes(5);
    public static final int REASON_MAX = 2000;

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Locale ENGLISH = Locale.ENGLISH;

    private final AwardRecords records;
    private final Publication publication;
    private final AwardResults results;
    private final Evaluation evaluation;
    private final Panels panels;
    private final Registry registry;
    private final ProcurementRules rules;
    private final WorkingDays workingDays;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Agenda agenda;
    private final TransactionTemplate transaction;
    private final TimedTask silence;

    Awards(AwardRecords records, Publication publication, AwardResults results, Evaluation evaluation, Panels panels,
            Registry registry, ProcurementRules rules, WorkingDays workingDays, MessageSource messages,
            ApplicationEventPublisher events, Clock clock, Agenda agenda, PlatformTransactionManager transactions) {
        this.records = records;
        this.publication = publication;
        this.results = results;
        this.evaluation = evaluation;
        this.panels = panels;
        this.registry = registry;
        this.rules = rules;
        this.workingDays = workingDays;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.agenda = agenda;
        this.transaction = new TransactionTemplate(transactions);
        this.silence = agenda.define("procurement.award.by-silence", this::bySilence);
        agenda.repeat("procurement.award.silence-past-due", CATCH_UP_EVERY, this::silencePastDue);
    }

    /** A lot's evaluation completed: its ranking awaits the purchaser, a new round when the lot was evaluated again. */
    @EventListener
    void on(EvaluationCompleted completed) {
        ProcedureId id = new ProcedureId(completed.procedureId());
        Procedure procedure = published(id).procedure();
        LocalDate reportDay = completed.at().atZone(workingDays.zone()).toLocalDate();
        LocalDate confirmBy = workingDays.plusWorkingDays(reportDay, rule(ProcurementRule.Name.AWARD_CONFIRMATION, procedure, reportDay));
        Optional<AwardRecords.Row> earlier = records.lock(id, completed.lot());
        int round;
        if (earlier.isEmpty()) {
            records.open(id, completed.lot(), completed.at(), confirmBy);
            round = 1;
        } else if (records.nextRound(id, completed.lot(), completed.at(), confirmBy)) {
            round = earlier.get().round() + 1;
        } else {
            throw new IllegalStateException("lot " + completed.lot() + " of " + completed.reference() + " completed its evaluation "
                    + "while its award was " + earlier.get().status());
        }
        for (int i = 0; i < completed.ranking().size(); i++) {
            records.candidate(id, completed.lot(), round, i + 1, completed.ranking().get(i), completed.prices().get(i),
                    completed.totals().isEmpty() ? null : completed.totals().get(i));
        }
        agenda.schedule(silence, key(id, completed.lot()), confirmBy.plusDays(1).atStartOfDay(workingDays.zone()).toInstant());
    }

    /**
     * The purchaser confirms a lot's winner: the first candidate still standing, or a later one when the reason for
     * passing over every candidate before it is given.
     */
    @Transactional
    public LotAward confirm(Actor actor, ProcedureId id, int lot, UUID bidder, @Nullable String passOverReason) {
        actor.require("procurement:award:decide", "procurement.award.confirm", "procedure", id.value());
        Publication.PublishedProcedure published = published(id);
        if (!published.procedure().purchaser().value().equals(actor.organizationId())) {
            throw RuleViolation.notFound("procurement.procedure.unknown", id.value());
        }
        requireDecidable(published.procedure());
        AwardRecords.Row row = records.lock(id, lot).orElseThrow(() -> RuleViolation.notFound("procurement.award.no-lot", lot));
        if (row.status() != LotAward.Status.AWAITING) {
            throw RuleViolation.conflict("procurement.award.not-awaiting", lot);
        }
        List<AwardRecords.CandidateRow> candidates = records.candidates(id, lot, row.round());
        AwardRecords.CandidateRow chosen = candidates.stream().filter(c -> c.bidder().equals(bidder) && c.passedReason() == null)
                .findFirst().orElseThrow(() -> RuleViolation.refused("procurement.award.not-a-candidate", "bidder"));
        List<AwardRecords.CandidateRow> before = candidates.stream()
                .filter(c -> c.rank() < chosen.rank() && c.passedReason() == null).toList();
        if (!before.isEmpty()) {
            String reason = passOverReason == null ? "" : passOverReason.strip();
            if (reason.isEmpty() || reason.length() > REASON_MAX) {
                throw RuleViolation.refused("procurement.award.in-ranking-order", "passOverReason", name(before.get(0).bidder(), CHINESE),
                        Integer.toString(REASON_MAX));
            }
            Instant now = clock.instant();
            before.forEach(c -> records.passOver(id, lot, row.round(), c.rank(), reason, now));
        }
        decide(actor.userId(), actor.organizationId(), published, row, chosen, false);
        return view(published, lot);
    }

    /** Every lot's award of a procedure, for the staff who run it, the finance bureau and auditors. */
    @Transactional(readOnly = true)
    public List<LotAward> of(Actor actor, ProcedureId id) {
        Publication.PublishedProcedure published = published(id);
        if (!reader(actor, published.procedure())) {
            throw RuleViolation.notFound("procurement.procedure.unknown", id.value());
        }
        return records.lots(id).stream().map(row -> view(published, row.lot())).toList();
    }

    /**
     * What a bidder knows of its own award: for each lot it is a candidate of, its rank, and — once decided — whether
     * it won, with its award letter.
     */
    public record OwnAward(int lot, String lotTitle, LotAward.Status status, int rank, @Nullable Boolean won,
            @Nullable BigDecimal price, @Nullable String letter, @Nullable String letterSha256) {
    }

    @Transactional(readOnly = true)
    public List<OwnAward> mine(Actor actor, ProcedureId id, Locale locale) {
        actor.require("procurement:award:own", "procurement.award.read-own", "procedure", id.value());
        Publication.PublishedProcedure published = published(id);
        List<OwnAward> own = new ArrayList<>();
        for (AwardRecords.Row row : records.lots(id)) {
            Optional<AwardRecords.CandidateRow> mine = records.candidates(id, row.lot(), row.round()).stream()
                    .filter(c -> c.bidder().equals(actor.organizationId())).findFirst();
            if (mine.isEmpty()) {
                continue;
            }
            Optional<AwardRecords.DecisionRow> decided = records.standing(id, row.lot());
            boolean won = decided.map(d -> d.winner().equals(actor.organizationId())).orElse(false);
            AwardRecords.DecisionRow letter = won ? decided.get() : null;
            own.add(new OwnAward(row.lot(), lotOf(published, row.lot()).title(), row.status(), mine.get().rank(),
                    decided.isPresent() ? won : null, won ? letter.price() : null,
                    letter == null ? null : "zh".equals(locale.getLanguage()) ? letter.letterZh() : letter.letterEn(),
                    letter == null ? null : letter.letterSha256()));
        }
        if (own.isEmpty()) {
            throw RuleViolation.notFound("procurement.procedure.unknown", id.value());
        }
        return own;
    }

    /**
     * The purchaser's time to confirm stands still while the procedure is suspended: when it resumes, each lot still
     * awaiting its award gets back the working days of its period the suspension took.
     */
    @EventListener
    void on(SuspensionEnded ended) {
        if (ended.resumedTo() == null) {
            return;
        }
        ProcedureId id = new ProcedureId(ended.procedureId());
        LocalDate suspended = ended.suspendedAt().atZone(workingDays.zone()).toLocalDate();
        LocalDate resumed = ended.at().atZone(workingDays.zone()).toLocalDate();
        for (AwardRecords.Row row : records.lots(id)) {
            if (row.status() != LotAward.Status.AWAITING) {
                continue;
            }
            LocalDate confirmBy = lastDayAfterSuspension(row.confirmBy(), suspended, resumed, workingDays.calendar());
            if (confirmBy.isAfter(row.confirmBy())) {
                records.extend(id, row.lot(), row.confirmBy(), confirmBy);
                agenda.schedule(silence, key(id, row.lot()), confirmBy.plusDays(1).atStartOfDay(workingDays.zone()).toInstant());
            }
        }
    }

    /**
     * The purchaser's last day once a suspension from {@code suspended} to {@code resumed} (exclusive) is over: later by
     * the working days of its period the suspension took — none when it began after the period ended.
     */
    static LocalDate lastDayAfterSuspension(LocalDate lastDay, LocalDate suspended, LocalDate resumed, WorkingDayCalendar calendar) {
        int taken = 0;
        for (LocalDate day = suspended; day.isBefore(resumed) && !day.isAfter(lastDay); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                taken++;
            }
        }
        return taken == 0 ? lastDay : calendar.plusWorkingDays(lastDay, taken);
    }

    /** An upheld challenge's remedy, applied with the answer. */
    @EventListener
    void on(ChallengeAnswered answered) {
        if (answered.remedy() != null) {
            apply(new Decider(answered.actorId(), answered.organizationId()), new ProcedureId(answered.procedureId()),
                    Objects.requireNonNull(answered.lot()), answered.remedy(),
                    messages.getMessage("procurement.award.remedy.challenge", new Object[] {answered.challengeId().toString()}, CHINESE));
        }
    }

    /** An upheld complaint's remedy, applied with the finance bureau's decision. */
    @EventListener
    void on(ComplaintDecided decided) {
        if (decided.remedy() != null) {
            apply(new Decider(decided.actorId(), decided.organizationId()), new ProcedureId(decided.procedureId()),
                    Objects.requireNonNull(decided.lot()), decided.remedy(), decided.reason());
        }
    }

    /** Who decided a remedy: the purchaser's official who answered, or the finance bureau's who decided. */
    private record Decider(UUID userId, UUID organizationId) implements Actor {

        @Override
        public String username() {
            return userId.toString();
        }

        @Override
        public boolean can(String permission) {
            return false;
        }
    }

    /**
     * Applies a remedy to a lot before its contract: the standing award is cancelled, then the lot goes back to its
     * panel, to the next candidate still standing (none left: the lot fails), or fails.
     */
    void apply(Actor by, ProcedureId id, int lot, Remedy remedy, String reason) {
        Publication.PublishedProcedure published = published(id);
        // The lot is locked before anything is decided, as the contract's signature locks it: of a remedy and a
        // signature of the same lot, the later sees the earlier. A signed lot is named as such whatever the procedure's
        // state, since that is the reason the remedy cannot apply.
        Optional<AwardRecords.Row> locked = records.lock(id, lot);
        if (locked.isPresent() && locked.get().contractSignedOn() != null) {
            throw RuleViolation.conflict("procurement.award.remedy-after-signature", published.procedure().reference(), lot);
        }
        Procedure.State state = published.procedure().state();
        if (state != Procedure.State.EVALUATING && state != Procedure.State.AWARD_PENDING && state != Procedure.State.AWARDED) {
            throw RuleViolation.conflict("procurement.award.remedy-too-late", published.procedure().reference(), lot);
        }
        AwardRecords.Row row = locked.orElseThrow(() -> RuleViolation.conflict("procurement.award.remedy-without-ranking", lot));
        if (row.status() == LotAward.Status.FAILED || row.status() == LotAward.Status.REEVALUATING) {
            throw RuleViolation.conflict("procurement.award.remedy-pending", lot);
        }
        Instant now = clock.instant();
        Optional<AwardRecords.DecisionRow> standing = records.standing(id, lot);
        standing.ifPresent(decision -> {
            records.cancel(decision.id(), now, by.userId(), remedy, reason);
            Organization winner = registry.organization(new OrganizationId(decision.winner())).orElseThrow();
            String resultNotice = published.notices().stream().filter(n -> n.id().value().equals(decision.noticeId()))
                    .map(Notice::number).findFirst().orElse(null);
            results.awardCancelled(published.procedure(), new EndingNoticeFacts.AwardCancelled(lot, lotOf(published, lot).title(),
                    new NoticeFacts.Names(winner.nameZh(), winner.nameEn()), resultNotice, remedy, reason));
            events.publishEvent(new AwardCancelled(by.userId(), by.organizationId(), id.value(), published.procedure().reference(),
                    lot, decision.winner(), remedy, reason, now));
        });
        switch (remedy) {
            case RE_EVALUATE -> {
                records.move(id, lot, row.status(), LotAward.Status.REEVALUATING);
                results.reEvaluating(id);
                evaluation.reopen(by, id, lot, reason);
            }
            case NEXT_CANDIDATE -> {
                standing.ifPresent(decision -> records.passOver(id, lot, decision.round(), decision.rank(), reason, now));
                Optional<AwardRecords.CandidateRow> next = records.candidates(id, lot, row.round()).stream()
                        .filter(c -> c.passedReason() == null).findFirst();
                if (next.isEmpty()) {
                    fail(by, id, lot, row.status(), reason);
                } else {
                    if (row.status() == LotAward.Status.AWARDED) {
                        records.move(id, lot, LotAward.Status.AWARDED, LotAward.Status.AWAITING);
                        results.reopened(id);
                    }
                    decide(by.userId(), by.organizationId(), published(id), records.lock(id, lot).orElseThrow(), next.get(), false);
                }
            }
            case FAIL_LOT -> fail(by, id, lot, row.status(), reason);
        }
    }

    /** The lot fails on review with its notice; with no lot left standing or waiting, the procedure fails too. */
    private void fail(Actor by, ProcedureId id, int lot, LotAward.Status from, String reason) {
        records.move(id, lot, from, LotAward.Status.FAILED);
        Publication.PublishedProcedure published = published(id);
        boolean anyLeft = records.lots(id).stream().anyMatch(r -> r.status() != LotAward.Status.FAILED);
        if (anyLeft) {
            results.lotFailed(published.procedure(), lotOf(published, lot), reason);
            settle(id);
        } else {
            results.failed(published.procedure(), by);
        }
    }

    /** Awards a candidate, publishes the result with its letter, and settles the procedure's state. */
    private void decide(@Nullable UUID by, UUID organization, Publication.PublishedProcedure published, AwardRecords.Row row,
            AwardRecords.CandidateRow winner, boolean bySilence) {
        ProcedureId id = published.procedure().id();
        Instant now = clock.instant();
        UUID decision = UUID.randomUUID();
        records.decide(decision, id, row.lot(), row.round(), winner.rank(), winner.bidder(), winner.price(), bySilence, by, now);
        if (!records.move(id, row.lot(), LotAward.Status.AWAITING, LotAward.Status.AWARDED)) {
            throw RuleViolation.conflict("procurement.award.not-awaiting", row.lot());
        }
        events.publishEvent(new AwardDecided(by, organization, id.value(), published.procedure().reference(), row.lot(),
                winner.bidder(), winner.rank(), winner.price(), bySilence, now));
        publishResult(published, row.lot(), decision, winner);
        settle(id);
    }

    /**
     * Locks the lot's award for the transaction that signs its contract, before that transaction locks the contract: a
     * remedy locks the lot, then (withdrawing the draft) the contract, so taking them in the same order keeps a signature
     * and a remedy of the same lot from waiting on each other.
     */
    @Transactional
    public void holdForSignature(ProcedureId id, int lot) {
        records.lock(id, lot);
    }

    /**
     * Both parties signed the contract of an awarded lot, for the contracting module to call in its signing transaction:
     * the lot records it, so that no remedy reaches it any more, and once every awarded lot of the procedure is signed,
     * the procedure is CONTRACTED. The lot's row is locked first, as a remedy locks it, so that a remedy and a signature
     * of the same lot are ordered: the later one sees the earlier and refuses.
     *
     * @throws RuleViolation the procedure is suspended, or the lot is not awarded (a remedy reopened it meanwhile), or
     *         its contract was recorded signed already
     */
    @Transactional
    public void contractSigned(ProcedureId id, int lot, LocalDate signedOn) {
        Procedure procedure = published(id).procedure();
        if (procedure.state() == Procedure.State.SUSPENDED) {
            throw RuleViolation.conflict("procurement.award.suspended", procedure.reference());
        }
        AwardRecords.Row row = records.lock(id, lot).orElseThrow(() -> RuleViolation.notFound("procurement.award.no-lot", lot));
        if (row.status() != LotAward.Status.AWARDED || !records.contractSigned(id, lot, signedOn)) {
            throw RuleViolation.conflict("procurement.award.not-signable", procedure.reference(), lot);
        }
        List<AwardRecords.Row> lots = records.lots(id);
        boolean everyAwardedLotSigned = lots.stream().noneMatch(r -> r.status() == LotAward.Status.AWAITING
                || r.status() == LotAward.Status.REEVALUATING || r.status() == LotAward.Status.AWARDED && r.contractSignedOn() == null);
        if (everyAwardedLotSigned) {
            results.contracted(id);
        }
    }

    /** The result notice of a decision, and the winner's award letter, in both languages. */
    private void publishResult(Publication.PublishedProcedure published, int lot, UUID decision, AwardRecords.CandidateRow winner) {
        Procedure procedure = published.procedure();
        LocalDate today = clock.instant().atZone(workingDays.zone()).toLocalDate();
        LocalDate displayUntil = workingDays.plusWorkingDays(today, rule(ProcurementRule.Name.RESULT_DISPLAY, procedure, today));
        LocalDate challengesUntil = workingDays.plusWorkingDays(displayUntil,
                rule(ProcurementRule.Name.CHALLENGE_PERIOD, procedure, today));
        Lot theLot = lotOf(published, lot);
        Organization organization = registry.organization(new OrganizationId(winner.bidder())).orElseThrow();
        List<String> panel = panels.of(procedure.id(), lot).map(Panel::seated).orElse(List.of()).stream()
                .sorted((a, b) -> Boolean.compare(a.kind() != PanelMember.Kind.EXPERT, b.kind() != PanelMember.Kind.EXPERT))
                .map(PanelMember::name).toList();
        Notice notice = results.publishResult(procedure, new EndingNoticeFacts.Result(List.of(new EndingNoticeFacts.LotResult(lot,
                theLot.title(), new NoticeFacts.Names(organization.nameZh(), organization.nameEn()), winner.price(), winner.total(),
                panel)), displayUntil, challengesUntil));
        // The same day the contract counts: calendar days, a last day off work moving to the next working day.
        LocalDate signBy = workingDays.lastDay(LegalPeriod.days(today, rule(ProcurementRule.Name.CONTRACT_SIGNATURE, procedure, today)));
        String zh = letter(CHINESE, procedure, published, theLot, organization.nameZh(), winner.price(), today, signBy);
        String en = letter(ENGLISH, procedure, published, theLot, organization.nameEn().isBlank() ? organization.nameZh()
                : organization.nameEn(), winner.price(), today, signBy);
        records.published(decision, notice.id().value(), displayUntil, zh, en, Sha256.hex(zh + "\n" + en));
    }

    /** The award letter (中标/成交通知书): to the winner, the lot, the price, and the day by which to sign. */
    private String letter(Locale locale, Procedure procedure, Publication.PublishedProcedure published, Lot lot, String winner,
            BigDecimal price, LocalDate on, LocalDate signBy) {
        Function<String, String> purchaserName = key -> "zh".equals(locale.getLanguage()) ? published.purchaser().nameZh()
                : published.purchaser().nameEn();
        return String.join("\n",
                messages.getMessage("procurement.award.letter.title", null, locale),
                messages.getMessage("procurement.award.letter.to", new Object[] {winner}, locale),
                messages.getMessage("procurement.award.letter.body", new Object[] {procedure.title(), procedure.reference(),
                        Integer.toString(lot.number()), lot.title(), String.format(Locale.ROOT, "%,.2f", price)}, locale),
                messages.getMessage("procurement.award.letter.sign", new Object[] {signBy.toString()}, locale),
                messages.getMessage("procurement.award.letter.from", new Object[] {purchaserName.apply(""), on.toString()}, locale));
    }

    /** AWARD_PENDING becomes AWARDED once no lot waits for its award or its panel, and one at least is awarded. */
    private void settle(ProcedureId id) {
        List<AwardRecords.Row> lots = records.lots(id);
        boolean waiting = lots.stream().anyMatch(r -> r.status() == LotAward.Status.AWAITING || r.status() == LotAward.Status.REEVALUATING);
        if (!waiting && lots.stream().anyMatch(r -> r.status() == LotAward.Status.AWARDED)) {
            results.awarded(id);
        }
    }

    /** The silence rule when its day has passed: the first candidate standing, unless decided or suspended meanwhile. */
    Optional<Instant> bySilence(String key) {
        String[] parts = key.split(":");
        ProcedureId id = new ProcedureId(UUID.fromString(parts[0]));
        int lot = Integer.parseInt(parts[1]);
        transaction.executeWithoutResult(status -> silence(id, lot));
        return Optional.empty();
    }

    /** Applies the silence rule to every lot past its last day, each in a transaction of its own. */
    void silencePastDue() {
        LocalDate today = clock.instant().atZone(workingDays.zone()).toLocalDate();
        for (AwardRecords.Row row : records.awaitingAfter(today)) {
            transaction.executeWithoutResult(status -> silence(row.procedure(), row.lot()));
        }
    }

    private void silence(ProcedureId id, int lot) {
        LocalDate today = clock.instant().atZone(workingDays.zone()).toLocalDate();
        Optional<AwardRecords.Row> row = records.lock(id, lot)
                .filter(r -> r.status() == LotAward.Status.AWAITING && r.confirmBy().isBefore(today));
        Optional<Publication.PublishedProcedure> published = publication.published(id);
        if (row.isEmpty() || published.isEmpty() || !decidable(published.get().procedure())) {
            return;
        }
        records.candidates(id, lot, row.get().round()).stream().filter(c -> c.passedReason() == null).findFirst()
                .ifPresent(first -> decide(null, published.get().procedure().purchaser().value(), published.get(), row.get(), first, true));
    }

    private void requireDecidable(Procedure procedure) {
        if (procedure.state() == Procedure.State.SUSPENDED) {
            throw RuleViolation.conflict("procurement.award.suspended", procedure.reference());
        }
        if (!decidable(procedure)) {
            throw RuleViolation.conflict("procurement.award.not-pending", procedure.reference());
        }
    }

    /** A lot is awarded while its procedure waits for awards, or while other lots are still evaluated. */
    private static boolean decidable(Procedure procedure) {
        return procedure.state() == Procedure.State.AWARD_PENDING || procedure.state() == Procedure.State.EVALUATING;
    }

    private boolean reader(Actor actor, Procedure procedure) {
        return procedure.isRunBy(actor.organizationId()) && actor.can("procurement:award:read") || actor.can("procurement:award:supervise");
    }

    private LotAward view(Publication.PublishedProcedure published, int lot) {
        ProcedureId id = published.procedure().id();
        AwardRecords.Row row = records.find(id, lot).orElseThrow();
        Map<UUID, Organization> names = new java.util.HashMap<>();
        Function<UUID, Organization> organization = bidder -> names.computeIfAbsent(bidder,
                b -> registry.organization(new OrganizationId(b)).orElseThrow());
        Map<UUID, String> noticeNumbers = published.notices().stream().collect(Collectors.toMap(n -> n.id().value(), Notice::number));
        List<LotAward.AwardCandidate> candidates = records.candidates(id, lot, row.round()).stream()
                .map(c -> new LotAward.AwardCandidate(c.rank(), c.bidder(), organization.apply(c.bidder()).nameZh(),
                        organization.apply(c.bidder()).nameEn(), c.price(), c.total(), c.passedReason(), c.passedAt())).toList();
        List<LotAward.AwardDecision> decisions = records.decisions(id).stream().filter(d -> d.lot() == lot)
                .map(d -> new LotAward.AwardDecision(d.id(), d.round(), d.rank(), d.winner(), organization.apply(d.winner()).nameZh(),
                        organization.apply(d.winner()).nameEn(), d.price(), d.bySilence(), d.decidedBy(), d.decidedAt(),
                        d.noticeId() == null ? null : noticeNumbers.get(d.noticeId()), d.displayUntil(), d.cancelledAt(), d.remedy(),
                        d.cancelReason())).toList();
        return new LotAward(id.value(), published.procedure().reference(), lot, lotOf(published, lot).title(), row.status(),
                row.round(), row.reportAt(), row.confirmBy(), candidates, decisions);
    }

    private String name(UUID bidder, Locale locale) {
        return registry.organization(new OrganizationId(bidder)).map(o -> "zh".equals(locale.getLanguage()) || o.nameEn().isBlank()
                ? o.nameZh() : o.nameEn()).orElse(bidder.toString());
    }

    private int rule(ProcurementRule.Name name, Procedure procedure, LocalDate day) {
        return rules.rulebook().required(name, procedure.method(), day).count();
    }

    private Publication.PublishedProcedure published(ProcedureId id) {
        return publication.published(id).orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
    }

    private static Lot lotOf(Publication.PublishedProcedure published, int lot) {
        return published.lots().stream().filter(l -> l.number() == lot).findFirst()
                .orElseThrow(() -> RuleViolation.notFound("procurement.award.no-lot", lot));
    }

    private static String key(ProcedureId id, int lot) {
        return id.value() + ":" + lot;
    }
}
