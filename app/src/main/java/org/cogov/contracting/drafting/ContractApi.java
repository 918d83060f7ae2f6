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
import org.cogov.contracting.Dimension;
import org.cogov.contracting.FinalInstalment;
import org.cogov.contracting.Indicator;
import org.cogov.contracting.IndicatorGroup;
import org.cogov.contracting.IndicatorSet;
import org.cogov.contracting.Milestone;
import org.cogov.contracting.ScoringRule;
import org.cogov.contracting.ServicePeriod;
import org.cogov.planning.BudgetLineId;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
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

    /**
     * @param months the term in whole months from {@code start}
     * @param quantity how much service, in words
     * @param unitPrice the price of one unit, when the contract prices by the unit
     * @param paymentDays days after acceptance within which the purchaser pays; absent keeps the draft's
     * @param servesPublic whether the service is delivered to the public (its acceptance invites beneficiaries); absent keeps
     * @param finalInstalmentLinked whether the final payment depends on the performance grade; absent keeps the draft's
     * @param finalInstalment the percent of the final payment each grade earns; absent keeps the draft's, or the usual ones
     */
    record ContractTerms(@NotNull Integer version, @NotNull LocalDate start, @NotNull @Min(1) @Max(120) Integer months,
            @Nullable Boolean stableService, @Nullable @Size(max = ServicePeriod.JUSTIFICATION_MAX) String justification,
            @Nullable @Size(max = ContractDrafts.TEXT_MAX) String settlement, @Nullable @Size(max = ContractDrafts.TEXT_MAX) String liabilities,
            @Nullable @DecimalMin("0") @DecimalMax("9999999999999999.99") BigDecimal performanceBond,
            @Nullable @Size(max = ContractDrafts.QUANTITY_MAX) String quantity,
            @Nullable @DecimalMin("0.01") @DecimalMax("9999999999999999.99") BigDecimal unitPrice,
            @Nullable @Min(1) @Max(366) Integer paymentDays, @Nullable Boolean servesPublic, @Nullable Boolean finalInstalmentLinked,
            @Nullable @Valid FinalInstalmentClause finalInstalment) {

        ContractDrafts.Terms terms() {
            return new ContractDrafts.Terms(new ServicePeriod(start, months, Boolean.TRUE.equals(stableService), justification),
                    settlement, liabilities, performanceBond == null ? null : new Money(performanceBond), quantity, unitPrice, paymentDays,
                    servesPublic, finalInstalmentLinked, finalInstalment == null ? null : finalInstalment.clause());
        }
    }

    /** The percent of the final payment that each grade earns, 0 to 100. */
    record FinalInstalmentClause(@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal excellent,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal good, @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal fair,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal poor) {

        FinalInstalment clause() {
            return new FinalInstalment(excellent, good, fair, poor);
        }
    }

    /** @param share the payment share in percent of the price */
    record MilestoneEntry(@NotNull @Size(max = Milestone.DELIVERABLE_MAX) String deliverable, @NotNull LocalDate due,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal share, @Nullable Boolean advance) {
    }

    record ContractMilestones(@NotNull Integer version, @NotNull @Size(max = 50) List<@Valid @NotNull MilestoneEntry> milestones) {
    }

    /**
     * How an indicator scores: LINEAR to {@code value}, THRESHOLD at {@code value}, BANDED by {@code bands}, or JUDGEMENT.
     *
     * @param bands for BANDED: each band's lower bound and the percent of the weight it earns
     */
    record ScoringEntry(@NotNull ScoringRule.Kind kind, @Nullable @DecimalMin("-9999999999") @DecimalMax("9999999999") BigDecimal value,
            @Nullable @Size(max = ScoringRule.Banded.MAX_BANDS) List<@Valid @NotNull BandEntry> bands) {

        ScoringRule rule() {
            return switch (kind) {
                case LINEAR -> new ScoringRule.Linear(required(value));
                case THRESHOLD -> new ScoringRule.Threshold(required(value));
                case BANDED -> new ScoringRule.Banded(bands == null ? List.of()
                        : bands.stream().map(b -> new ScoringRule.Band(b.from(), b.percent())).toList());
                case JUDGEMENT -> new ScoringRule.Judgement();
            };
        }

        private static BigDecimal required(@Nullable BigDecimal value) {
            if (value == null) {
                throw RuleViolation.refused("contracting.scoring.value-needed", "value");
            }
            return value;
        }
    }

    record BandEntry(@NotNull @DecimalMin("-9999999999") @DecimalMax("9999999999") BigDecimal from,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal percent) {
    }

    record IndicatorEntry(@NotNull @Size(max = Indicator.NAME_MAX) String nameZh, @NotNull @Size(max = Indicator.NAME_MAX) String nameEn,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal weight, @NotNull @Size(max = Indicator.TARGET_MAX) String target,
            @NotNull @Valid ScoringEntry scoring) {
    }

    /** @param weight the group's weight out of 100 */
    record IndicatorGroupEntry(@NotNull Dimension dimension, @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal weight,
            @NotNull @Size(max = IndicatorSet.MAX_INDICATORS_PER_GROUP) List<@Valid @NotNull IndicatorEntry> indicators) {
    }

    record ContractIndicators(@NotNull Integer version, @NotNull @Size(max = 4) List<@Valid @NotNull IndicatorGroupEntry> groups) {

        IndicatorSet set() {
            return new IndicatorSet(groups.stream().map(g -> new IndicatorGroup(g.dimension(), g.weight(), g.indicators().stream()
                    .map(i -> new Indicator(i.nameZh(), i.nameEn(), i.weight(), i.target(), i.scoring().rule())).toList())).toList());
        }
    }

    /** @param budgetLine the approved budget line of the department that pays the renewed year */
    record RenewalRequest(@NotNull UUID budgetLine) {
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

    /** The purchaser sets the indicator set the performance will be evaluated against, before anyone signs. */
    @PutMapping("/{id}/indicators")
    Contract indicators(@PathVariable UUID id, @Valid @RequestBody ContractIndicators indicators) {
        return drafts.changeIndicators(actor(id), new ContractId(id), indicators.version(), indicators.set());
    }

    /** The purchaser drafts next year's contract of a stable service from this one, its performance graded 中 or better. */
    @PostMapping("/{id}/renewal")
    Contract renew(@PathVariable UUID id, @Valid @RequestBody RenewalRequest request) {
        return drafts.renew(actor(id), new ContractId(id), new BudgetLineId(request.budgetLine()));
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
