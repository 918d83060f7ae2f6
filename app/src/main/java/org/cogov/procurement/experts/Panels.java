package org.cogov.procurement.experts;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cogov.identity.ExpertAccounts;
import org.cogov.identity.Officials;
import org.cogov.procurement.Lot;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.bidding.Opening;
import org.cogov.procurement.bidding.OpeningRecord;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.People;
import org.cogov.registry.Registry;
import org.cogov.registry.Tie;
import org.cogov.shared.Actor;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluation panels. After the opening, the purchaser (or its agency) draws a panel for one lot or for every lot of
 * the procedure: sized by {@link PanelSize}, its expert seats filled at random from the pool by {@link PanelDraw} —
 * the seed, the candidates and every exclusion recorded so that anyone can replay it — and its other seats by
 * officials of the purchasing department it names. Each member declares, before seeing any bid, that it has no
 * conflict, or declines (a conflict, or any other reason); a declining expert's seat goes to the next candidate of
 * the recorded order, so the replay still holds. When the last seat is filled by a member who declared, the panel is
 * seated ({@link PanelSeated}).
 *
 * <p>The panels are read by those who run the procedure, by the finance bureau and auditors, and by their own
 * members; anyone else is told they do not exist. {@link #of} and {@link #seated(UUID, ProcedureId, int)} serve the
 * evaluation inside procurement and check no caller: the evaluation checks its own.
 */
@Service
public class Panels {

    /** At most this many characters in a reason, and this many seats. */
    public static final int MAX_REASON = 500;
    public static final int MAX_SEATS = 25;

    /**
     * What the purchaser asks for: one lot, or every lot ({@code lot} null); how many seats, how many of them its
     * representatives hold (named here); whether the project is complex or of great social impact, and why; the day
     * of the evaluation, on which the experts must be available.
     */
    public record DrawRequest(@Nullable Integer lot, int seats, boolean complex, @Nullable String complexWhy,
            LocalDate evaluationDay, List<UUID> representatives) {

        public DrawRequest {
            representatives = List.copyOf(representatives);
        }
    }

    /** A panel with what it was sized by, for those who run its procedure and those who read every panel. */
    public record PanelFacts(Panel panel, String reference, String title, int expertSeats, int minimum, Money budget,
            boolean complex, @Nullable String complexWhy, String catalogueCode, LocalDate evaluationDay, Instant drawnAt,
            List<Seat> seats) {
    }

    /** A seat and who holds it now, or that it is vacant. */
    public record Seat(int number, PanelMember.Kind kind, @Nullable PanelMember holder) {
    }

    /**
     * The record of a draw: the seed, the candidates in the order of their ids with the rank the seed gave each,
     * every exclusion with its reason, and whether the panel's members follow from it.
     */
    public record DrawRecord(UUID panel, String seed, List<Candidate> candidates, List<Excluded> exclusions, Replay replay) {
    }

    public record Candidate(int place, ExpertId expert, String name, int rank, PanelMember.@Nullable Status status) {
    }

    public record Excluded(ExpertId expert, String name, PanelDraw.Reason reason, @Nullable OrganizationId organization,
            @Nullable String organizationZh, @Nullable String organizationEn, Tie.@Nullable Kind tie) {
    }

    /** Whether the recorded order follows from the seed and the members from the order; the problems if not. */
    public record Replay(boolean matches, List<ExpertId> order, List<String> problems) {
    }

    private final PanelRecords records;
    private final ExpertPool pool;
    private final Publication publication;
    private final ProcedureDrafts drafts;
    private final Opening opening;
    private final People people;
    private final Registry registry;
    private final Officials officials;
    private final ExpertAccounts accounts;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Panels(PanelRecords records, ExpertPool pool, Publication publication, ProcedureDrafts drafts, Opening opening, People people,
            Registry registry, Officials officials, ExpertAccounts accounts, WorkingDays workingDays, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.pool = pool;
        this.publication = publication;
        this.drafts = drafts;
        this.opening = opening;
        this.people = people;
        this.registry = registry;
        this.officials = officials;
        this.accounts = accounts;
        this.workingDays = workingDays;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Draws a panel for an opened procedure. Refused when the procedure is not opened, the lot failed or has a panel
     * already (or the whole procedure has one), the size breaks the rules, a representative is not an official of the
     * purchasing department, or the pool has fewer candidates than expert seats — that refusal names both numbers.
     */
    @Transactional
    public PanelFacts draw(Actor actor, ProcedureId id, DrawRequest request) {
        actor.require("procurement:panel:draw", "procurement.panel.draw", "procedure", id.value());
        Publication.PublishedProcedure published = runBy(actor, id);
        Procedure procedure = published.procedure();
        requireEvaluating(procedure);
        if (!PanelSize.needsPanel(procedure.method())) {
            throw RuleViolation.refused("procurement.panel.method-has-none", "lot");
        }
        records.lockProcedure(id);
        OpeningRecord record = opening.record(id);
        List<Lot> lots = lotsOf(published, record, request.lot());
        List<PanelRecords.StoredPanel> existing = records.ofProcedure(id);
        if (existing.stream().anyMatch(p -> p.lot() == 0 || request.lot() == null || p.lot() == request.lot())) {
            throw RuleViolation.conflict("procurement.panel.drawn-already", procedure.reference());
        }
        LocalDate today = today();
        // A lot's panel is sized by the lot's budget, a whole procedure's by the procedure's total, failed lots included.
        Money budget = (request.lot() == null ? published.lots() : lots).stream().map(Lot::budget).reduce(Money.ZERO, Money::plus);
        PanelSize.Rules rules = PanelSize.rules(drafts.rulebook(), procedure.method(), today);
        List<RuleViolation> violations = new ArrayList<>(PanelSize.violations(rules, budget.amount(), request.complex(),
                request.complexWhy(), request.seats(), request.representatives().size()));
        if (request.seats() > MAX_SEATS) {
            violations.add(RuleViolation.refused("procurement.panel.too-large", "seats", MAX_SEATS));
        }
        if (request.evaluationDay().isBefore(today)) {
            violations.add(RuleViolation.refused("procurement.panel.evaluation-day-past", "evaluationDay"));
        }
        if (request.complexWhy() != null && request.complexWhy().strip().length() > MAX_REASON) {
            violations.add(RuleViolation.refused("procurement.panel.reason", "complexWhy", MAX_REASON));
        }
        Map<UUID, Officials.Official> representatives = new LinkedHashMap<>();
        for (UUID user : request.representatives()) {
            Optional<Officials.Official> official = officials.official(user).filter(o -> o.organization().equals(procedure.purchaser()));
            if (official.isEmpty() || representatives.containsKey(user)) {
                violations.add(RuleViolation.refused("procurement.panel.representative-not-of-purchaser", "representatives"));
            } else {
                representatives.put(user, official.get());
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolations(violations);
        }
        int expertSeats = request.seats() - representatives.size();
        Set<OrganizationId> bidders = new LinkedHashSet<>();
        lots.forEach(lot -> bidders.addAll(opening.bidders(id, lot.number())));
        PanelDraw.Parties parties = new PanelDraw.Parties(procedure.purchaser(), procedure.agency(), bidders);
        List<Expert> matching = pool.active().stream().filter(e -> e.covers(procedure.catalogueCode())).toList();
        PanelDraw draw = PanelDraw.draw(seed(), parties, matching.stream()
                .map(e -> standing(e, parties, request.evaluationDay())).toList());
        if (draw.candidates().size() < expertSeats) {
            throw RuleViolation.conflict("procurement.panel.too-few-experts", expertSeats, draw.candidates().size(),
                    matching.size());
        }
        Instant now = clock.instant();
        UUID panelId = UUID.randomUUID();
        String complexWhy = request.complex() && request.complexWhy() != null ? request.complexWhy().strip() : null;
        PanelRecords.StoredPanel panel = new PanelRecords.StoredPanel(panelId, id, request.lot() == null ? 0 : request.lot(),
                request.seats(), expertSeats, PanelSize.minimum(rules, budget.amount(), request.complex()), budget.amount(),
                request.complex(), complexWhy, procedure.catalogueCode(), request.evaluationDay(), draw.seed(), actor.userId(),
                now, null);
        try {
            records.add(panel, draw);
        } catch (DuplicateKeyException e) {
            throw RuleViolation.conflict("procurement.panel.drawn-already", procedure.reference());
        }
        Map<ExpertId, Expert> byId = matching.stream().collect(Collectors.toMap(Expert::id, Function.identity()));
        int seat = 0;
        for (ExpertId drawn : draw.first(expertSeats)) {
            Expert expert = byId.get(drawn);
            records.addMember(panelId, expert.userId(), ++seat, PanelMember.Kind.EXPERT, drawn, expert.name(), now);
        }
        for (Officials.Official official : representatives.values()) {
            records.addMember(panelId, official.userId(), ++seat, PanelMember.Kind.REPRESENTATIVE, null, official.displayName(), now);
        }
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("procedure", id.value().toString());
        payload.put("lot", request.lot() == null ? "all" : request.lot().toString());
        payload.put("seed", draw.seed());
        payload.put("seats", Integer.toString(request.seats()));
        payload.put("expertSeats", Integer.toString(expertSeats));
        payload.put("candidates", draw.candidates().stream().map(e -> e.value().toString()).collect(Collectors.joining(",")));
        payload.put("exclusions", Integer.toString(draw.exclusions().size()));
        payload.put("complex", Boolean.toString(request.complex()));
        if (complexWhy != null) {
            payload.put("complexWhy", complexWhy);
        }
        changed(actor, "procurement.panel.drawn", panelId, payload);
        return facts(records.find(panelId).orElseThrow());
    }

    /** The panel that evaluates the lot: drawn for it, or for the whole procedure. Checks no caller. */
    @Transactional(readOnly = true)
    public Optional<Panel> of(ProcedureId procedure, int lot) {
        List<PanelRecords.StoredPanel> panels = records.ofProcedure(procedure);
        return panels.stream().filter(p -> p.lot() == lot).findFirst()
                .or(() -> panels.stream().filter(p -> p.lot() == 0).findFirst())
                .map(this::panel);
    }

    /** Whether the user holds a seat, declared, on the panel that evaluates the lot. Checks no caller. */
    @Transactional(readOnly = true)
    public boolean seated(UUID user, ProcedureId procedure, int lot) {
        return of(procedure, lot).map(panel -> panel.seated(user)).orElse(false);
    }

    /** The panels of a procedure, for those who run it and those who read every panel. */
    @Transactional(readOnly = true)
    public List<PanelFacts> panels(Actor actor, ProcedureId id) {
        actor.require("procurement:panel:read", "procurement.panel.read", "procedure", id.value());
        readable(actor, id);
        return records.ofProcedure(id).stream().map(this::facts).toList();
    }

    /** A panel, for those who run its procedure, those who read every panel, and its members past and present. */
    @Transactional(readOnly = true)
    public PanelFacts panel(Actor actor, UUID id) {
        actor.require("procurement:panel:read", "procurement.panel.read", "panel", id);
        PanelRecords.StoredPanel panel = records.find(id).orElseThrow(() -> unknown(id));
        if (records.member(id, actor.userId()).isEmpty()) {
            readable(actor, panel.procedure(), id);
        }
        return facts(panel);
    }

    /** The panels the actor was drawn or named for, newest first. */
    @Transactional(readOnly = true)
    public List<PanelFacts> mine(Actor actor) {
        actor.require("procurement:panel:read", "procurement.panel.mine", "panel", null);
        return records.ofMember(actor.userId()).stream().map(this::facts).toList();
    }

    /** The record of a panel's draw, with its replay: for those who run the procedure and those who read every panel. */
    @Transactional(readOnly = true)
    public DrawRecord record(Actor actor, UUID id) {
        actor.require("procurement:panel:read", "procurement.panel.draw-record", "panel", id);
        PanelRecords.StoredPanel panel = records.find(id).orElseThrow(() -> unknown(id));
        readable(actor, panel.procedure(), id);
        List<ExpertId> candidates = records.candidates(id);
        List<ExpertId> order = records.order(id);
        List<PanelDraw.Exclusion> exclusions = records.exclusions(id);
        Set<ExpertId> named = new HashSet<>(candidates);
        exclusions.forEach(e -> named.add(e.expert()));
        Map<ExpertId, String> names = pool.find(named).stream().collect(Collectors.toMap(Expert::id, Expert::name));
        Map<ExpertId, PanelMember.Status> statuses = new HashMap<>();
        records.members(id).stream().filter(m -> m.expert() != null).forEach(m -> statuses.put(m.expert(), m.status()));
        List<Candidate> listed = new ArrayList<>();
        for (int place = 0; place < candidates.size(); place++) {
            ExpertId expert = candidates.get(place);
            listed.add(new Candidate(place + 1, expert, names.getOrDefault(expert, "—"), order.indexOf(expert) + 1,
                    statuses.get(expert)));
        }
        Map<OrganizationId, Optional<Organization>> organizations = new HashMap<>();
        List<Excluded> excluded = exclusions.stream().map(e -> {
            Optional<Organization> organization = e.organization() == null ? Optional.empty()
                    : organizations.computeIfAbsent(e.organization(), registry::organization);
            return new Excluded(e.expert(), names.getOrDefault(e.expert(), "—"), e.reason(), e.organization(),
                    organization.map(Organization::nameZh).orElse(null), organization.map(Organization::nameEn).orElse(null),
                    e.tie());
        }).toList();
        return new DrawRecord(id, panel.seed(), listed, excluded, replay(panel));
    }

    /** The member declares, before seeing any bid, that it has no conflict with the parties: it takes its seat. */
    @Transactional
    public PanelFacts declare(Actor actor, UUID id) {
        actor.require("procurement:panel:declare", "procurement.panel.declare", "panel", id);
        PanelRecords.StoredPanel panel = ofMember(actor, id);
        requireEvaluating(procedureOf(panel));
        records.lockPanel(id);
        Instant now = clock.instant();
        if (!records.settle(id, actor.userId(), PanelMember.Status.DRAWN, PanelMember.Status.SEATED, now, false, null)) {
            throw RuleViolation.conflict("procurement.panel.declared-already");
        }
        changed(actor, "procurement.panel.declared", id, Map.of("member", actor.userId().toString(), "conflict", "false"));
        seatedIfComplete(actor, panel, now);
        return facts(records.find(id).orElseThrow());
    }

    /**
     * The member declines — for a conflict with a party, or any other reason, given — before or after declaring; an
     * expert's seat goes to the next candidate of the recorded order, a representative's waits for the purchaser to
     * name another.
     */
    @Transactional
    public PanelFacts decline(Actor actor, UUID id, String reason, boolean conflict) {
        actor.require("procurement:panel:declare", "procurement.panel.decline", "panel", id);
        PanelRecords.StoredPanel panel = ofMember(actor, id);
        requireEvaluating(procedureOf(panel));
        String why = reason(reason);
        records.lockPanel(id);
        PanelRecords.StoredMember member = records.member(id, actor.userId()).orElseThrow();
        Instant now = clock.instant();
        if (!member.view().holdsSeat()
                || !records.settle(id, actor.userId(), member.status(), PanelMember.Status.DECLINED, now, conflict, why)) {
            throw RuleViolation.conflict("procurement.panel.declined-already");
        }
        changed(actor, "procurement.panel.declined", id, Map.of("member", actor.userId().toString(), "conflict",
                Boolean.toString(conflict), "reason", why));
        refill(actor, panel, member, now);
        return facts(records.find(id).orElseThrow());
    }

    /**
     * The purchaser replaces a member who has not declared — unreachable, or not answering — with the reason; an
     * expert by the next candidate of the recorded order, a representative by naming another.
     */
    @Transactional
    public PanelFacts replace(Actor actor, UUID id, UUID user, String reason) {
        actor.require("procurement:panel:draw", "procurement.panel.replace", "panel", id);
        PanelRecords.StoredPanel panel = records.find(id).orElseThrow(() -> unknown(id));
        Procedure procedure = runBy(actor, panel.procedure()).procedure();
        requireEvaluating(procedure);
        String why = reason(reason);
        records.lockPanel(id);
        PanelRecords.StoredMember member = records.member(id, user)
                .orElseThrow(() -> RuleViolation.notFound("procurement.panel.member-unknown"));
        Instant now = clock.instant();
        if (!records.settle(id, user, PanelMember.Status.DRAWN, PanelMember.Status.REPLACED, now, false, why)) {
            throw RuleViolation.conflict("procurement.panel.replace-declared");
        }
        changed(actor, "procurement.panel.member-replaced", id, Map.of("member", user.toString(), "reason", why));
        refill(actor, panel, member, now);
        return facts(records.find(id).orElseThrow());
    }

    /** The purchaser names an official of its department to a representative's seat left vacant. */
    @Transactional
    public PanelFacts nameRepresentative(Actor actor, UUID id, UUID user) {
        actor.require("procurement:panel:draw", "procurement.panel.name-representative", "panel", id);
        PanelRecords.StoredPanel panel = records.find(id).orElseThrow(() -> unknown(id));
        Procedure procedure = runBy(actor, panel.procedure()).procedure();
        requireEvaluating(procedure);
        Officials.Official official = officials.official(user).filter(o -> o.organization().equals(procedure.purchaser()))
                .orElseThrow(() -> RuleViolation.refused("procurement.panel.representative-not-of-purchaser", "user"));
        records.lockPanel(id);
        Seat vacant = seats(panel, records.members(id)).stream()
                .filter(s -> s.kind() == PanelMember.Kind.REPRESENTATIVE && s.holder() == null).findFirst()
                .orElseThrow(() -> RuleViolation.conflict("procurement.panel.no-vacant-seat"));
        if (records.member(id, user).isPresent()) {
            throw RuleViolation.conflict("procurement.panel.member-already", official.displayName());
        }
        records.addMember(id, user, vacant.number(), PanelMember.Kind.REPRESENTATIVE, null, official.displayName(), clock.instant());
        changed(actor, "procurement.panel.representative-named", id, Map.of("member", user.toString(), "seat",
                Integer.toString(vacant.number())));
        return facts(records.find(id).orElseThrow());
    }

    /** The officials of the purchasing department, whom the purchaser may name its representatives. */
    @Transactional(readOnly = true)
    public List<Officials.Official> representatives(Actor actor, ProcedureId id) {
        actor.require("procurement:panel:draw", "procurement.panel.representatives", "procedure", id.value());
        Procedure procedure = runBy(actor, id).procedure();
        return officials.all().stream().filter(o -> o.organization().equals(procedure.purchaser())).toList();
    }

    /** The size rules that apply to a lot of the procedure (or to all of them), for the draw form. */
    @Transactional(readOnly = true)
    public PanelSize.Rules sizeRules(Actor actor, ProcedureId id) {
        actor.require("procurement:panel:read", "procurement.panel.read", "procedure", id.value());
        Procedure procedure = readable(actor, id).procedure();
        if (!PanelSize.needsPanel(procedure.method())) {
            throw RuleViolation.refused("procurement.panel.method-has-none", "lot");
        }
        return PanelSize.rules(drafts.rulebook(), procedure.method(), today());
    }

    /** Fills a vacated expert seat from the recorded order; a representative's seat waits to be named. */
    private void refill(Actor actor, PanelRecords.StoredPanel panel, PanelRecords.StoredMember leaving, Instant now) {
        records.markUnseated(panel.id());
        if (leaving.kind() != PanelMember.Kind.EXPERT) {
            return;
        }
        PanelDraw draw = new PanelDraw(panel.seed(), records.candidates(panel.id()), records.order(panel.id()), List.of());
        Set<ExpertId> drawnSoFar = records.members(panel.id()).stream().map(PanelRecords.StoredMember::expert)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Optional<ExpertId> next = draw.next(drawnSoFar);
        if (next.isEmpty()) {
            changed(actor, "procurement.panel.order-exhausted", panel.id(), Map.of("seat", Integer.toString(leaving.seat())));
            return;
        }
        Expert expert = pool.find(List.of(next.get())).get(0);
        records.addMember(panel.id(), expert.userId(), leaving.seat(), PanelMember.Kind.EXPERT, expert.id(), expert.name(), now);
        changed(actor, "procurement.panel.replacement-drawn", panel.id(), Map.of("seat", Integer.toString(leaving.seat()),
                "expert", expert.id().value().toString(), "rank", Integer.toString(draw.rankOf(expert.id()))));
    }

    private void seatedIfComplete(Actor actor, PanelRecords.StoredPanel stored, Instant now) {
        Panel panel = panel(stored);
        if (panel.complete() && records.markSeated(stored.id(), now)) {
            events.publishEvent(new PanelSeated(actor.userId(), actor.organizationId(), stored.id(), stored.procedure(),
                    stored.lotOrWhole()));
        }
    }

    private Replay replay(PanelRecords.StoredPanel panel) {
        List<ExpertId> candidates = records.candidates(panel.id());
        List<ExpertId> order = records.order(panel.id());
        List<ExpertId> excluded = records.exclusions(panel.id()).stream().map(PanelDraw.Exclusion::expert).toList();
        List<Integer> ranks = records.members(panel.id()).stream().map(PanelRecords.StoredMember::expert)
                .filter(java.util.Objects::nonNull).map(e -> order.indexOf(e) + 1).toList();
        List<String> problems = PanelDraw.check(panel.seed(), candidates, order, excluded, ranks, panel.expertSeats());
        return new Replay(problems.isEmpty(), org.cogov.procurement.Draw.shuffle(panel.seed(), candidates), problems);
    }

    private PanelDraw.Standing standing(Expert expert, PanelDraw.Parties parties, LocalDate day) {
        Map<OrganizationId, List<Tie>> ties = new HashMap<>();
        Set<OrganizationId> organizations = new LinkedHashSet<>(parties.bidders());
        organizations.add(parties.purchaser());
        for (OrganizationId organization : organizations) {
            List<Tie> found = people.ties(expert.person(), organization, day);
            if (!found.isEmpty()) {
                ties.put(organization, found);
            }
        }
        return new PanelDraw.Standing(expert.id(), expert.employer(), expert.availableOn(day),
                accounts.expert(expert.userId()).isPresent(), ties);
    }

    /** The lots the panel evaluates: the one asked for, or every opened lot; each must have been opened. */
    private static List<Lot> lotsOf(Publication.PublishedProcedure published, OpeningRecord record, @Nullable Integer lot) {
        Set<Integer> opened = record.lots().stream().filter(l -> l.outcome() == OpeningRecord.LotOutcome.OPENED)
                .map(OpeningRecord.Lot::lot).collect(Collectors.toSet());
        if (lot == null) {
            List<Lot> lots = published.lots().stream().filter(l -> opened.contains(l.number())).toList();
            if (lots.isEmpty()) {
                throw RuleViolation.conflict("procurement.panel.lot-not-opened", published.procedure().reference());
            }
            return lots;
        }
        Lot one = published.lots().stream().filter(l -> l.number() == lot).findFirst()
                .orElseThrow(() -> RuleViolation.refused("procurement.panel.lot-unknown", "lot", lot));
        if (!opened.contains(lot)) {
            throw RuleViolation.conflict("procurement.panel.lot-not-opened", published.procedure().reference());
        }
        return List.of(one);
    }

    private PanelFacts facts(PanelRecords.StoredPanel stored) {
        Procedure procedure = procedureOf(stored);
        List<PanelRecords.StoredMember> members = records.members(stored.id());
        return new PanelFacts(panel(stored, members), procedure.reference(), procedure.title(), stored.expertSeats(),
                stored.minimum(), new Money(stored.budget()), stored.complex(), stored.complexWhy(), stored.catalogueCode(),
                stored.evaluationDay(), stored.drawnAt(), seats(stored, members));
    }

    private Panel panel(PanelRecords.StoredPanel stored) {
        return panel(stored, records.members(stored.id()));
    }

    private static Panel panel(PanelRecords.StoredPanel stored, List<PanelRecords.StoredMember> members) {
        return new Panel(stored.id(), stored.procedure(), stored.lotOrWhole(), stored.seed(), stored.seats(),
                members.stream().map(PanelRecords.StoredMember::view).toList());
    }

    /** Each seat with the member holding it, or vacant: experts' seats first, then representatives'. */
    private static List<Seat> seats(PanelRecords.StoredPanel panel, List<PanelRecords.StoredMember> members) {
        List<Seat> seats = new ArrayList<>();
        for (int number = 1; number <= panel.seats(); number++) {
            int seat = number;
            PanelMember holder = members.stream().filter(m -> m.seat() == seat && m.view().holdsSeat()).findFirst()
                    .map(PanelRecords.StoredMember::view).orElse(null);
            seats.add(new Seat(seat, seat <= panel.expertSeats() ? PanelMember.Kind.EXPERT : PanelMember.Kind.REPRESENTATIVE,
                    holder));
        }
        return seats;
    }

    /** The panel of which the actor is a member; for anyone else it does not exist. */
    private PanelRecords.StoredPanel ofMember(Actor actor, UUID id) {
        return records.find(id).filter(p -> records.member(id, actor.userId()).isPresent()).orElseThrow(() -> unknown(id));
    }

    /** The procedure, if the actor runs it or reads every panel; otherwise it does not exist for the actor. */
    private Publication.PublishedProcedure readable(Actor actor, ProcedureId id) {
        return publication.published(id)
                .filter(p -> actor.can("procurement:panel:read-all") || p.procedure().isRunBy(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
    }

    private void readable(Actor actor, ProcedureId procedure, UUID panel) {
        publication.published(procedure)
                .filter(p -> actor.can("procurement:panel:read-all") || p.procedure().isRunBy(actor.organizationId()))
                .orElseThrow(() -> unknown(panel));
    }

    /** The procedure, if the actor's organization runs it: the purchaser, or the agency it delegated to. */
    private Publication.PublishedProcedure runBy(Actor actor, ProcedureId id) {
        return publication.published(id).filter(p -> p.procedure().isRunBy(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
    }

    private Procedure procedureOf(PanelRecords.StoredPanel panel) {
        return publication.published(panel.procedure()).orElseThrow().procedure();
    }

    /** Panels are drawn and changed between the opening and the end of the evaluation. */
    private static void requireEvaluating(Procedure procedure) {
        if (procedure.state() != Procedure.State.OPENED && procedure.state() != Procedure.State.EVALUATING) {
            throw RuleViolation.conflict("procurement.panel.not-opened", procedure.reference());
        }
    }

    private static String reason(String reason) {
        String why = reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw RuleViolation.refused("procurement.panel.reason", "reason", MAX_REASON);
        }
        return why;
    }

    private String seed() {
        byte[] seed = new byte[32];
        random.nextBytes(seed);
        return java.util.HexFormat.of().formatHex(seed);
    }

    private LocalDate today() {
        return clock.instant().atZone(workingDays.zone()).toLocalDate();
    }

    private static RuleViolation unknown(UUID panel) {
        return RuleViolation.notFound("procurement.panel.unknown", panel);
    }

    private void changed(Actor actor, String action, UUID panel, Map<String, String> payload) {
        events.publishEvent(new PanelChanged(actor.userId(), actor.organizationId(), action, panel.toString(), payload));
    }
}
