package org.cogov.contracting.implementation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cogov.contracting.AddOn;
import org.cogov.contracting.AddOns;
import org.cogov.contracting.Contract;
import org.cogov.contracting.ContractAmended;
import org.cogov.contracting.ContractChanged;
import org.cogov.contracting.ContractFlag;
import org.cogov.contracting.ContractId;
import org.cogov.contracting.ContractImplementation;
import org.cogov.contracting.ContractLimits;
import org.cogov.contracting.ContractPayment;
import org.cogov.contracting.ContractPublished;
import org.cogov.contracting.ContractSigned;
import org.cogov.contracting.ContractTerminated;
import org.cogov.contracting.FinalInstalment;
import org.cogov.contracting.FinalSettlement;
import org.cogov.contracting.Grade;
import org.cogov.contracting.Milestone;
import org.cogov.contracting.MilestoneAccepted;
import org.cogov.contracting.MilestoneDelivery;
import org.cogov.contracting.PaymentMade;
import org.cogov.contracting.PaymentTerms;
import org.cogov.contracting.ProgressReport;
import org.cogov.contracting.drafting.ContractDrafts;
import org.cogov.planning.BudgetLineId;
import org.cogov.planning.Budgets;
import org.cogov.procurement.ProcurementRules;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.cogov.shared.document.DocumentId;
import org.cogov.shared.document.Documents;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed contract carried out (RULES.md "Contracts and payments"): the purchaser publishes it and files it with the
 * finance bureau; the provider reports progress and submits each milestone's deliverable; the purchaser accepts it —
 * hearing the beneficiaries' representatives when the service is delivered to the public — or rejects it with reasons;
 * an accepted milestone orders its payment, due within the contract's days to pay, and the purchaser records the payment,
 * which the budget line's spent amount follows. Add-ons of the same service on the same terms are agreed within their
 * cumulative cap and hold more of the budget line; a termination, with its reason, gives back what will not be spent; a
 * contract whose every milestone is accepted and paid is completed, and gives back what it did not spend.
 *
 * <p>The purchaser's department acts for the purchaser, the provider's users for the provider, each with its own
 * permission: a provider cannot accept its own deliverable, a purchaser cannot submit one. Each change locks the contract's
 * row first, so that its checks and its change are one step.
 */
@Service
public class Implementation {

    public static final int REASON_MAX = 2000;
    public static final int OPINIONS_MAX = 50;

    /** A proposed add-on, as the purchaser states it. */
    public record AddOnRequest(Money amount, @Nullable BigDecimal unitPrice, @Nullable String quantity, boolean sameService,
            boolean sameTerms, String reason, int milestone) {
    }

    private final ContractDrafts drafts;
    private final ImplementationRecords records;
    private final Budgets budgets;
    private final Documents documents;
    private final ProcurementRules rules;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BigDecimal advancePercent;

    Implementation(ContractDrafts drafts, ImplementationRecords records, Budgets budgets, Documents documents, ProcurementRules rules,
            WorkingDays workingDays, ApplicationEventPublisher events, Clock clock,
            @Value("${cogov.contracting.advance-percent:30}") BigDecimal advancePercent) {
        this.drafts = drafts;
        this.records = records;
        this.budgets = budgets;
        this.documents = documents;
        this.rules = rules;
        this.workingDays = workingDays;
        this.events = events;
        this.clock = clock;
        this.advancePercent = advancePercent;
    }

    /** The contract's implementation, for whoever may read the contract. */
    @Transactional(readOnly = true)
    public ContractImplementation of(Actor actor, ContractId id) {
        return view(drafts.contract(actor, id));
    }

    /** A contract's implementation, for the modules that authorized their caller themselves (performance). */
    @Transactional(readOnly = true)
    public ContractImplementation of(ContractId id) {
        return view(drafts.contract(id.value()));
    }

