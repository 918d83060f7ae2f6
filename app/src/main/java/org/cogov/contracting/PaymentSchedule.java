package org.cogov.contracting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cogov.shared.Domain;
import org.cogov.shared.RuleViolation;

/**
 * The milestones of a contract as a payment schedule (RULES.md "Contracts and payments"): each deliverable due within
 * the term, each share positive and to the hundredth, the shares together exactly 100 % of the price, and at most one
 * advance payment, within its cap. Every refusal names the field it concerns, {@code milestones[i].due} for one
 * milestone and {@code milestones} for the schedule as a whole.
 */
@Domain
public final class PaymentSchedule {

    public static final int MAX_MILESTONES = 24;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private PaymentSchedule() {
    }

    /** One final milestone of the whole price at the term's end: the draft's schedule until the purchaser divides it. */
    public static List<Milestone> single(ServicePeriod term, String deliverable) {
        return List.of(new Milestone(deliverable, term.end(), HUNDRED.setScale(2), false));
    }

    /** Every reason the rules refuse the schedule; none when it stands. */
    public static List<RuleViolation> violations(List<Milestone> milestones, ServicePeriod term, ContractLimits limits) {
        List<RuleViolation> refused = new ArrayList<>();
        if (milestones.isEmpty() || milestones.size() > MAX_MILESTONES) {
            refused.add(RuleViolation.refused("contracting.milestones.count", "milestones", Integer.toString(MAX_MILESTONES)));
            return refused;
        }
        BigDecimal sum = BigDecimal.ZERO;
        int advances = 0;
        for (int i = 0; i < milestones.size(); i++) {
            Milestone m = milestones.get(i);
            String field = "milestones[" + i + "]";
            if (m.deliverable().isBlank() || m.deliverable().length() > Milestone.DELIVERABLE_MAX) {
                refused.add(RuleViolation.refused("contracting.milestones.deliverable", field + ".deliverable",
                        Integer.toString(Milestone.DELIVERABLE_MAX)));
            }
            if (!term.covers(m.due())) {
                refused.add(RuleViolation.refused("contracting.milestones.outside-term", field + ".due", term.start().toString(),
                        term.end().toString()));
            }
            if (m.share().signum() <= 0 || m.share().compareTo(HUNDRED) > 0 || m.share().stripTrailingZeros().scale() > 2) {
                refused.add(RuleViolation.refused("contracting.milestones.share", field + ".share"));
            } else {
                sum = sum.add(m.share());
            }
            if (m.advance()) {
                advances++;
                if (m.share().compareTo(limits.advancePercent()) > 0) {
                    refused.add(RuleViolation.refused("contracting.milestones.advance-over-cap", field + ".share",
                            limits.advancePercent().stripTrailingZeros().toPlainString()));
                }
            }
        }
        if (advances > 1) {
            refused.add(RuleViolation.refused("contracting.milestones.one-advance", "milestones"));
        }
        if (refused.isEmpty() && sum.compareTo(HUNDRED) != 0) {
            refused.add(RuleViolation.refused("contracting.milestones.shares-not-hundred", "milestones",
                    sum.stripTrailingZeros().toPlainString()));
        }
        return refused;
    }
}
