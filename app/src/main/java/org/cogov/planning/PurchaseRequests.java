package org.cogov.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.cogov.catalogue.Catalogue;
import org.cogov.catalogue.NegativeListItem;
import org.cogov.catalogue.ProposedPurchase;
import org.cogov.catalogue.Reason;
import org.cogov.catalogue.SubjectKind;
import org.cogov.catalogue.Verdict;
import org.cogov.registry.OrganizationId;
import org.cogov.shared.Actor;
import org.cogov.shared.Bilingual;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Purchase requests: a department asks to buy a catalogue item from one of its budget lines. The
 * request is checked whole — the catalogue and the negative list (MoF Order No. 102 Art. 10), the
 * budget line's uncommitted money (Art. 14, "no budget, no purchase"), the term (Art. 24) — and either
 * refused with every reason, leaving nothing behind, or accepted with its estimate committed on the
 * line. Cancelling an accepted request gives the money back.
 */
@Service
public class PurchaseRequests {

    /** What a department asks for, with its answers to the negative-list questions. */
    public record NewRequest(BudgetLineId budgetLine, @Nullable String catalogueCode, String title,
            @Nullable String description, Money estimatedAmount, ContractTerm term, @Nullable String stableServiceReason,
            String beneficiaries, SubjectKind subjectKind, boolean outsideDuties, boolean coreFunction, boolean financing,
            boolean forOwnStaff) {
    }

    /** An accepted request, and what the catalogue check asks the purchaser to look at again. */
    public record Accepted(PurchaseRequestId id, List<Reason> warnings) {
    }