    /** The contracts the caller may read, newest first, each with its flags; a milestone's delay shows on its own page. */
    @Transactional(readOnly = true)
    public List<Flagged> contracts(Actor actor) {
        LocalDate today = today();
        Set<UUID> latePayers = new HashSet<>(records.latePayers(today));
        return drafts.contracts(actor).stream().map(c -> {
            EnumSet<ContractFlag> flags = EnumSet.noneOf(ContractFlag.class);
            flags.addAll(ContractFlag.of(c, List.of(), List.of(), today));
            if (latePayers.contains(c.id().value())) {
                flags.add(ContractFlag.PAYMENT_LATE);
            }
            return new Flagged(c, List.copyOf(flags));
        }).toList();
    }

    /** A contract with what it missed. */
    public record Flagged(Contract contract, List<ContractFlag> flags) {
    }

    /** Both parties signed: the advance milestones' payments are ordered at once, in the signature's transaction. */
    @EventListener
    void on(ContractSigned signed) {
        Contract contract = drafts.contract(signed.contractId());
        List<Money> amounts = PaymentTerms.amounts(new Money(contract.price()), contract.milestones());
        for (int i = 0; i < contract.milestones().size(); i++) {
            if (contract.milestones().get(i).advance()) {
                records.order(signed.contractId(), i + 1, amounts.get(i), signed.signedOn(),
                        payBy(signed.signedOn(), contract.delivery().paymentDays()));
            }
        }
    }

    /** The purchaser publishes the signed contract: from now on anyone may read it. */
    @Transactional
    public ContractImplementation publish(Actor actor, ContractId id) {
        Contract contract = purchasers(actor, id, "contracting.contract.publish");
        requireSigned(contract);
        records.lock(id.value());
        LocalDate today = today();
        if (!records.published(id.value(), today)) {
            throw RuleViolation.conflict("contracting.contract.published-already", contract.procedureReference(),
                    Integer.toString(contract.lot()));
        }
        events.publishEvent(new ContractPublished(actor.userId(), actor.organizationId(), id.value(), contract.procedureId(),
                contract.procedureReference(), contract.lot(), today, contract.publishBy(), today.isAfter(contract.publishBy())));
        return of(actor, id);
    }

    /** The purchaser files the signed contract with the finance bureau. */
    @Transactional
    public ContractImplementation file(Actor actor, ContractId id) {
        Contract contract = purchasers(actor, id, "contracting.contract.file");
        requireSigned(contract);
        records.lock(id.value());
        LocalDate today = today();
        if (!records.filed(id.value(), today)) {
            throw RuleViolation.conflict("contracting.contract.filed-already", contract.procedureReference(),
                    Integer.toString(contract.lot()));
        }
        changed(actor, contract, "contracting.contract.filed", Map.of("filedOn", today.toString(), "fileBy",
                contract.fileBy().toString(), "late", Boolean.toString(today.isAfter(contract.fileBy()))));
        return of(actor, id);
    }

    /** The provider reports how the work goes, on the contract or on one milestone. */
    @Transactional
    public ContractImplementation report(Actor actor, ContractId id, @Nullable Integer milestone, String report,
            @Nullable Integer percentDone) {
        Contract contract = providers(actor, id, "contracting.progress.report");
        requireInForce(contract);
        List<RuleViolation> refused = new ArrayList<>();
        text(report, "report", ProgressReport.REPORT_MAX, refused);
        if (milestone != null && (milestone < 1 || milestone > contract.milestones().size())) {
            refused.add(RuleViolation.refused("contracting.milestone.unknown", "milestone", Integer.toString(milestone)));
        }
        if (percentDone != null && (percentDone < 0 || percentDone > 100)) {
            refused.add(RuleViolation.refused("contracting.progress.percent", "percentDone"));
        }
        refuse(refused);
        records.lock(id.value());
        UUID reportId = UUID.randomUUID();
        records.report(id.value(), new ProgressReport(reportId, milestone, clock.instant(), actor.userId(), report.strip(), percentDone));
        changed(actor, contract, "contracting.progress.reported", Map.of("report", reportId.toString(), "milestone",
                milestone == null ? "" : milestone.toString(), "percentDone", percentDone == null ? "" : percentDone.toString()));
        return of(actor, id);
    }

