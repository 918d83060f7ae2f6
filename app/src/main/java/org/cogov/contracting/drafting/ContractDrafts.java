package org.cogov.contracting.drafting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cogov.contracting.Contract;
import org.cogov.contracting.ContractChanged;
import org.cogov.contracting.ContractDeadlines;
import org.cogov.contracting.FinalInstalment;
import org.cogov.contracting.ContractId;
import org.cogov.contracting.ContractLimits;
import org.cogov.contracting.Grade;
import org.cogov.contracting.IndicatorSet;
import org.cogov.contracting.IndicatorTemplates;
import org.cogov.contracting.Milestone;
import org.cogov.contracting.PaymentSchedule;
import org.cogov.contracting.PerformanceGrades;
import org.cogov.contracting.PerformanceBond;
import org.cogov.contracting.Renewal;
import org.cogov.contracting.ServicePeriod;
import org.cogov.planning.BudgetLineId;
import org.cogov.planning.Budgets;
import org.cogov.planning.PurchaseRequest;
import org.cogov.planning.PurchaseRequests;
import org.cogov.procurement.AwardCancelled;
import org.cogov.procurement.AwardDecided;
import org.cogov.procurement.Lot;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ProcurementRules;
import org.cogov.procurement.Publication;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract drafted from the award, and the purchaser's work on the draft before signature.
 *
 * <p>A decided award drafts its lot's contract in the award's own transaction ({@link EventListener}, not an
 * asynchronous module listener): the award and its draft commit together, so no award is ever without its draft, and
 * a remedy that cancels the award and decides the next candidate at one instant withdraws the old draft and drafts
 * the new one in the order it acted — an asynchronous delivery could withdraw before it drafted. The price is that a
 * failure here rolls the award back, so drafting never refuses: everything it needs is defaulted — the term from the
 * purchase request, one final milestone of the whole price, the indicator template of the lot's category.
 *
 * <p>Every change of the draft is checked whole — term, milestones within it, bond, indicator set — so that a stored
 * draft always stands by the rules, and is a compare-and-set on the version the purchaser read. The purchaser's
 * department reads and edits its own contracts; the provider reads its own; the finance bureau and auditors read all;
 * to anyone else a contract does not exist until it is published.
 */
@Service
public class ContractDrafts {

    public static final int TEXT_MAX = 4000;
    public static final int REASON_MAX = 2000;
    public static final int QUANTITY_MAX = 200;

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /**
     * The editable terms of a draft, apart from its milestones and indicators.
     *
     * @param paymentDays days to pay after acceptance; null keeps the draft's
     * @param servesPublic whether the service is delivered to the public; null keeps the draft's
     * @param finalInstalmentLinked whether the final payment depends on the performance grade; null keeps the draft's
     * @param finalInstalment what each grade earns of the final payment when it depends on the grade; null keeps the
     *            draft's percents, or the usual ones
     */
    public record Terms(ServicePeriod term, @Nullable String settlement, @Nullable String liabilities, @Nullable Money performanceBond,
            @Nullable String quantity, @Nullable BigDecimal unitPrice, @Nullable Integer paymentDays, @Nullable Boolean servesPublic,
            @Nullable Boolean finalInstalmentLinked, @Nullable FinalInstalment finalInstalment) {

        /** Terms that leave the delivery clauses as the draft has them, but for quantity and unit price, which they clear. */
        public Terms(ServicePeriod term, @Nullable String settlement, @Nullable String liabilities, @Nullable Money performanceBond) {
            this(term, settlement, liabilities, performanceBond, null, null, null, null);
        }

        /** Terms that leave the final-instalment clause as the draft has it. */
        public Terms(ServicePeriod term, @Nullable String settlement, @Nullable String liabilities, @Nullable Money performanceBond,
                @Nullable String quantity, @Nullable BigDecimal unitPrice, @Nullable Integer paymentDays, @Nullable Boolean servesPublic) {
            this(term, settlement, liabilities, performanceBond, quantity, unitPrice, paymentDays, servesPublic, null, null);
        }

        Contract.Delivery delivery(Contract.Delivery before) {
            FinalInstalment clause = before.finalInstalment();
            if (Boolean.FALSE.equals(finalInstalmentLinked)) {
                clause = null;
            } else if (Boolean.TRUE.equals(finalInstalmentLinked)) {
                clause = finalInstalment != null ? finalInstalment : clause != null ? clause : FinalInstalment.usual();
            }
            return new Contract.Delivery(blankToNull(quantity), unitPrice, paymentDays == null ? before.paymentDays() : paymentDays,
                    servesPublic == null ? before.servesPublic() : servesPublic, clause);
        }
    }

