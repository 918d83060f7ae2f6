package org.cogov.procurement;

import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cogov.identity.Officials;
import org.cogov.planning.PurchaseRequest;
import org.cogov.planning.PurchaseRequestId;
import org.cogov.planning.PurchaseRequests;
import org.cogov.procurement.bonds.BidBondRules;
import org.cogov.procurement.custody.CustodianKeys;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.OrganizationKind;
import org.cogov.registry.Registry;
import org.cogov.registry.Suppliers;
import org.cogov.registry.Verdict;
import org.cogov.shared.Actor;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.cogov.shared.document.Document;
import org.cogov.shared.document.Documents;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting procedures: created from an accepted purchase request by its department, or by the
 * procurement agency the request is delegated to; then described (method and justification), divided
 * into lots with award criteria, scheduled, given custodians and documents, and — for a method other
 * than public tender at or above the threshold — approved by the finance bureau. Every save is checked
 * against the rule table; what still stands between the draft and its publication is its readiness.
 * A purchaser sees its own department's procedures, an agency those delegated to it, the finance bureau
 * and the auditor every one. A draft from the request of a failed procedure follows it, and what that
 * failure rules out, or leaves to the finance bureau's approval, binds the draft ({@link FollowUps}).
 */
@Service
public class ProcedureDrafts {

    public record Description(String title, @Nullable String description, Method method,
            Method.@Nullable Justification justification, @Nullable String justificationText,
            @Nullable OrganizationId singleSourceSupplier) {
    }

    /** A draft as its editors see it: the procedure, its parts, and what still blocks its publication. */
    public record Draft(Procedure procedure, PurchaseRequest request, List<Lot> lots, List<Custodian> custodians,
            List<TenderDocument> documents, Optional<InvitationDraw> draw, boolean intentionWarning,
            boolean needsApproval, List<RuleViolation> blockers) {

        /** The lots' total once lots exist; until then the request's estimate. */
        public Money estimate() {
            return lots.isEmpty() ? request.estimatedAmount() : lots.stream().map(Lot::budget).reduce(Money.ZERO, Money::plus);
        }
    }

    private final Procedures procedures;
    private final Delegations delegations;
    private final ProcurementRules rules;
    private final PurchaseRequests requests;
    private final IntentionCheck intentions;
    private final Registry registry;
    private final Suppliers suppliers;
    private final Officials officials;
    private final Documents documents;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FollowUps followUps;
    private final CustodianKeys custodianKeys;

    ProcedureDrafts(Procedures procedures, Delegations delegations, ProcurementRules rules, PurchaseRequests requests,
            IntentionCheck intentions, Registry registry, Suppliers suppliers, Officials officials, Documents documents,
            WorkingDays workingDays, ApplicationEventPublisher events, Clock clock, FollowUps followUps,
            CustodianKeys custodianKeys) {
        this.procedures = procedures;
        this.delegations = delegations;
        this.rules = rules;
        this.requests = requests;
        this.intentions = intentions;
        this.registry = registry;
        this.suppliers = suppliers;
        this.officials = officials;
        this.documents = documents;
        this.workingDays = workingDays;
        this.events = events;
        this.clock = clock;
        this.followUps = followUps;
        this.custodianKeys = custodianKeys;
    }