    /** The provider submits a milestone's deliverable for acceptance: first, or again after a rejection. */
    @Transactional
    public ContractImplementation submit(Actor actor, ContractId id, int milestone, String report, @Nullable UUID document) {
        Contract contract = providers(actor, id, "contracting.milestone.submit");
        requireInForce(contract);
        List<RuleViolation> refused = new ArrayList<>();
        text(report, "report", ProgressReport.REPORT_MAX, refused);
        if (document != null) {
            try {
                documents.document(actor, new DocumentId(document));
            } catch (RuleViolation | Forbidden unknown) {
                refused.add(RuleViolation.refused("contracting.milestone.document-unknown", "document", document.toString()));
            }
        }
        refuse(refused);
        records.lock(id.value());
        MilestoneDelivery delivery = milestone(view(contract), milestone);
        if (delivery.state() == MilestoneDelivery.State.ADVANCE) {
            throw RuleViolation.refused("contracting.milestone.advance", "milestone", Integer.toString(milestone));
        }
        if (delivery.state() != MilestoneDelivery.State.PENDING && delivery.state() != MilestoneDelivery.State.REJECTED) {
            throw RuleViolation.conflict("contracting.milestone.not-submittable", Integer.toString(milestone),
                    delivery.state().name());
        }
        int round = delivery.submissions().size() + 1;
        records.submit(id.value(), milestone, round, clock.instant(), actor.userId(), report.strip(), document);
        changed(actor, contract, "contracting.milestone.submitted", Map.of("milestone", Integer.toString(milestone), "round",
                Integer.toString(round), "document", document == null ? "" : document.toString()));
        return of(actor, id);
    }

    /**
     * The purchaser accepts a submitted deliverable, with the opinions of the beneficiaries' representatives it invited —
     * at least one when the service is delivered to the public — and its payment is ordered.
     */
    @Transactional
    public ContractImplementation accept(Actor actor, ContractId id, int milestone, List<MilestoneDelivery.BeneficiaryOpinion> opinions,
            @Nullable String note) {
        Contract contract = purchasers(actor, id, "contracting.milestone.accept");
        requireInForce(contract);
        List<RuleViolation> refused = new ArrayList<>();
        if (contract.delivery().servesPublic() && opinions.isEmpty()) {
            refused.add(RuleViolation.refused("contracting.acceptance.beneficiaries-needed", "opinions"));
        }
        if (opinions.size() > OPINIONS_MAX) {
            refused.add(RuleViolation.refused("contracting.acceptance.too-many-opinions", "opinions", Integer.toString(OPINIONS_MAX)));
        }
        for (int i = 0; i < opinions.size(); i++) {
            MilestoneDelivery.BeneficiaryOpinion opinion = opinions.get(i);
            String at = "opinions[" + i + "].";
            text(opinion.representative(), at + "representative", MilestoneDelivery.BeneficiaryOpinion.NAME_MAX, refused);
            text(opinion.represents(), at + "represents", MilestoneDelivery.BeneficiaryOpinion.REPRESENTS_MAX, refused);
            text(opinion.opinion(), at + "opinion", MilestoneDelivery.BeneficiaryOpinion.OPINION_MAX, refused);
            if (opinion.rating() < 1 || opinion.rating() > 5) {
                refused.add(RuleViolation.refused("contracting.acceptance.rating", at + "rating"));
            }
        }
        if (note != null && note.length() > REASON_MAX) {
            refused.add(RuleViolation.refused("contracting.text.too-long", "note", Integer.toString(REASON_MAX)));
        }
        refuse(refused);
        records.lock(id.value());
        ContractImplementation before = view(contract);
        MilestoneDelivery delivery = submitted(before, milestone);
        int round = delivery.submissions().size();
        Instant now = clock.instant();
        LocalDate today = today();
        if (!records.decide(id.value(), milestone, round, MilestoneDelivery.Decision.ACCEPTED, now, today, actor.userId(),
                note == null || note.isBlank() ? null : note.strip())) {
            throw RuleViolation.conflict("contracting.milestone.decided-meanwhile", Integer.toString(milestone));
        }
        for (int i = 0; i < opinions.size(); i++) {
            MilestoneDelivery.BeneficiaryOpinion o = opinions.get(i);
            records.opinion(id.value(), milestone, round, i + 1, new MilestoneDelivery.BeneficiaryOpinion(o.representative().strip(),
                    o.represents().strip(), o.rating(), o.opinion().strip()));
        }
        LocalDate payBy = null;
        if (contract.delivery().finalInstalment() == null || milestone != before.finalMilestone()) {
            payBy = payBy(today, contract.delivery().paymentDays());
            records.order(id.value(), milestone, delivery.amount(), today, payBy);
        }
        events.publishEvent(new MilestoneAccepted(actor.userId(), actor.organizationId(), id.value(), contract.procedureId(),
                contract.procedureReference(), contract.lot(), contract.provider().organizationId(), milestone, round, today, delivery.amount().amount(), payBy, opinions.size()));
        return of(actor, id);
    }

