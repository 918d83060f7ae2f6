package org.cogov.planning;

import java.time.Instant;

import org.cogov.registry.OrganizationId;
import org.cogov.shared.Domain;
import org.cogov.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * An accepted request of a department to buy one catalogue item, funded by one budget line whose
 * money it holds until it is cancelled. A procedure is drafted from it.
 */
@Domain
public record PurchaseRequest(PurchaseRequestId id, OrganizationId department, BudgetLineId budgetLine,
        String catalogueCode, String title, @Nullable String description, Money estimatedAmount, ContractTerm term,
        @Nullable String stableServiceReason, String beneficiaries, Status status, Instant createdAt,
        @Nullable String cancelReason, int version) {

    public enum Status {
        /** Checked and funded: its estimate is committed on the budget line. */
        ACCEPTED,
        /** A procedure is being drafted or run from it: it cannot be cancelled until that ends. */
        IN_PROCEDURE,
        /** Withdrawn by the department: its money went back to the budget line. */
        CANCELLED
    }
}
