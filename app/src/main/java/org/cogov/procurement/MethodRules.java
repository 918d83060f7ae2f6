package org.cogov.procurement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cogov.shared.Domain;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Which method a purchase of services may use (RULES.md "Procurement methods", GPL Art. 26–32): never
 * inquiry, which is for goods; the small-purchase path only below the procurement limit; a method
 * other than public tender at or above the public-tender threshold only with the finance bureau's
 * approval; every method but public tender and the small purchase with one of its legal justifications.
 */
@Domain
public final class MethodRules {

    private final Rulebook rules;

    public MethodRules(Rulebook rules) {
        this.rules = rules;
    }

    /** What the rules refuse outright in this choice: it cannot even be saved. */
    public List<RuleViolation> violations(Method method, Method.@Nullable Justification justification, Money estimate,
            LocalDate day) {
        List<RuleViolation> violations = new ArrayList<>();
        switch (method) {
            case INQUIRY -> violations.add(RuleViolation.refused("procurement.method.inquiry-goods-only", "method"));
            case FRAMEWORK_AGREEMENT -> violations.add(RuleViolation.refused("procurement.method.framework-later", "method"));
            case SMALL_PURCHASE -> {
                ProcurementRule limit = rules.required(ProcurementRule.Name.PROCUREMENT_LIMIT, null, day);
                if (estimate.amount().compareTo(limit.value()) >= 0) {
                    violations.add(RuleViolation.refused("procurement.method.small-purchase-over-limit", "method",
                            limit.value().toPlainString(), limit.legalBasis()));
                }
            }
            default -> {
            }
        }
        if (justification != null && !method.justifications().contains(justification)) {
            violations.add(RuleViolation.refused("procurement.method.justification-not-allowed", "justification"));
        }
        return violations;
    }

    /** A method other than public tender (or the small purchase) at or above the threshold needs FINANCE's approval. */
    public boolean needsApproval(Method method, Money estimate, LocalDate day) {
        return method != Method.PUBLIC_TENDER && method != Method.SMALL_PURCHASE && atOrAboveThreshold(estimate, day);
    }

    /** Single source because only one supplier can do it, at or above the threshold: published for objections first. */
    public boolean needsPublicity(Method method, Method.@Nullable Justification justification, Money estimate, LocalDate day) {
        return method == Method.SINGLE_SOURCE && justification == Method.Justification.ONLY_ONE_SUPPLIER
                && atOrAboveThreshold(estimate, day);
    }

    public boolean atOrAboveThreshold(Money estimate, LocalDate day) {
        return estimate.amount().compareTo(rules.value(ProcurementRule.Name.PUBLIC_TENDER_THRESHOLD, day)) >= 0;
    }

    public AwardCriteria.PriceWeightBand priceWeightBand(LocalDate day) {
        ProcurementRule min = rules.required(ProcurementRule.Name.PRICE_WEIGHT_MIN, null, day);
        ProcurementRule max = rules.required(ProcurementRule.Name.PRICE_WEIGHT_MAX, null, day);
        return new AwardCriteria.PriceWeightBand(min.value(), max.value(), max.legalBasis());
    }
}