    /** The purchaser rejects a submitted deliverable, with its reasons: the provider submits it again. */
    @Transactional
    public ContractImplementation reject(Actor actor, ContractId id, int milestone, String reason) {
        Contract contract = purchasers(actor, id, "contracting.milestone.reject");
        requireInForce(contract);
        List<RuleViolation> refused = new ArrayList<>();
        text(reason, "reason", REASON_MAX, refused);
        refuse(refused);
        records.lock(id.value());
        int round = submitted(view(contract), milestone).submissions().size();
        if (!records.decide(id.value(), milestone, round, MilestoneDelivery.Decision.REJECTED, clock.instant(), today(), actor.userId(),
                reason.strip())) {
            throw RuleViolation.conflict("contracting.milestone.decided-meanwhile", Integer.toString(milestone));
        }
        changed(actor, contract, "contracting.milestone.rejected", Map.of("milestone", Integer.toString(milestone), "round",
                Integer.toString(round), "reason", reason.strip()));
        return of(actor, id);
    }

    /**
     * The purchaser records the payment of an ordered milestone — accepted, or the advance — with the treasury's voucher;
     * the budget line's spent amount follows. The last payment of a contract whose every milestone is done completes it.
     */
    @Transactional
    public ContractImplementation pay(Actor actor, ContractId id, int milestone, String voucher) {
        Contract contract = purchasers(actor, id, "contracting.payment.pay");
        if (contract.status() != Contract.Status.SIGNED && contract.status() != Contract.Status.TERMINATED) {
            throw RuleViolation.conflict("contracting.contract.not-in-force", contract.procedureReference(), Integer.toString(contract.lot()));
        }
        List<RuleViolation> refused = new ArrayList<>();
        text(voucher, "voucher", ContractPayment.VOUCHER_MAX, refused);
        refuse(refused);
        ImplementationRecords.Holding holding = records.lock(id.value());
        if (milestone < 1 || milestone > contract.milestones().size()) {
            throw RuleViolation.refused("contracting.milestone.unknown", "milestone", Integer.toString(milestone));
        }
        ContractImplementation before = view(contract);
        if (before.finalAwaitsGrade() && milestone == before.finalMilestone()) {
            throw RuleViolation.refused("contracting.payment.awaits-evaluation", "milestone");
        }
        ContractPayment payment = records.payment(id.value(), milestone)
                .orElseThrow(() -> RuleViolation.refused("contracting.payment.not-accepted", "milestone", Integer.toString(milestone)));
        if (!payment.open()) {
            throw RuleViolation.conflict(payment.paidOn() != null ? "contracting.payment.paid-already" : "contracting.payment.cancelled",
                    Integer.toString(milestone));
        }
        if (!budgets.spend(new BudgetLineId(holding.budgetLine()), payment.amount())) {
            throw RuleViolation.refused("contracting.payment.budget-short", "milestone", payment.amount().amount().toPlainString());
        }
        LocalDate today = today();
        if (!records.pay(id.value(), milestone, today, clock.instant(), actor.userId(), voucher.strip())) {
            throw RuleViolation.conflict("contracting.payment.paid-already", Integer.toString(milestone));
        }
        events.publishEvent(new PaymentMade(actor.userId(), actor.organizationId(), id.value(), contract.procedureId(),
                contract.procedureReference(), contract.lot(), contract.provider().organizationId(), milestone, payment.amount().amount(), today, payment.dueOn(),
                today.isAfter(payment.dueOn()), voucher.strip()));
        completeIfDone(actor, contract, holding, today);
        return of(actor, id);
    }