    private final StoredRequests requests;
    private final BudgetLines lines;
    private final Catalogue catalogue;
    private final PlanningRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PurchaseRequests(StoredRequests requests, BudgetLines lines, Catalogue catalogue, PlanningRules rules,
            ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.lines = lines;
        this.catalogue = catalogue;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Checks the request whole and accepts it, committing its estimate on the budget line.
     *
     * @throws RuleViolations every reason the rules refuse it for
     */
    @Transactional
    public Accepted submit(Actor actor, NewRequest request) {
        actor.require("planning:request:create", "planning.request.create", "purchase-request", null);
        OrganizationId department = new OrganizationId(actor.organizationId());
        LocalDate today = catalogue.today();
        List<RuleViolation> refusals = new ArrayList<>();
        Verdict verdict = catalogue.check(new ProposedPurchase(request.catalogueCode(), request.subjectKind(),
                request.outsideDuties(), request.coreFunction(), request.financing(), request.forOwnStaff(),
                request.description()), today);
        verdict.reasons().forEach(reason -> refusals.add(violation(reason)));
        request.term().violation(request.stableServiceReason(), rules.termLimits(today)).ifPresent(refusals::add);
        if (request.title().isBlank()) {
            refusals.add(RuleViolation.refused("planning.request.title-needed", "title"));
        }
        if (request.beneficiaries().isBlank()) {
            refusals.add(RuleViolation.refused("planning.request.beneficiaries-needed", "beneficiaries"));
        }
        if (request.estimatedAmount().amount().signum() <= 0) {
            refusals.add(RuleViolation.refused("planning.request.amount-not-positive", "estimatedAmount"));
        }
        Optional<BudgetLine> line = lines.find(request.budgetLine()).filter(l -> l.department().equals(department));
        if (line.isEmpty()) {
            refusals.add(RuleViolation.refused("planning.request.budget-line-unknown", "budgetLine"));
        } else if (line.get().status() != BudgetLine.Status.APPROVED) {
            refusals.add(RuleViolation.refused("planning.request.budget-line-not-approved", "budgetLine", line.get().code()));
        } else if (!line.get().funds(request.estimatedAmount())) {
            refusals.add(budgetShort(line.get(), request.estimatedAmount()));
        }
        if (!refusals.isEmpty()) {
            throw new RuleViolations(refusals);
        }
        // Checked above, but another request may have taken the money since: the conditional update decides.
        if (!lines.commit(request.budgetLine(), request.estimatedAmount())) {
            BudgetLine now = lines.find(request.budgetLine()).orElseThrow();
            throw new RuleViolations(List.of(budgetShort(now, request.estimatedAmount())));
        }
        // The catalogue check refuses a request that names no item, so the code is there.
        PurchaseRequest accepted = new PurchaseRequest(new PurchaseRequestId(UUID.randomUUID()), department,
                request.budgetLine(), Objects.requireNonNull(request.catalogueCode()), request.title().strip(),
                blankToNull(request.description()), request.estimatedAmount(), request.term(),
                blankToNull(request.stableServiceReason()), request.beneficiaries().strip(), PurchaseRequest.Status.ACCEPTED,
                clock.instant(), null, 0);
        requests.add(accepted, actor.userId());
        publish(actor, "planning.request.accepted", accepted, Map.of("budgetLine", line.get().code()));
        return new Accepted(accepted.id(), verdict.warnings());
    }

    private static RuleViolation budgetShort(BudgetLine line, Money asked) {
        return RuleViolation.refused("planning.request.budget-short", "estimatedAmount", line.code(),
                line.uncommitted().amount().toPlainString(), asked.amount().toPlainString());
    }

    /** A catalogue reason as a refusal of the field it concerns, with the negative-list item's text in both languages. */
    static RuleViolation violation(Reason reason) {
        NegativeListItem item = reason.negativeItem();
        List<Object> arguments = new ArrayList<>(reason.arguments());
        String field = "catalogueCode";
        if (item != null) {
            arguments.add(new Bilingual(item.textZh(), item.textEn()));
            arguments.add(new Bilingual(item.legalBasisZh(), item.legalBasisEn()));
            field = switch (item.number()) {
                case NegativeListItem.OUTSIDE_DUTIES -> "outsideDuties";
                case NegativeListItem.CORE_FUNCTION -> "coreFunction";
                case NegativeListItem.GOODS_AND_WORKS -> "subjectKind";
                case NegativeListItem.FINANCING -> "financing";
                case NegativeListItem.OWN_STAFF -> "forOwnStaff";
                default -> "catalogueCode";
            };
        }
        return RuleViolation.refused(reason.key(), field, arguments.toArray());
    }

    /** Withdraws an accepted request that no procedure uses; its money goes back to the budget line. */
    @Transactional
    public void cancel(Actor actor, PurchaseRequestId id, int version, String reason) {
        actor.require("planning:request:cancel", "planning.request.cancel", "purchase-request", id.value());
        PurchaseRequest request = own(actor, id);
        if (reason.isBlank()) {
            throw RuleViolation.refused("planning.request.reason-needed", "reason");
        }
        if (request.status() != PurchaseRequest.Status.ACCEPTED) {
            throw RuleViolation.conflict("planning.request.not-cancellable", request.title());
        }
        if (!requests.cancel(id, version, reason.strip(), clock.instant())) {
            throw RuleViolation.conflict("planning.request.changed-meanwhile", request.title());
        }
        lines.release(request.budgetLine(), request.estimatedAmount());
        publish(actor, "planning.request.cancelled", request, Map.of("reason", reason.strip()));
    }

    @Transactional(readOnly = true)
    public List<PurchaseRequest> requests(Actor actor) {
        actor.require("planning:request:read", "planning.request.list", "purchase-request", null);
        return requests.all(actor.can("planning:request:read-all") ? null : new OrganizationId(actor.organizationId()));
    }

    @Transactional(readOnly = true)
    public PurchaseRequest request(Actor actor, PurchaseRequestId id) {
        actor.require("planning:request:read", "planning.request.read", "purchase-request", id.value());
        return requests.find(id)
                .filter(r -> actor.can("planning:request:read-all") || r.department().value().equals(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("planning.request.unknown", id.value()));
    }

    private PurchaseRequest own(Actor actor, PurchaseRequestId id) {
        return requests.find(id).filter(r -> r.department().value().equals(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("planning.request.unknown", id.value()));
    }

    /**
     * For procurement, which decides itself who may draft from a request (its department, or an agency
     * under a delegation): the request, whoever asks.
     */
    @Transactional(readOnly = true)
    public Optional<PurchaseRequest> find(PurchaseRequestId id) {
        return requests.find(id);
    }

    /**
     * A procedure is drafted from the request: it cannot be cancelled, nor used by another procedure,
     * until {@link #procedureEnded} gives it back.
     *
     * @throws RuleViolation {@code planning.request.not-available} when it is cancelled or in use
     */
    @Transactional
    public void useForProcedure(PurchaseRequestId id) {
        if (!requests.move(id, PurchaseRequest.Status.ACCEPTED, PurchaseRequest.Status.IN_PROCEDURE)) {
            throw RuleViolation.conflict("planning.request.not-available", id.value());
        }
    }

    /** The procedure drafted from the request was abandoned or cancelled: the request may be used or cancelled again. */
    @Transactional
    public void procedureEnded(PurchaseRequestId id) {
        if (!requests.move(id, PurchaseRequest.Status.IN_PROCEDURE, PurchaseRequest.Status.ACCEPTED)) {
            throw new IllegalStateException("request " + id.value() + " was not in a procedure");
        }
    }

    private void publish(Actor actor, String action, PurchaseRequest request, Map<String, String> extra) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("title", request.title());
        payload.put("catalogueCode", request.catalogueCode() == null ? "" : request.catalogueCode());
        payload.put("estimatedAmount", request.estimatedAmount().amount().toPlainString());
        payload.putAll(extra);
        events.publishEvent(new PlanningChanged(actor.userId(), actor.organizationId(), action, "purchase-request",
                request.id().value().toString(), payload));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
