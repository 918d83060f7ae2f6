package org.cogov.procurement;

import java.time.Instant;

import org.cogov.planning.PurchaseRequestId;
import org.cogov.registry.OrganizationId;
import org.cogov.shared.Domain;
import org.cogov.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A procedure (采购项目) as drafted: who buys, who runs it (the purchaser, or an agency under a
 * delegation), from which request, by which method and why, with its dates, how many custodians must
 * come to open it, and where the finance bureau's approval of the method stands.
 */
@Domain
public record Procedure(ProcedureId id, String reference, OrganizationId purchaser, @Nullable OrganizationId agency,
        PurchaseRequestId request, String catalogueCode, String title, @Nullable String description, Method method,
        Method.@Nullable Justification justification, @Nullable String justificationText,
        @Nullable OrganizationId singleSourceSupplier, State state, Timetable timetable, int custodiansNeeded,
        @Nullable Instant intentionAcknowledgedAt, Approval approval, @Nullable Instant publishedAt, int version) {

    public enum State { DRAFT, TENDERING, CLOSED, OPENED, EVALUATING, AWARD_PENDING, AWARDED, CONTRACTED, FAILED, CANCELLED,
        SUSPENDED }

    /**
     * The finance bureau's approval of a method other than public tender at or above the threshold. It
     * covers the method and the amount it was given for: changing either needs it again.
     */
    public record Approval(Status status, @Nullable String requestReason, @Nullable String decisionReason,
            @Nullable Method method, @Nullable Money amount) {

        public enum Status { NOT_ASKED, REQUESTED, APPROVED, REFUSED }

        public static final Approval NOT_ASKED = new Approval(Status.NOT_ASKED, null, null, null, null);

        public boolean covers(Method chosen, Money estimate) {
            return status == Status.APPROVED && chosen == method && amount != null && estimate.compareTo(amount) <= 0;
        }
    }

    /**
     * Whether the bids' secrets — who bid, how many, who obtained the documents — no longer need
     * keeping: the bids were opened, or the procedure ended. A suspension is not past it, since an
     * objection may suspend a procedure that still tenders.
     */
    public boolean pastOpening() {
        return switch (state) {
            case OPENED, EVALUATING, AWARD_PENDING, AWARDED, CONTRACTED, FAILED, CANCELLED -> true;
            case DRAFT, TENDERING, CLOSED, SUSPENDED -> false;
        };
    }

    /** May the actor's organization draft it: the purchaser's own, or the agency it is delegated to. */
    public boolean isRunBy(java.util.UUID organization) {
        return purchaser.value().equals(organization) || agency != null && agency.value().equals(organization);
    }
}