    /**
     * Settles the final payment of a contract that ties it to the performance grade, once the contract is evaluated: the
     * payment the grade earns is ordered, due within the contract's days to pay from today, and what it does not earn is
     * withheld — given back to the budget line when the contract completes, at once when it was terminated. For the
     * performance module, which authorized its caller; nothing to settle when the contract has no such clause or its final
     * milestone was never accepted.
     */
    @Transactional
    public Optional<FinalSettlement> settleFinalInstalment(Actor actor, ContractId id, Grade grade) {
        Contract contract = drafts.contract(id.value());
        FinalInstalment clause = contract.delivery().finalInstalment();
        if (clause == null) {
            return Optional.empty();
        }
        ImplementationRecords.Holding holding = records.lock(id.value());
        ContractImplementation before = view(contract);
        if (before.finalSettlement() != null) {
            throw RuleViolation.conflict("contracting.final-instalment.settled-already");
        }
        if (!before.finalAwaitsGrade()) {
            return Optional.empty();
        }
        int ordinal = before.finalMilestone();
        Money full = before.milestone(ordinal).amount();
        Money earned = clause.earned(full, grade);
        LocalDate today = today();
        FinalSettlement settlement = new FinalSettlement(ordinal, grade, clause.percentFor(grade), full, earned, full.minus(earned), today);
        if (!records.settle(id.value(), settlement, clock.instant())) {
            throw RuleViolation.conflict("contracting.final-instalment.settled-already");
        }
        if (earned.amount().signum() > 0) {
            records.order(id.value(), ordinal, earned, today, payBy(today, contract.delivery().paymentDays()));
        }
        if (contract.status() == Contract.Status.TERMINATED && settlement.withheld().amount().signum() > 0) {
            budgets.giveBack(new BudgetLineId(holding.budgetLine()), settlement.withheld());
        }
        changed(actor, contract, "contracting.final-instalment.settled", Map.of("milestone", Integer.toString(ordinal), "grade",
                grade.name(), "percent", settlement.percent().toPlainString(), "earned", earned.amount().toPlainString(), "withheld",
                settlement.withheld().amount().toPlainString()));
        completeIfDone(actor, contract, holding, today);
        return Optional.of(settlement);
    }

    /**
     * Completes a contract in force whose every milestone is accepted and every payment it owes is paid — a final payment
     * withheld in full is not owed — and gives back what it did not spend.
     */
    private void completeIfDone(Actor actor, Contract contract, ImplementationRecords.Holding holding, LocalDate today) {
        ContractImplementation after = view(contract);
        FinalSettlement settlement = after.finalSettlement();
        int owed = contract.milestones().size() - (settlement != null && settlement.earned().amount().signum() == 0 ? 1 : 0);
        if (!contract.inForce() || !after.deliveryEnded() || after.finalAwaitsGrade() || after.payments().size() != owed
                || !after.payments().stream().allMatch(p -> p.paidOn() != null)) {
            return;
        }
        Money unspent = new Money(holding.held()).minus(after.paid());
        if (!records.close(contract.id().value(), Contract.Status.COMPLETED.name(), today, null, unspent.amount())) {
            throw RuleViolation.conflict("contracting.contract.not-in-force", contract.procedureReference(),
                    Integer.toString(contract.lot()));
        }
        if (unspent.amount().signum() > 0) {
            budgets.giveBack(new BudgetLineId(holding.budgetLine()), unspent);
        }
        changed(actor, contract, "contracting.contract.completed", Map.of("completedOn", today.toString(), "paid",
                after.paid().amount().toPlainString(), "released", unspent.amount().toPlainString()));
    }

