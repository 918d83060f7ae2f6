package org.cogov.contracting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The purchaser accepted a milestone's deliverable: its payment is ordered, due on {@code payBy} — or, for a final payment
 * that depends on the performance grade, ordered once the contract is evaluated, and {@code payBy} is absent; the acceptance
 * result is published with the contract.
 *
 * @param opinions how many beneficiaries' representatives gave their opinion
 * @param providerId the contract's provider, who is told
 */
public record MilestoneAccepted(UUID actorId, UUID organizationId, UUID contractId, UUID procedureId, String reference, int lot,
        UUID providerId, int ordinal, int round, LocalDate acceptedOn, BigDecimal amount, @Nullable LocalDate payBy,
        int opinions) implements ContractEvent {

    @Override
    public String action() {
        return "contracting.milestone.accepted";
    }

    @Override
    public Map<String, String> payload() {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("reference", reference);
        payload.put("lot", Integer.toString(lot));
        payload.put("milestone", Integer.toString(ordinal));
        payload.put("round", Integer.toString(round));
        payload.put("acceptedOn", acceptedOn.toString());
        payload.put("amount", amount.toPlainString());
        payload.put("payBy", payBy == null ? "" : payBy.toString());
        payload.put("opinions", Integer.toString(opinions));
        return payload;
    }
}
