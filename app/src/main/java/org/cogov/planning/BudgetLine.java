package org.cogov.planning;

import org.cogov.registry.OrganizationId;
import org.cogov.shared.Domain;
import org.cogov.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * An appropriation (预算项目) of one department for one fiscal year. Its uncommitted money is what a
 * new purchase request may still commit: the amount less what accepted requests hold and what was paid.
 */
@Domain
public record BudgetLine(BudgetLineId id, OrganizationId department, int fiscalYear, String code, String name, Money amount,
        Money committed, Money spent, Status status, @Nullable String decisionReason, int version) {

    public enum Status {
        /** Proposed by the department, waiting for the finance bureau. */
        PROPOSED,
        /** Approved by the finance bureau: it funds purchase requests. */
        APPROVED,
        /** Rejected by the finance bureau, with a reason. */
        REJECTED
    }

    public Money uncommitted() {
        return amount.minus(committed).minus(spent);
    }

    public boolean funds(Money estimate) {
        return status == Status.APPROVED && uncommitted().compareTo(estimate) >= 0;
    }
}
