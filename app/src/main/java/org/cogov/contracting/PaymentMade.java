package org.cogov.contracting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The purchaser paid a milestone: the budget line's spent amount grew by {@code amount}.
 *
 * @param late whether it was paid after its due day
 * @param providerId the contract's provider, who is told
 */
public record PaymentMade(UUID actorId, UUID organizationId, UUID contractId, UUID procedureId, String reference, int lot,
        UUID providerId, int ordinal, BigDecimal amount, LocalDate paidOn, LocalDate dueOn, boolean late,
        String voucher) implements ContractEvent {

    @Override
    public String action() {
        return "contracting.payment.made";
    }

    @Override
    public Map<String, String> payload() {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("reference", reference);
        payload.put("lot", Integer.toString(lot));
        payload.put("milestone", Integer.toString(ordinal));
        payload.put("amount", amount.toPlainString());
        payload.put("paidOn", paidOn.toString());
        payload.put("dueOn", dueOn.toString());
        payload.put("late", Boolean.toString(late));
        payload.put("voucher", voucher);
        return payload;
    }
}