    /**
     * The purchaser agrees an add-on purchase: the same service, on the same terms and unit price, within the add-ons'
     * cumulative cap, delivered and paid with a milestone not yet accepted, and held on the budget line. Anything else is
     * refused with its reason and the path: a new procedure.
     */
    @Transactional
    public ContractImplementation addOn(Actor actor, ContractId id, AddOnRequest request) {
        Contract contract = purchasers(actor, id, "contracting.add-on.agree");
        requireInForce(contract);
        ImplementationRecords.Holding holding = records.lock(id.value());
        ContractImplementation before = view(contract);
        List<RuleViolation> refused = new ArrayList<>();
        AddOns.violation(new Money(contract.price()), contract.delivery().unitPrice(), before.addOnTotal(),
                new AddOns.Proposal(request.amount(), request.unitPrice(), request.sameService(), request.sameTerms()), limits())
                .ifPresent(refused::add);
        text(request.reason(), "reason", REASON_MAX, refused);
        if (request.quantity() != null && request.quantity().length() > ContractDrafts.QUANTITY_MAX) {
            refused.add(RuleViolation.refused("contracting.text.too-long", "quantity", Integer.toString(ContractDrafts.QUANTITY_MAX)));
        }
        if (request.milestone() < 1 || request.milestone() > contract.milestones().size()) {
            refused.add(RuleViolation.refused("contracting.milestone.unknown", "milestone", Integer.toString(request.milestone())));
        } else {
            MilestoneDelivery.State state = before.milestone(request.milestone()).state();
            if (state == MilestoneDelivery.State.ACCEPTED || state == MilestoneDelivery.State.ADVANCE) {
                refused.add(RuleViolation.refused("contracting.add-on.milestone-done", "milestone", Integer.toString(request.milestone())));
            }
        }
        refuse(refused);
        if (!budgets.commit(new BudgetLineId(holding.budgetLine()), request.amount())) {
            throw RuleViolation.refused("contracting.add-on.budget-short", "amount", request.amount().amount().toPlainString());
        }
        records.hold(id.value(), request.amount());
        int number = before.addOns().size() + 1;
        records.addOn(id.value(), new AddOn(number, request.amount(), request.unitPrice(),
                request.quantity() == null || request.quantity().isBlank() ? null : request.quantity().strip(), request.reason().strip(),
                request.milestone(), clock.instant()), actor.userId());
        BigDecimal cumulative = AddOns.percentOf(before.addOnTotal().plus(request.amount()), new Money(contract.price()));
        events.publishEvent(new ContractAmended(actor.userId(), actor.organizationId(), id.value(), contract.procedureId(),
                contract.procedureReference(), contract.lot(), number, request.amount().amount(), cumulative, request.milestone()));
        return of(actor, id);
    }

