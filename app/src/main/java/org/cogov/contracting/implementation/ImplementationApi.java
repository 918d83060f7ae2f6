package org.cogov.contracting.implementation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cogov.contracting.ContractId;
import org.cogov.contracting.ContractImplementation;
import org.cogov.contracting.ContractPayment;
import org.cogov.contracting.MilestoneDelivery;
import org.cogov.contracting.ProgressReport;
import org.cogov.contracting.drafting.ContractDrafts;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A signed contract's implementation over the API: publication, filing, progress, acceptance, payments, add-ons, termination. */
@RestController
@RequestMapping("/api/v1/contracts/{id}")
class ImplementationApi {

    /** @param milestone the milestone reported on, from 1; absent for the contract as a whole */
    record ProgressEntry(@Nullable @Min(1) @Max(50) Integer milestone, @NotNull @Size(max = ProgressReport.REPORT_MAX) String report,
            @Nullable @Min(0) @Max(100) Integer percentDone) {
    }

    /** @param document a document the provider uploaded, holding the deliverable */
    record DeliverableSubmission(@NotNull @Size(max = ProgressReport.REPORT_MAX) String report, @Nullable UUID document) {
    }

    /** @param rating 1 (very dissatisfied) to 5 (very satisfied) */
    record OpinionEntry(@NotNull @Size(max = MilestoneDelivery.BeneficiaryOpinion.NAME_MAX) String representative,
            @NotNull @Size(max = MilestoneDelivery.BeneficiaryOpinion.REPRESENTS_MAX) String represents, @NotNull @Min(1) @Max(5) Integer rating,
            @NotNull @Size(max = MilestoneDelivery.BeneficiaryOpinion.OPINION_MAX) String opinion) {
    }

    /** @param opinions the beneficiaries' representatives' opinions: at least one when the service is delivered to the public */
    record AcceptanceDecision(@Nullable @Size(max = Implementation.OPINIONS_MAX) List<@Valid @NotNull OpinionEntry> opinions,
            @Nullable @Size(max = Implementation.REASON_MAX) String note) {
    }

    record RejectionDecision(@NotNull @Size(max = Implementation.REASON_MAX) String reason) {
    }

    /** @param voucher the treasury's payment voucher number */
    record PaymentRecord(@NotNull @Size(max = ContractPayment.VOUCHER_MAX) String voucher) {
    }

    /**
     * @param unitPrice the unit price the add-on pays, when the contract prices by the unit
     * @param sameService whether it buys the contracted service
     * @param sameTerms whether it keeps the contract's terms
     * @param milestone the milestone it is delivered and paid with
     */
    record AddOnProposal(@NotNull @DecimalMin("0.01") @DecimalMax("9999999999999999.99") BigDecimal amount,
            @Nullable @DecimalMin("0.01") @DecimalMax("9999999999999999.99") BigDecimal unitPrice,
            @Nullable @Size(max = ContractDrafts.QUANTITY_MAX) String quantity, @NotNull Boolean sameService, @NotNull Boolean sameTerms,
            @NotNull @Size(max = Implementation.REASON_MAX) String reason, @NotNull @Min(1) @Max(50) Integer milestone) {
    }

    record TerminationDecision(@NotNull @Size(max = Implementation.REASON_MAX) String reason) {
    }

    private final Implementation implementation;

    ImplementationApi(Implementation implementation) {
        this.implementation = implementation;
    }

    @GetMapping("/implementation")
    ContractImplementation read(@PathVariable UUID id) {
        return implementation.of(actor(id), new ContractId(id));
    }

    @PostMapping("/publication")
    ContractImplementation publish(@PathVariable UUID id) {
        return implementation.publish(actor(id), new ContractId(id));
    }

    @PostMapping("/filing")
    ContractImplementation file(@PathVariable UUID id) {
        return implementation.file(actor(id), new ContractId(id));
    }

    @PostMapping("/progress")
    ContractImplementation report(@PathVariable UUID id, @Valid @RequestBody ProgressEntry entry) {
        return implementation.report(actor(id), new ContractId(id), entry.milestone(), entry.report(), entry.percentDone());
    }

    @PostMapping("/milestones/{milestone}/submissions")
    ContractImplementation submit(@PathVariable UUID id, @PathVariable int milestone, @Valid @RequestBody DeliverableSubmission submission) {
        return implementation.submit(actor(id), new ContractId(id), milestone, submission.report(), submission.document());
    }

    @PostMapping("/milestones/{milestone}/acceptance")
    ContractImplementation accept(@PathVariable UUID id, @PathVariable int milestone, @Valid @RequestBody AcceptanceDecision decision) {
        List<MilestoneDelivery.BeneficiaryOpinion> opinions = decision.opinions() == null ? List.of() : decision.opinions().stream()
                .map(o -> new MilestoneDelivery.BeneficiaryOpinion(o.representative(), o.represents(), o.rating(), o.opinion())).toList();
        return implementation.accept(actor(id), new ContractId(id), milestone, opinions, decision.note());
    }

    @PostMapping("/milestones/{milestone}/rejection")
    ContractImplementation reject(@PathVariable UUID id, @PathVariable int milestone, @Valid @RequestBody RejectionDecision decision) {
        return implementation.reject(actor(id), new ContractId(id), milestone, decision.reason());
    }

    @PostMapping("/milestones/{milestone}/payment")
    ContractImplementation pay(@PathVariable UUID id, @PathVariable int milestone, @Valid @RequestBody PaymentRecord payment) {
        return implementation.pay(actor(id), new ContractId(id), milestone, payment.voucher());
    }

    @PostMapping("/add-ons")
    ContractImplementation addOn(@PathVariable UUID id, @Valid @RequestBody AddOnProposal proposal) {
        return implementation.addOn(actor(id), new ContractId(id), new Implementation.AddOnRequest(new Money(proposal.amount()),
                proposal.unitPrice(), proposal.quantity(), proposal.sameService(), proposal.sameTerms(), proposal.reason(),
                proposal.milestone()));
    }

    @PostMapping("/termination")
    ContractImplementation terminate(@PathVariable UUID id, @Valid @RequestBody TerminationDecision decision) {
        return implementation.terminate(actor(id), new ContractId(id), decision.reason());
    }

    private static Actor actor(UUID id) {
        return Actor.current().orElseThrow(() -> new Forbidden("contracting.contract", "contract", id));
    }
}
