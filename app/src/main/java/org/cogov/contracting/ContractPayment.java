package org.cogov.contracting;

import java.time.LocalDate;

import org.cogov.shared.Domain;
import org.cogov.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * The payment of one milestone: ordered when it is accepted (an advance when the contract is signed), due within the
 * contract's days to pay, paid once with the treasury's voucher number. A termination cancels what was ordered for a
 * milestone not delivered; what was accepted is still owed.
 */
@Domain
public record ContractPayment(int ordinal, Money amount, LocalDate orderedOn, LocalDate dueOn, @Nullable LocalDate paidOn,
        @Nullable String voucher, @Nullable LocalDate cancelledOn) {

    public static final int VOUCHER_MAX = 60;

    /** Paid after its due day, or still unpaid past it. */
    public boolean late(LocalDate today) {
        if (cancelledOn != null) {
            return false;
        }
        return paidOn != null ? paidOn.isAfter(dueOn) : today.isAfter(dueOn);
    }

    public boolean open() {
        return paidOn == null && cancelledOn == null;
    }
}
