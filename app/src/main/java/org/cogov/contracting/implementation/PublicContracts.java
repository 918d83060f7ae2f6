package org.cogov.contracting.implementation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cogov.contracting.AddOn;
import org.cogov.contracting.Contract;
import org.cogov.contracting.ContractFlag;
import org.cogov.contracting.ContractId;
import org.cogov.contracting.ContractImplementation;
import org.cogov.contracting.ContractPayment;
import org.cogov.contracting.MilestoneDelivery;
import org.cogov.contracting.drafting.ContractDrafts;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Published contracts for everyone, without signing in: the clauses, the acceptance results with what the beneficiaries
 * said — never who said it — the payments and whether they were on time, the add-ons, and the flags. An unpublished
 * contract does not exist here.
 */
@Controller
class PublicContracts {

    /** The most contracts a list gives: the portal pages through the rest. */
    static final int LIST_MAX = 200;

    /** A beneficiaries' representative's opinion as published: whom the person spoke for, not the person. */
    record PublicOpinion(String represents, int rating, String opinion) {
    }

    record PublicMilestone(int ordinal, String deliverable, LocalDate due, BigDecimal share, BigDecimal amount,
            MilestoneDelivery.State state, @Nullable LocalDate acceptedOn, List<PublicOpinion> opinions) {
    }

    record PublicPayment(int ordinal, BigDecimal amount, LocalDate dueOn, @Nullable LocalDate paidOn, @Nullable LocalDate cancelledOn,
            boolean late) {
    }

    record PublicAddOn(int number, BigDecimal amount, String reason, int milestone) {
    }

    record PublicContract(UUID id, UUID procedureId, String procedureReference, int lot, Contract.Party purchaser, Contract.Party provider,
            String catalogueCode, String serviceTitle, @Nullable String serviceDescription, BigDecimal price, Contract.Status status,
            LocalDate termStart, LocalDate termEnd, Contract.Delivery delivery, @Nullable LocalDate signedOn, @Nullable LocalDate publishedOn,
            @Nullable LocalDate filedOn, @Nullable LocalDate closedOn, @Nullable String terminationReason, List<PublicMilestone> milestones,
            List<PublicPayment> payments, List<PublicAddOn> addOns, BigDecimal paid, List<ContractFlag> flags) {
    }

    record PublishedContract(UUID id, String procedureReference, int lot, String serviceTitle, Contract.Party purchaser,
            Contract.Party provider, BigDecimal price, Contract.Status status, @Nullable LocalDate publishedOn) {
    }

    private final ContractDrafts drafts;
    private final Implementation implementation;

    PublicContracts(ContractDrafts drafts, Implementation implementation) {
        this.drafts = drafts;
        this.implementation = implementation;
    }

    @GetMapping("/api/v1/public/contracts")
    @ResponseBody
    List<PublishedContract> list() {
        return drafts.published(LIST_MAX).stream().map(c -> new PublishedContract(c.id().value(), c.procedureReference(), c.lot(),
                c.serviceTitle(), c.purchaser(), c.provider(), c.price(), c.status(), c.publishedOn())).toList();
    }

    @GetMapping("/api/v1/public/contracts/{id}")
    @ResponseBody
    PublicContract read(@PathVariable UUID id) {
        ContractImplementation i = implementation.view(drafts.published(new ContractId(id))
                .orElseThrow(() -> RuleViolation.notFound("contracting.contract.unknown", id)));
        Contract c = i.contract();
        LocalDate today = implementation.today();
        return new PublicContract(id, c.procedureId(), c.procedureReference(), c.lot(), c.purchaser(), c.provider(), c.catalogueCode(),
                c.serviceTitle(), c.serviceDescription(), c.price(), c.status(), c.term().start(), c.term().end(), c.delivery(), c.signedOn(),
                c.publishedOn(), c.filedOn(), c.closedOn(), c.terminationReason(),
                i.milestones().stream().map(m -> new PublicMilestone(m.ordinal(), m.deliverable(), m.due(), m.share(), m.amount().amount(),
                        m.state(), m.acceptedOn(), m.state() != MilestoneDelivery.State.ACCEPTED ? List.of()
                                : m.latest().opinions().stream().map(o -> new PublicOpinion(o.represents(), o.rating(), o.opinion())).toList()))
                        .toList(),
                i.payments().stream().map((ContractPayment p) -> new PublicPayment(p.ordinal(), p.amount().amount(), p.dueOn(), p.paidOn(),
                        p.cancelledOn(), p.late(today))).toList(),
                i.addOns().stream().map((AddOn a) -> new PublicAddOn(a.number(), a.amount().amount(), a.reason(), a.ordinal())).toList(),
                i.paid().amount(), i.flags());
    }

    @GetMapping("/public/contracts")
    String listPage(Model model) {
        model.addAttribute("contracts", list());
        return "contracting/public-contracts";
    }

    @GetMapping("/public/contracts/{id}")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("c", read(id));
        return "contracting/public-contract";
    }
}