    /**
     * The purchaser terminates the contract, with its reason: payments ordered for milestones not accepted are cancelled,
     * those of accepted milestones stay owed, and what the contract held and will not spend goes back to the budget line.
     */
    @Transactional
    public ContractImplementation terminate(Actor actor, ContractId id, String reason) {
        Contract contract = purchasers(actor, id, "contracting.contract.terminate");
        requireInForce(contract);
        List<RuleViolation> refused = new ArrayList<>();
        text(reason, "reason", REASON_MAX, refused);
        refuse(refused);
        ImplementationRecords.Holding holding = records.lock(id.value());
        ContractImplementation before = view(contract);
        LocalDate today = today();
        Money owed = Money.ZERO;
        for (ContractPayment payment : before.payments()) {
            if (!payment.open()) {
                continue;
            }
            if (before.milestone(payment.ordinal()).state() == MilestoneDelivery.State.ACCEPTED) {
                owed = owed.plus(payment.amount());
            } else {
                records.cancelPayment(id.value(), payment.ordinal(), today);
            }
        }
        if (before.finalAwaitsGrade()) {
            // Still owed as the grade decides: held until the evaluation settles it.
            owed = owed.plus(before.milestone(before.finalMilestone()).amount());
        }
        Money released = new Money(holding.held()).minus(before.paid()).minus(owed);
        if (released.isNegative()) {
            released = Money.ZERO;
        }
        if (!records.close(id.value(), Contract.Status.TERMINATED.name(), today, reason.strip(), released.amount())) {
            throw RuleViolation.conflict("contracting.contract.not-in-force", contract.procedureReference(), Integer.toString(contract.lot()));
        }
        if (released.amount().signum() > 0) {
            budgets.giveBack(new BudgetLineId(holding.budgetLine()), released);
        }
        events.publishEvent(new ContractTerminated(actor.userId(), actor.organizationId(), id.value(), contract.procedureId(),
                contract.procedureReference(), contract.lot(), contract.provider().organizationId(), today, reason.strip(), released.amount()));
        return of(actor, id);
    }

    /** Whether the actor acts for the contract's purchaser. */
    public static boolean managedBy(Actor actor, Contract contract) {
        return actor.can("contracting:contract:manage") && contract.purchaser().organizationId().equals(actor.organizationId());
    }

    /** Whether the actor acts for the contract's provider. */
    public static boolean deliveredBy(Actor actor, Contract contract) {
        return actor.can("contracting:contract:deliver") && contract.provider().organizationId().equals(actor.organizationId());
    }

    ContractImplementation view(Contract contract) {
        UUID id = contract.id().value();
        List<AddOn> addOns = records.addOns(id);
        List<ImplementationRecords.StoredSubmission> submissions = records.submissions(id);
        List<Money> amounts = PaymentTerms.amounts(new Money(contract.price()), contract.milestones());
        List<MilestoneDelivery> milestones = new ArrayList<>();
        for (int i = 0; i < contract.milestones().size(); i++) {
            int ordinal = i + 1;
            Milestone m = contract.milestones().get(i);
            Money amount = addOns.stream().filter(a -> a.ordinal() == ordinal).map(AddOn::amount).reduce(amounts.get(i), Money::plus);
            List<MilestoneDelivery.Submission> rounds = submissions.stream().filter(s -> s.ordinal() == ordinal)
                    .map(ImplementationRecords.StoredSubmission::submission).toList();
            milestones.add(new MilestoneDelivery(ordinal, m.deliverable(), m.due(), m.share(), m.advance(), amount, state(m, rounds),
                    rounds));
        }
        List<ContractPayment> payments = records.payments(id);
        Money addOnTotal = addOns.stream().map(AddOn::amount).reduce(Money.ZERO, Money::plus);
        Money paid = payments.stream().filter(p -> p.paidOn() != null).map(ContractPayment::amount).reduce(Money.ZERO, Money::plus);
        EnumSet<ContractFlag> flags = EnumSet.noneOf(ContractFlag.class);
        flags.addAll(ContractFlag.of(contract, milestones, payments, today()));
        return new ContractImplementation(contract, milestones, payments, addOns, records.reports(id), addOnTotal,
                AddOns.percentOf(addOnTotal, new Money(contract.price())), paid, List.copyOf(flags), records.settlement(id).orElse(null));
    }

    private static MilestoneDelivery.State state(Milestone milestone, List<MilestoneDelivery.Submission> rounds) {
        if (milestone.advance()) {
            return MilestoneDelivery.State.ADVANCE;
        }
        if (rounds.isEmpty()) {
            return MilestoneDelivery.State.PENDING;
        }
        MilestoneDelivery.Decision decision = rounds.get(rounds.size() - 1).decision();
        if (decision == null) {
            return MilestoneDelivery.State.SUBMITTED;
        }
        return decision == MilestoneDelivery.Decision.ACCEPTED ? MilestoneDelivery.State.ACCEPTED : MilestoneDelivery.State.REJECTED;
    }

