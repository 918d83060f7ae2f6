package org.cogov.contracting.drafting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cogov.contracting.Contract;
import org.cogov.contracting.ContractId;
import org.cogov.contracting.Milestone;
import org.cogov.contracting.ServicePeriod;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contracts over the API: those the caller may read, one whole, and the purchaser's changes to a draft — its term,
 * settlement, liabilities and performance bond, and its milestones — each on the version the purchaser read.
 */
@RestController
@RequestMapping("/api/v1/contracts")
class ContractApi {

    /** @param months the term in whole months from {@code start} */
    record ContractTerms(@NotNull Integer version, @NotNull LocalDate start, @NotNull @Min(1) @Max(120) Integer months,
            @Nullable Boolean stableService, @Nullable @Size(max = ServicePeriod.JUSTIFICATION_MAX) String justification,
            @Nullable @Size(max = ContractDrafts.TEXT_MAX) String settlement, @Nullable @Size(max = ContractDrafts.TEXT_MAX) String liabilities,
            @Nullable @DecimalMin("0") @DecimalMax("9999999999999999.99") BigDecimal performanceBond) {

        ContractDrafts.Terms terms() {
            return new ContractDrafts.Terms(new ServicePeriod(start, months, Boolean.TRUE.equals(stableService), justification),
                    settlement, liabilities, performanceBond == null ? null : new Money(performanceBond));
        }
    }

    /** @param share the payment share in percent of the price */
    record MilestoneEntry(@NotNull @Size(max = Milestone.DELIVERABLE_MAX) String deliverable, @NotNull LocalDate due,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal share, @Nullable Boolean advance) {
    }

    record ContractMilestones(@NotNull Integer version, @NotNull @Size(max = 50) List<@Valid @NotNull MilestoneEntry> milestones) {
    }

    /** A signer's passphrase, for its own signature only: never stored, logged or echoed. */
    record SignatureRequest(@NotNull @Size(min = 1, max = 2 * SignerKeys.MAX_PASSPHRASE) String passphrase) {

        @Override
        public String toString() {
            return "SignatureRequest[passphrase=…]";
        }
    }

    private final ContractDrafts drafts;
    private final ContractSignatures signatures;

    ContractApi(ContractDrafts drafts, ContractSignatures signatures) {
        this.drafts = drafts;
        this.signatures = signatures;
    }

    @GetMapping
    List<Contract> list() {
        return drafts.contracts(actor(null));
    }

    @GetMapping("/{id}")
    Contract read(@PathVariable UUID id) {
        return drafts.contract(actor(id), new ContractId(id));
    }

    @PutMapping("/{id}/terms")
    Contract terms(@PathVariable UUID id, @Valid @RequestBody ContractTerms terms) {
        return drafts.changeTerms(actor(id), new ContractId(id), terms.version(), terms.terms());
    }

    @PutMapping("/{id}/milestones")
    Contract milestones(@PathVariable UUID id, @Valid @RequestBody ContractMilestones milestones) {
        return drafts.changeMilestones(actor(id), new ContractId(id), milestones.version(), milestones.milestones().stream()
                .map(m -> new Milestone(m.deliverable(), m.due(), m.share(), Boolean.TRUE.equals(m.advance()))).toList());
    }

    /** The caller signs for its party, with its current signer key unwrapped by its passphrase. */
    @PostMapping("/{id}/signatures")
    Contract sign(@PathVariable UUID id, @Valid @RequestBody SignatureRequest request) {
        return signatures.sign(actor(id), new ContractId(id), request.passphrase().toCharArray());
    }

    /** The document's hash re-computed from the stored clauses, and each signature verified with its stored public key. */
    @GetMapping("/{id}/verification")
    ContractSignatures.ContractVerification verification(@PathVariable UUID id) {
        return signatures.verify(actor(id), new ContractId(id));
    }

    private static Actor actor(@Nullable UUID id) {
        return Actor.current().orElseThrow(() -> new Forbidden("contracting.contract", "contract", id));
    }
}