    /** The purchaser entrusts a request to a procurement agency, under the agreement it names. */
    @Transactional
    public UUID delegate(Actor actor, PurchaseRequestId requestId, OrganizationId agency, String agreement) {
        actor.require("procurement:delegation:record", "procurement.delegation.record", "purchase-request", requestId.value());
        PurchaseRequest request = requests.find(requestId)
                .filter(r -> r.department().value().equals(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("procurement.request.unknown", requestId.value()));
        Organization organization = registry.organization(agency)
                .filter(o -> o.kind() == OrganizationKind.PROCUREMENT_AGENCY)
                .orElseThrow(() -> RuleViolation.refused("procurement.delegation.not-an-agency", "agency"));
        if (agreement.isBlank()) {
            throw RuleViolation.refused("procurement.delegation.agreement-needed", "agreement");
        }
        if (delegations.running(requestId).isPresent()) {
            throw RuleViolation.conflict("procurement.delegation.running", request.title());
        }
        UUID id = UUID.randomUUID();
        delegations.add(new Delegations.Delegation(id, requestId, request.department(), agency, agreement.strip(),
                clock.instant()), actor.userId());
        publish(actor, "procurement.delegation.recorded", "purchase-request", requestId.value(),
                Map.of("agency", organization.nameZh(), "agreement", agreement.strip()));
        return id;
    }

    /** The purchaser takes a request back from the agency, as long as no procedure is drafted from it. */
    @Transactional
    public void revokeDelegation(Actor actor, UUID delegationId) {
        actor.require("procurement:delegation:record", "procurement.delegation.revoke", "delegation", delegationId);
        Delegations.Delegation delegation = delegations.find(delegationId)
                .filter(d -> d.purchaser().value().equals(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("procurement.delegation.unknown", delegationId));
        PurchaseRequest request = requests.find(delegation.request()).orElseThrow();
        if (request.status() != PurchaseRequest.Status.ACCEPTED) {
            throw RuleViolation.conflict("procurement.delegation.in-use", request.title());
        }
        if (!delegations.revoke(delegationId, clock.instant())) {
            throw RuleViolation.conflict("procurement.delegation.in-use", request.title());
        }
        publish(actor, "procurement.delegation.revoked", "purchase-request", delegation.request().value(), Map.of());
    }

    /** The requests the caller may draft from: its department's accepted ones, or those delegated to its agency. */
    @Transactional(readOnly = true)
    public List<PurchaseRequest> draftable(Actor actor) {
        actor.require("procurement:procedure:draft", "procurement.procedure.list-requests", "purchase-request", null);
        List<PurchaseRequest> found = new ArrayList<>();
        delegations.toAgency(new OrganizationId(actor.organizationId()))
                .forEach(delegation -> requests.find(delegation.request()).ifPresent(found::add));
        if (actor.can("planning:request:read")) {
            found.addAll(requests.requests(actor));
        }
        return found.stream().filter(r -> r.status() == PurchaseRequest.Status.ACCEPTED).toList();
    }

    @Transactional
    public ProcedureId create(Actor actor, PurchaseRequestId requestId, Description description) {
        actor.require("procurement:procedure:draft", "procurement.procedure.create", "purchase-request", requestId.value());
        PurchaseRequest request = requests.find(requestId).orElseThrow(
                () -> RuleViolation.notFound("procurement.request.unknown", requestId.value()));
        OrganizationId own = new OrganizationId(actor.organizationId());
        boolean purchaser = request.department().equals(own);
        boolean delegated = delegations.running(requestId).filter(d -> d.agency().equals(own)).isPresent();
        if (!purchaser && !delegated) {
            throw RuleViolation.notFound("procurement.request.unknown", requestId.value());
        }
        LocalDate today = today();
        Rulebook rulebook = rules.rulebook();
        check(description, requestId, request.estimatedAmount(), rulebook, today);
        requests.useForProcedure(requestId);
        ProcedureId id = new ProcedureId(UUID.randomUUID());
        Procedure procedure = new Procedure(id, procedures.nextReference("LJCG", today.getYear()), request.department(),
                delegated ? own : null, requestId, request.catalogueCode(), description.title().strip(),
                blankToNull(description.description()), description.method(), description.justification(),
                blankToNull(description.justificationText()), description.singleSourceSupplier(), Procedure.State.DRAFT,
                Timetable.EMPTY, Readiness.DEFAULT_CUSTODIANS_NEEDED, null, Procedure.Approval.NOT_ASKED, null, 0);
        procedures.add(procedure, actor.userId(), clock.instant());
        publish(actor, "procurement.procedure.drafted", id, Map.of("reference", procedure.reference(), "method",
                description.method().name(), "request", requestId.value().toString()));
        followUps.link(actor, procedure);
        return id;
    }

    @Transactional
    public void describe(Actor actor, ProcedureId id, int version, Description description) {
        Procedure procedure = editable(actor, id, "procurement.procedure.describe");
        Money estimate = estimate(id, procedure);
        check(description, procedure.request(), estimate, rules.rulebook(), today());
        claim(id, version, procedure);
        procedures.describe(id, description.title().strip(), blankToNull(description.description()), description.method(),
                description.justification(), blankToNull(description.justificationText()), description.singleSourceSupplier());
        publish(actor, "procurement.procedure.described", id, Map.of("method", description.method().name()));
    }

    private void check(Description description, PurchaseRequestId request, Money estimate, Rulebook rulebook, LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>(
                new MethodRules(rulebook).violations(description.method(), description.justification(), estimate, today));
        violations.addAll(followUps.refusals(request, description.method()));
        if (description.title().isBlank()) {
            violations.add(RuleViolation.refused("procurement.procedure.title-needed", "title"));
        }
        if (description.singleSourceSupplier() != null) {
            if (description.method() != Method.SINGLE_SOURCE) {
                violations.add(RuleViolation.refused("procurement.procedure.supplier-only-for-single-source",
                        "singleSourceSupplier"));
            } else if (registry.organization(description.singleSourceSupplier()).filter(o -> o.kind().maySupply()).isEmpty()) {
                violations.add(RuleViolation.refused("procurement.procedure.supplier-unknown", "singleSourceSupplier"));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolations(violations);
        }
    }

    /**
     * Replaces the lots: each with its budget share and award criteria, their budgets within the request's estimate, and
     * the bid bond it requires, if any, within the rule table's share of its budget.
     */
    @Transactional
    public void divide(Actor actor, ProcedureId id, int version, List<Lot> lots) {
        Procedure procedure = editable(actor, id, "procurement.procedure.lots");
        PurchaseRequest request = requests.find(procedure.request()).orElseThrow();
        Rulebook rulebook = rules.rulebook();
        MethodRules methods = new MethodRules(rulebook);
        AwardCriteria.PriceWeightBand band = methods.priceWeightBand(today());
        List<RuleViolation> violations = new ArrayList<>();
        if (lots.isEmpty()) {
            violations.add(RuleViolation.refused("procurement.lots.none", "lots"));
        }
        for (int i = 0; i < lots.size(); i++) {
            Lot lot = lots.get(i);
            if (lot.number() != i + 1) {
                violations.add(RuleViolation.refused("procurement.lots.numbering", "lots[" + i + "].number", i + 1));
            }
            if (lot.title().isBlank()) {
                violations.add(RuleViolation.refused("procurement.lots.title-needed", "lots[" + i + "].title", i + 1));
            }
            if (lot.budget().amount().signum() <= 0) {
                violations.add(RuleViolation.refused("procurement.lots.budget-not-positive", "lots[" + i + "].budget", i + 1));
            }
            String prefix = "lots[" + i + "].";
            lot.criteria().violations(band).forEach(v -> violations.add(RuleViolation.refused(v.messageKey(),
                    prefix + v.field(), v.arguments())));
            // A negotiation ranks by the lowest final quotation whatever the criteria (GPL Art. 38): no factor to compare.
            List<AwardCriteria.TieBreak> tieBreaks = lot.criteria().tieBreaks();
            for (int t = 0; t < tieBreaks.size(); t++) {
                if (procedure.method() == Method.COMPETITIVE_NEGOTIATION
                        && tieBreaks.get(t).rule() == AwardCriteria.TieBreak.Rule.HIGHER_FACTOR) {
                    violations.add(RuleViolation.refused("procurement.criteria.tie-break-negotiation",
                            prefix + "tieBreaks[" + t + "]"));
                }
            }
            // Checked with the budget it is a share of, so that a saved lot never holds a bond above its cap.
            BidBondRules.violation(lot, prefix + "bidBond", rulebook, today()).ifPresent(violations::add);
        }
        Money total = lots.stream().map(Lot::budget).reduce(Money.ZERO, Money::plus);
        if (total.isGreaterThan(request.estimatedAmount())) {
            violations.add(RuleViolation.refused("procurement.lots.over-request", "lots", total.amount().toPlainString(),
                    request.estimatedAmount().amount().toPlainString()));
        }
        violations.addAll(methods.violations(procedure.method(), procedure.justification(), total, today()).stream()
                .filter(v -> !"justification".equals(v.field())).toList());
        if (!violations.isEmpty()) {
            throw new RuleViolations(violations);
        }
        claim(id, version, procedure);
        procedures.replaceLots(id, lots);
        publish(actor, "procurement.procedure.lots-saved", id, Map.of("lots", Integer.toString(lots.size()), "total",
                total.amount().toPlainString()));
    }

    /** Sets the key dates; a date that breaks a period of the rule table is refused naming the earliest valid one. */
    @Transactional
    public void schedule(Actor actor, ProcedureId id, int version, Timetable dates) {
        Procedure procedure = editable(actor, id, "procurement.procedure.schedule");
        List<RuleViolation> violations = periods().violations(procedure.method(), dates);
        if (!violations.isEmpty()) {
            throw new RuleViolations(violations);
        }
        claim(id, version, procedure);
        procedures.schedule(id, dates);
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("noticeOn", String.valueOf(dates.noticeOn()));
        payload.put("deadline", String.valueOf(dates.deadline()));
        publish(actor, "procurement.procedure.scheduled", id, payload);
    }

    /** Names the custodians: k of the n officials named must come to open; at least one from outside the purchaser. */
    @Transactional
    public void nameCustodians(Actor actor, ProcedureId id, int version, int needed, List<UUID> userIds) {
        Procedure procedure = editable(actor, id, "procurement.procedure.custodians");
        List<RuleViolation> violations = new ArrayList<>();
        List<Custodian> custodians = new ArrayList<>();
        if (new HashSet<>(userIds).size() != userIds.size()) {
            violations.add(RuleViolation.refused("procurement.custodians.repeated", "custodians"));
        }
        for (UUID userId : userIds) {
            Optional<Officials.Official> official = officials.official(userId);
            if (official.isEmpty()) {
                violations.add(RuleViolation.refused("procurement.custodians.not-an-official", "custodians"));
            } else {
                custodians.add(new Custodian(userId, official.get().organization(), official.get().displayName()));
            }
        }
        if (needed < 2 || needed > userIds.size()) {
            violations.add(RuleViolation.refused("procurement.custodians.k-of-n", "needed", needed, userIds.size()));
        }
        if (!custodians.isEmpty() && custodians.stream().allMatch(c -> c.organization().equals(procedure.purchaser()))) {
            violations.add(RuleViolation.refused("procurement.custodians.all-inside", "custodians"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolations(violations);
        }
        claim(id, version, procedure);
        procedures.replaceCustodians(id, needed, custodians);
        publish(actor, "procurement.procedure.custodians-named", id, Map.of("needed", Integer.toString(needed), "named",
                Integer.toString(custodians.size())));
    }

    /** Stores a document of the procedure as the next version of its kind. */
    @Transactional
    public int attach(Actor actor, ProcedureId id, TenderDocument.Kind kind, InputStream content, String filename) {
        Procedure procedure = editable(actor, id, "procurement.procedure.document");
        Document document = documents.store(actor, content, filename, "tender-document");
        int version = procedures.addDocument(id, kind, document.id(), actor.userId(), clock.instant());
        publish(actor, "procurement.procedure.document-attached", procedure.id(), Map.of("kind", kind.name(), "version",
                Integer.toString(version), "sha256", document.sha256()));
        return version;
    }

    /** The purchaser has read the warning that no intention was published early enough, and goes on. */
    @Transactional
    public void acknowledgeIntentionWarning(Actor actor, ProcedureId id, int version) {
        Procedure procedure = editable(actor, id, "procurement.procedure.intention-acknowledged");
        claim(id, version, procedure);
        procedures.acknowledgeIntention(id, actor.userId(), clock.instant());
        publish(actor, "procurement.procedure.intention-acknowledged", id, Map.of());
    }

    /** Asks the finance bureau to approve the method, with the reason; only when the rules need an approval. */
    @Transactional
    public void requestApproval(Actor actor, ProcedureId id, int version, String reason) {
        Procedure procedure = editable(actor, id, "procurement.procedure.approval-requested");
        Money estimate = estimate(id, procedure);
        if (!new MethodRules(rules.rulebook()).needsApproval(procedure.method(), estimate, today())
                && !followUps.history(procedure).methodChanged(procedure.method())) {
            throw RuleViolation.refused("procurement.approval.not-needed", "method");
        }
        if (reason.isBlank()) {
            throw RuleViolation.refused("procurement.approval.reason-needed", "reason");
        }
        if (procedure.approval().status() == Procedure.Approval.Status.REQUESTED) {
            throw RuleViolation.conflict("procurement.approval.already-requested", procedure.reference());
        }
        claim(id, version, procedure);
        procedures.askApproval(id, reason.strip());
        publish(actor, "procurement.procedure.approval-requested", id, Map.of("method", procedure.method().name(), "estimate",
                estimate.amount().toPlainString(), "reason", reason.strip()));
    }

    /** The finance bureau approves the method for the amount drafted, or refuses it; either way with its reason. */
    @Transactional
    public void decideApproval(Actor actor, ProcedureId id, int version, boolean approve, String reason) {
        String action = approve ? "procurement.procedure.method-approved" : "procurement.procedure.method-refused";
        actor.require("procurement:method:approve", action, "procedure", id.value());
        Procedure procedure = procedures.find(id).orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown",
                id.value()));
        if (reason.isBlank()) {
            throw RuleViolation.refused("procurement.approval.reason-needed", "reason");
        }
        Money estimate = estimate(id, procedure);
        if (!procedures.decideApproval(id, version, approve, reason.strip(), approve ? procedure.method() : null,
                approve ? estimate : null, actor.userId(), clock.instant())) {
            throw RuleViolation.conflict("procurement.approval.not-requested", procedure.reference());
        }
        publish(actor, action, id, Map.of("method", procedure.method().name(), "estimate", estimate.amount().toPlainString(),
                "reason", reason.strip()));
    }

    /** Invitational tender: draws at random, from the suppliers that passed pre-qualification, those invited. */
    @Transactional
    public InvitationDraw drawInvitees(Actor actor, ProcedureId id, int version, List<OrganizationId> qualified, int count) {
        Procedure procedure = editable(actor, id, "procurement.procedure.invitation-draw");
        if (procedure.method() != Method.INVITATIONAL_TENDER) {
            throw RuleViolation.refused("procurement.draw.not-invitational", "method");
        }
        LocalDate today = today();
        LocalDate prequalificationEnd = procedure.timetable().prequalificationUntil();
        if (prequalificationEnd == null || !today.isAfter(prequalificationEnd)) {
            throw RuleViolation.refused("procurement.draw.prequalification-open", "prequalificationUntil",
                    prequalificationEnd == null ? "—" : prequalificationEnd.toString());
        }
        ProcurementRule minimum = rules.rulebook().required(ProcurementRule.Name.MIN_INVITEES, Method.INVITATIONAL_TENDER, today);
        List<RuleViolation> violations = new ArrayList<>();
        if (count < minimum.count()) {
            violations.add(RuleViolation.refused("procurement.draw.too-few", "count", minimum.count(), minimum.legalBasis()));
        }
        List<OrganizationId> distinct = qualified.stream().distinct().toList();
        if (distinct.size() < count) {
            violations.add(RuleViolation.refused("procurement.draw.fewer-qualified", "qualified", distinct.size(), count));
        }
        for (OrganizationId supplier : distinct) {
            if (suppliers.eligibility(supplier, procedure.purchaser(), today).verdict() == Verdict.EXCLUDED) {
                violations.add(RuleViolation.refused("procurement.draw.ineligible", "qualified",
                        registry.organization(supplier).map(Organization::nameZh).orElse(supplier.value().toString())));
            }
        }
        if (procedures.draw(id).isPresent()) {
            violations.add(RuleViolation.refused("procurement.draw.done", "qualified"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolations(violations);
        }
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        InvitationDraw draw = InvitationDraw.draw(HexFormat.of().formatHex(seed), distinct, count);
        claim(id, version, procedure);
        procedures.recordDraw(id, draw.seed(), draw.candidates(), draw.invited(), actor.userId(), clock.instant());
        publish(actor, "procurement.procedure.invitees-drawn", id, Map.of("seed", draw.seed(), "candidates",
                Integer.toString(draw.candidates().size()), "invited", Integer.toString(draw.invited().size())));
        return draw;
    }

    /** Gives up a draft: it was never published, so no notice; the request may be drafted again or cancelled. */
    @Transactional
    public void abandon(Actor actor, ProcedureId id, int version) {
        Procedure procedure = editable(actor, id, "procurement.procedure.abandoned");
        if (!procedures.abandon(id, version)) {
            throw RuleViolation.conflict("procurement.procedure.changed-meanwhile", procedure.reference());
        }
        requests.procedureEnded(procedure.request());
        publish(actor, "procurement.procedure.abandoned", id, Map.of("reference", procedure.reference()));
    }

    @Transactional(readOnly = true)
    public List<Procedure> procedures(Actor actor) {
        actor.require("procurement:procedure:read", "procurement.procedure.list", "procedure", null);
        return procedures.all(actor.can("procurement:procedure:read-all") ? null : new OrganizationId(actor.organizationId()));
    }

    /** Drafts waiting for the finance bureau's approval of their method. */
    @Transactional(readOnly = true)
    public List<Procedure> awaitingApproval(Actor actor) {
        actor.require("procurement:method:approve", "procurement.procedure.approvals", "procedure", null);
        return procedures.awaitingApproval();
    }

    @Transactional(readOnly = true)
    public Draft draft(Actor actor, ProcedureId id) {
        actor.require("procurement:procedure:read", "procurement.procedure.read", "procedure", id.value());
        Procedure procedure = procedures.find(id)
                .filter(p -> actor.can("procurement:procedure:read-all") || p.isRunBy(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        PurchaseRequest request = requests.find(procedure.request()).orElseThrow();
        List<Lot> lots = procedures.lots(id);
        List<Custodian> custodians = procedures.custodians(id).stream()
                .map(c -> new Custodian(c.getKey(), c.getValue(), officials.official(c.getKey())
                        .map(Officials.Official::displayName).orElse("—")))
                .toList();
        List<TenderDocument> documents = procedures.documents(id);
        LocalDate today = today();
        boolean intentionWarning = intentions.warns(procedure, today);
        Readiness.History history = followUps.history(procedure);
        Readiness.Draft draft = new Readiness.Draft(procedure, request.estimatedAmount(), lots, custodians, documents,
                intentionWarning, history, custodianKeys.enrolled(custodians.stream().map(Custodian::userId).toList()));
        MethodRules methods = new MethodRules(rules.rulebook());
        List<RuleViolation> blockers = procedure.state() == Procedure.State.DRAFT
                ? Readiness.blockers(draft, methods, periods(), today)
                : List.of();
        return new Draft(procedure, request, lots, custodians, documents, procedures.draw(id), intentionWarning,
                methods.needsApproval(procedure.method(), draft.estimate(), today) || history.methodChanged(procedure.method()),
                blockers);
    }

    /** The rule table in force, for the pages that explain it. */
    @Transactional(readOnly = true)
    public Rulebook rulebook() {
        return rules.rulebook();
    }

    /** Officials who may be named custodians. */
    @Transactional(readOnly = true)
    public List<Officials.Official> officials(Actor actor) {
        actor.require("procurement:procedure:draft", "procurement.procedure.officials", "procedure", null);
        return officials.all();
    }

    private Procedure editable(Actor actor, ProcedureId id, String action) {
        actor.require("procurement:procedure:draft", action, "procedure", id.value());
        Procedure procedure = procedures.find(id).filter(p -> p.isRunBy(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        if (procedure.state() != Procedure.State.DRAFT) {
            throw RuleViolation.conflict("procurement.procedure.not-a-draft", procedure.reference());
        }
        return procedure;
    }

    private void claim(ProcedureId id, int version, Procedure procedure) {
        if (!procedures.claim(id, version)) {
            throw RuleViolation.conflict("procurement.procedure.changed-meanwhile", procedure.reference());
        }
    }

    /** The lots' total once lots exist; until then the request's estimate. */
    private Money estimate(ProcedureId id, Procedure procedure) {
        List<Lot> lots = procedures.lots(id);
        return lots.isEmpty() ? requests.find(procedure.request()).orElseThrow().estimatedAmount()
                : lots.stream().map(Lot::budget).reduce(Money.ZERO, Money::plus);
    }

    private TimetableRules periods() {
        return new TimetableRules(rules.rulebook(), workingDays.calendar(), workingDays.zone());
    }

    private LocalDate today() {
        return clock.instant().atZone(workingDays.zone()).toLocalDate();
    }

    private void publish(Actor actor, String action, ProcedureId id, Map<String, String> payload) {
        publish(actor, action, "procedure", id.value(), payload);
    }

    private void publish(Actor actor, String action, String objectType, UUID objectId, Map<String, String> payload) {
        events.publishEvent(new ProcedureChanged(actor.userId(), actor.organizationId(), action, objectType,
                objectId.toString(), payload));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