    private static MilestoneDelivery milestone(ContractImplementation implementation, int ordinal) {
        if (ordinal < 1 || ordinal > implementation.milestones().size()) {
            throw RuleViolation.refused("contracting.milestone.unknown", "milestone", Integer.toString(ordinal));
        }
        return implementation.milestone(ordinal);
    }

    private static MilestoneDelivery submitted(ContractImplementation implementation, int ordinal) {
        MilestoneDelivery delivery = milestone(implementation, ordinal);
        if (delivery.state() != MilestoneDelivery.State.SUBMITTED) {
            throw RuleViolation.conflict("contracting.milestone.not-submitted", Integer.toString(ordinal));
        }
        return delivery;
    }

    /** The caller's department's contract, for a purchaser's act; to another department it does not exist. */
    private Contract purchasers(Actor actor, ContractId id, String action) {
        actor.require("contracting:contract:manage", action, "contract", id.value());
        Contract contract = drafts.contract(actor, id);
        if (!contract.purchaser().organizationId().equals(actor.organizationId())) {
            throw RuleViolation.notFound("contracting.contract.unknown", id.value());
        }
        return contract;
    }

    /** The caller's organization's contract, for a provider's act. */
    private Contract providers(Actor actor, ContractId id, String action) {
        actor.require("contracting:contract:deliver", action, "contract", id.value());
        Contract contract = drafts.contract(actor, id);
        if (!contract.provider().organizationId().equals(actor.organizationId())) {
            throw RuleViolation.notFound("contracting.contract.unknown", id.value());
        }
        return contract;
    }

    private static void requireSigned(Contract contract) {
        if (contract.status() == Contract.Status.DRAFT || contract.status() == Contract.Status.WITHDRAWN) {
            throw RuleViolation.conflict("contracting.contract.not-signed", contract.procedureReference(), Integer.toString(contract.lot()));
        }
    }

    private static void requireInForce(Contract contract) {
        requireSigned(contract);
        if (!contract.inForce()) {
            throw RuleViolation.conflict("contracting.contract.not-in-force", contract.procedureReference(), Integer.toString(contract.lot()));
        }
    }

    private static void text(@Nullable String text, String field, int max, List<RuleViolation> refused) {
        if (text == null || text.isBlank()) {
            refused.add(RuleViolation.refused("contracting.text.needed", field));
        } else if (text.length() > max) {
            refused.add(RuleViolation.refused("contracting.text.too-long", field, Integer.toString(max)));
        }
    }

    private static void refuse(List<RuleViolation> refused) {
        if (!refused.isEmpty()) {
            throw refused.size() == 1 ? refused.get(0) : new RuleViolations(refused);
        }
    }

    /**
     * The last day to pay. A period the calendar cannot place yet — its year is not loaded — keeps its earliest possible
     * last day rather than refuse the acceptance: an earlier day never lets a late payment pass unflagged.
     */
    private LocalDate payBy(LocalDate from, int days) {
        try {
            return PaymentTerms.dueOn(workingDays.calendar(), from, days);
        } catch (RuleViolation notLoaded) {
            if (!"calendar.year-not-loaded".equals(notLoaded.messageKey())) {
                throw notLoaded;
            }
            return from.plusDays(days);
        }
    }

    private ContractLimits limits() {
        return ContractLimits.on(rules.rulebook(), today(), advancePercent);
    }

    /** Today in the platform's zone, by the platform's clock. */
    public LocalDate today() {
        return clock.instant().atZone(workingDays.zone()).toLocalDate();
    }

    private void changed(Actor actor, Contract contract, String action, Map<String, String> payload) {
        events.publishEvent(new ContractChanged(actor.userId(), actor.organizationId(), action, contract.id().value(), payload));
    }
}