    private final ContractRecords records;
    private final SignatureRecords signatures;
    private final Publication publication;
    private final PurchaseRequests requests;
    private final Registry registry;
    private final ProcurementRules rules;
    private final WorkingDays workingDays;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BigDecimal advancePercent;
    private final Budgets budgets;
    private final List<PerformanceGrades> grades;

    ContractDrafts(ContractRecords records, SignatureRecords signatures, Publication publication, PurchaseRequests requests, Registry registry,
            ProcurementRules rules, WorkingDays workingDays, MessageSource messages, ApplicationEventPublisher events, Clock clock,
            @Value("${cogov.contracting.advance-percent:30}") BigDecimal advancePercent, Budgets budgets, List<PerformanceGrades> grades) {
        this.budgets = budgets;
        this.grades = List.copyOf(grades);
        this.records = records;
        this.signatures = signatures;
        this.publication = publication;
        this.requests = requests;
        this.registry = registry;
        this.rules = rules;
        this.workingDays = workingDays;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.advancePercent = advancePercent;
    }

    /** A lot's winner is decided: its contract is drafted, once per decision. */
    @EventListener
    void on(AwardDecided decided) {
        if (records.exists(decided.procedureId(), decided.lot(), decided.winner(), decided.at())) {
            return;
        }
        Publication.PublishedProcedure published = publication.published(new ProcedureId(decided.procedureId()))
                .orElseThrow(() -> new IllegalStateException("an award of an unpublished procedure " + decided.reference()));
        Lot lot = published.lots().stream().filter(l -> l.number() == decided.lot()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no lot " + decided.lot() + " in " + decided.reference()));
        PurchaseRequest request = requests.find(published.procedure().request())
                .orElseThrow(() -> new IllegalStateException("no purchase request behind " + decided.reference()));
        // The result notice is published at the instant of the decision: its day starts the signing period.
        LocalDate noticeDay = decided.at().atZone(workingDays.zone()).toLocalDate();
        ContractLimits limits = limits(noticeDay);
        ServicePeriod term = ServicePeriod.covering(request.term().start(), request.term().end(), request.stableServiceReason());
        UUID id = UUID.randomUUID();
        UUID purchaser = published.procedure().purchaser().value();
        // The parties' names are fixed at drafting: the signed text names them, and a later rename must not change it.
        records.insert(new ContractRecords.Row(id, decided.procedureId(), decided.reference(), decided.lot(), party(purchaser),
                party(decided.winner()), published.procedure().catalogueCode(), lot.title(), lot.description(), decided.price(),
                Contract.Status.DRAFT, decided.at(), noticeDay, signBy(noticeDay, limits), term, null, null, null, decided.at(),
                Contract.Delivery.defaultFor(published.procedure().catalogueCode(), limits.paymentDays()), request.budgetLine().value()),
                lot.budget().amount(), PaymentSchedule.single(term, messages.getMessage("contracting.draft.final-deliverable", new Object[] {lot.title()},
                        CHINESE)), IndicatorTemplates.forCategory(published.procedure().catalogueCode()));
        events.publishEvent(new ContractChanged(decided.actorId(), purchaser, "contracting.contract.drafted", id,
                Map.of("reference", decided.reference(), "lot", Integer.toString(decided.lot()), "provider", decided.winner().toString(),
                        "price", decided.price().toPlainString())));
    }

    /** A remedy cancelled the award before signature: its draft is withdrawn, and kept. */
    @EventListener
    void on(AwardCancelled cancelled) {
        for (UUID id : records.withdraw(cancelled.procedureId(), cancelled.lot(), cancelled.winner(), cancelled.at(),
                cancelled.reason().length() > REASON_MAX ? cancelled.reason().substring(0, REASON_MAX) : cancelled.reason())) {
            events.publishEvent(new ContractChanged(cancelled.actorId(), cancelled.organizationId(), "contracting.contract.withdrawn", id,
                    Map.of("reference", cancelled.reference(), "lot", Integer.toString(cancelled.lot()), "remedy",
                            cancelled.remedy().name())));
        }
    }

    /** The contracts the caller may read, newest first. */
    @Transactional(readOnly = true)
    public List<Contract> contracts(Actor actor) {
        UUID organization = actor.organizationId();
        List<ContractRecords.Row> rows;
        if (actor.can("contracting:contract:supervise")) {
            rows = records.all();
        } else if (actor.can("contracting:contract:read")) {
            rows = records.ofPurchaser(organization);
        } else if (actor.can("contracting:contract:own")) {
            rows = records.ofProvider(organization);
        } else {
            throw new Forbidden("contracting.contract.list", "contract", null);
        }
        return rows.stream().map(this::contract).toList();
    }

    /** One contract, when the caller may read it; for anyone else it does not exist. */
    @Transactional(readOnly = true)
    public Contract contract(Actor actor, ContractId id) {
        if (!actor.can("contracting:contract:supervise") && !actor.can("contracting:contract:read")
                && !actor.can("contracting:contract:own")) {
            throw new Forbidden("contracting.contract.read", "contract", id.value());
        }
        return contract(records.find(id.value()).filter(row -> reads(actor, row))
                .orElseThrow(() -> RuleViolation.notFound("contracting.contract.unknown", id.value())));
    }

    /**
     * The contract, whoever acts: for the module's own listeners, which act on an event the platform raised, never for
     * a caller's request.
     */
    @Transactional(readOnly = true)
    public Contract contract(UUID id) {
        return contract(records.find(id).orElseThrow(() -> RuleViolation.notFound("contracting.contract.unknown", id)));
    }

    /** The published contracts anyone may read, without signing in: the latest published first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Contract> published(int limit) {
        return records.published(limit).stream().map(this::contract).toList();
    }

    /** A published contract, for anyone; an unpublished one does not exist for the public. */
    @Transactional(readOnly = true)
    public Optional<Contract> published(ContractId id) {
        return records.find(id.value()).filter(row -> row.publishedOn() != null).map(this::contract);
    }

    /** The purchaser changes the draft's term, settlement, liabilities and performance bond. */
    @Transactional
    public Contract changeTerms(Actor actor, ContractId id, int version, Terms terms) {
        ContractRecords.Row row = draft(actor, id, "contracting.contract.terms");
        List<RuleViolation> refused = new ArrayList<>();
        text(terms.settlement(), "settlement", refused);
        text(terms.liabilities(), "liabilities", refused);
        Contract.Delivery delivery = terms.delivery(row.delivery());
        if (delivery.quantity() != null && delivery.quantity().length() > QUANTITY_MAX) {
            refused.add(RuleViolation.refused("contracting.text.too-long", "quantity", Integer.toString(QUANTITY_MAX)));
        }
        if (delivery.unitPrice() != null && delivery.unitPrice().signum() <= 0) {
            refused.add(RuleViolation.refused("contracting.contract.unit-price", "unitPrice"));
        }
        limits().paymentDaysViolation(delivery.paymentDays()).ifPresent(refused::add);
        if (delivery.finalInstalment() != null) {
            refused.addAll(delivery.finalInstalment().violations());
        }
        check(row, terms.term(), terms.performanceBond(), records.milestones(row.id()), records.indicators(row.id()), refused);
        BigDecimal bond = terms.performanceBond() == null ? null : terms.performanceBond().amount();
        if (!records.change(row.id(), version, new ContractRecords.Parts(terms.term(), blankToNull(terms.settlement()),
                blankToNull(terms.liabilities()), bond, delivery))) {
            throw RuleViolation.conflict("contracting.contract.changed-meanwhile", row.procedureReference());
        }
        return changed(actor, row, "contracting.contract.terms-changed", Map.of("termMonths", Integer.toString(terms.term().months())));
    }

    /** The purchaser divides the price among milestones. */
    @Transactional
    public Contract changeMilestones(Actor actor, ContractId id, int version, List<Milestone> milestones) {
        ContractRecords.Row row = draft(actor, id, "contracting.contract.milestones");
        check(row, row.term(), bond(row), milestones, records.indicators(row.id()), new ArrayList<>());
        if (!records.touch(row.id(), version)) {
            throw RuleViolation.conflict("contracting.contract.changed-meanwhile", row.procedureReference());
        }
        records.replaceMilestones(row.id(), milestones);
        return changed(actor, row, "contracting.contract.milestones-changed", Map.of("milestones", Integer.toString(milestones.size())));
    }

    /** The purchaser adapts the indicator set its performance will be evaluated against. */
    @Transactional
    public Contract changeIndicators(Actor actor, ContractId id, int version, IndicatorSet indicators) {
        ContractRecords.Row row = draft(actor, id, "contracting.contract.indicators");
        check(row, row.term(), bond(row), records.milestones(row.id()), indicators, new ArrayList<>());
        if (!records.touch(row.id(), version)) {
            throw RuleViolation.conflict("contracting.contract.changed-meanwhile", row.procedureReference());
        }
        records.replaceIndicators(row.id(), indicators);
        return changed(actor, row, "contracting.contract.indicators-changed", Map.of("groups", Integer.toString(indicators.groups().size())));
    }

    /**
     * The purchaser drafts next year's contract of a stable, continuous service from the last one (RULES.md "Contracts and
     * payments"), when the last performance grade is at least 中 and every year together stays within the longest term of
     * a stable service: the same parties, service, price, delivery clauses and indicators, the term following the last
     * one, the milestones moved by the term, its money committed on the budget line named — "no budget, no purchase".
     * It is then signed like any contract.
     */
    @Transactional
    public Contract renew(Actor actor, ContractId id, BudgetLineId budgetLine) {
        actor.require("contracting:contract:draft", "contracting.contract.renew", "contract", id.value());
        ContractRecords.Row row = records.lock(id.value()).filter(r -> r.purchaser().organizationId().equals(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("contracting.contract.unknown", id.value()));
        Contract last = contract(row);
        int monthsSoFar = 0;
        for (Optional<UUID> year = Optional.of(row.id()); year.isPresent(); year = records.renewalOf(year.get())) {
            monthsSoFar += records.find(year.get()).orElseThrow().term().months();
        }
        Optional<Grade> grade = grades.stream().map(source -> source.lastGrade(id)).flatMap(Optional::stream).findFirst();
        Optional<RuleViolation> refused = Renewal.violation(last, grade, monthsSoFar, records.renewed(row.id()), limits());
        if (refused.isPresent()) {
            throw refused.get();
        }
        Money price = new Money(row.price());
        if (!budgets.line(actor, budgetLine).department().value().equals(actor.organizationId()) || !budgets.commit(budgetLine, price)) {
            throw RuleViolation.refused("contracting.renewal.budget-short", "budgetLine", price.amount().toPlainString());
        }
        LocalDate today = clock.instant().atZone(workingDays.zone()).toLocalDate();
        int months = row.term().months();
        ServicePeriod term = new ServicePeriod(row.term().end().plusDays(1), months, true, row.term().justification());
        List<Milestone> milestones = last.milestones().stream().map(m -> new Milestone(m.deliverable(),
                min(m.due().plusMonths(months), term.end()), m.share(), m.advance())).toList();
        UUID renewal = UUID.randomUUID();
        // A renewal is decided after the contract it renews: its instant follows that one's, to the microsecond the
        // databases keep, however still a clock stands.
        Instant now = clock.instant().isAfter(row.awardedAt()) ? clock.instant() : row.awardedAt().plus(1, ChronoUnit.MICROS);
        records.insert(new ContractRecords.Row(renewal, row.procedureId(), row.procedureReference(), row.lot(), row.purchaser(),
                row.provider(), row.catalogueCode(), row.serviceTitle(), row.serviceDescription(), row.price(), Contract.Status.DRAFT, now,
                today, signBy(today, limits()), term, row.settlement(), row.liabilities(), row.performanceBond(), now, row.delivery(),
                budgetLine.value()), row.price(), milestones, last.indicators());
        records.renews(renewal, row.id());
        events.publishEvent(new ContractChanged(actor.userId(), actor.organizationId(), "contracting.contract.renewed", renewal,
                Map.of("renews", row.id().toString(), "grade", grade.orElseThrow().name(), "budgetLine", budgetLine.value().toString(),
                        "termStart", term.start().toString())));
        return contract(records.find(renewal).orElseThrow());
    }

    /** Whether the contract renews another: its signature then records nothing on the award, signed long before. */
    public boolean isRenewal(ContractId id) {
        return records.renewalOf(id.value()).isPresent();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** The limits in force today: the term, the schedule and the bond are checked against them at every change. */
    public ContractLimits limits() {
        return limits(clock.instant().atZone(workingDays.zone()).toLocalDate());
    }

    private ContractLimits limits(LocalDate day) {
        return ContractLimits.on(rules.rulebook(), day, advancePercent);
    }

    /**
     * The last day to sign. A period the calendar cannot place yet — its year is not loaded — keeps its earliest
     * possible last day, the notice day plus the days, rather than refuse: the award must not fail for it, and an
     * earlier day never lets a late signature pass.
     */
    private LocalDate signBy(LocalDate noticeDay, ContractLimits limits) {
        try {
            return ContractDeadlines.signBy(workingDays.calendar(), noticeDay, limits);
        } catch (RuleViolation notLoaded) {
            if (!"calendar.year-not-loaded".equals(notLoaded.messageKey())) {
                throw notLoaded;
            }
            return noticeDay.plusDays(limits.signatureDays());
        }
    }

    private void check(ContractRecords.Row row, ServicePeriod term, @Nullable Money bond, List<Milestone> milestones,
            IndicatorSet indicators, List<RuleViolation> refused) {
        ContractLimits limits = limits();
        term.violation(limits).ifPresent(refused::add);
        PerformanceBond.violation(bond, new Money(row.price()), limits).ifPresent(refused::add);
        refused.addAll(PaymentSchedule.violations(milestones, term, limits));
        refused.addAll(indicators.violations());
        if (!refused.isEmpty()) {
            throw refused.size() == 1 ? refused.get(0) : new RuleViolations(refused);
        }
    }

    private static void text(@Nullable String text, String field, List<RuleViolation> refused) {
        if (text != null && text.length() > TEXT_MAX) {
            refused.add(RuleViolation.refused("contracting.text.too-long", field, Integer.toString(TEXT_MAX)));
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static @Nullable Money bond(ContractRecords.Row row) {
        return row.performanceBond() == null ? null : new Money(row.performanceBond());
    }

    /**
     * The caller's department's draft: another department's contract does not exist for it, a withdrawn one is closed,
     * and one a party signed already is fixed, so that the other party signs the very same document.
     */
    private ContractRecords.Row draft(Actor actor, ContractId id, String action) {
        actor.require("contracting:contract:draft", action, "contract", id.value());
        ContractRecords.Row row = records.find(id.value()).filter(r -> r.purchaser().organizationId().equals(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("contracting.contract.unknown", id.value()));
        if (row.status() != Contract.Status.DRAFT) {
            throw RuleViolation.conflict("contracting.contract.not-a-draft", row.procedureReference(), Integer.toString(row.lot()));
        }
        if (!signatures.signatures(row.id()).isEmpty()) {
            throw RuleViolation.conflict("contracting.contract.signing-begun", row.procedureReference(), Integer.toString(row.lot()));
        }
        return row;
    }

    private Contract changed(Actor actor, ContractRecords.Row row, String action, Map<String, String> payload) {
        events.publishEvent(new ContractChanged(actor.userId(), actor.organizationId(), action, row.id(), payload));
        return contract(records.find(row.id()).orElseThrow());
    }

    /** Its parties and the supervisors read a contract; once published, so does everyone who reads contracts. */
    private static boolean reads(Actor actor, ContractRecords.Row row) {
        UUID organization = actor.organizationId();
        return actor.can("contracting:contract:supervise") || row.publishedOn() != null
                || actor.can("contracting:contract:read") && row.purchaser().organizationId().equals(organization)
                || actor.can("contracting:contract:own") && row.provider().organizationId().equals(organization);
    }

    private Contract contract(ContractRecords.Row row) {
        return new Contract(new ContractId(row.id()), row.procedureId(), row.procedureReference(), row.lot(), row.purchaser(),
                row.provider(), row.catalogueCode(), row.serviceTitle(), row.serviceDescription(), row.price(), row.status(),
                row.awardedAt(), row.awardNoticeOn(), row.signBy(), row.term(), row.settlement(), row.liabilities(),
                row.performanceBond(), records.milestones(row.id()), records.indicators(row.id()), row.draftedAt(), row.withdrawnAt(),
                row.withdrawnReason(), row.version(), row.signedOn(), row.publishBy(), row.fileBy(), row.signedLate(),
                signatures.signatures(row.id()), row.delivery(), row.publishedOn(), row.filedOn(), row.closedOn(), row.terminationReason());
    }

    private Contract.Party party(UUID organization) {
        Optional<Organization> found = registry.organization(new OrganizationId(organization));
        return found.map(o -> new Contract.Party(organization, o.nameZh(), o.nameEn().isBlank() ? o.nameZh() : o.nameEn()))
                .orElseGet(() -> new Contract.Party(organization, organization.toString(), organization.toString()));
    }
}
