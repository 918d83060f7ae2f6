package org.cogov.contracting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A signed contract was terminated early, with its reason: the payments of milestones not accepted are cancelled, and
 * what it held of the budget and will not spend went back to the budget line.
 * @param providerId the contract's provider, who is told
 */
public record ContractTerminated(UUID actorId, UUID organizationId, UUID contractId, UUID procedureId, String reference,
        int lot, UUID providerId, LocalDate terminatedOn, String reason, BigDecimal released) implements ContractEvent {

    @Override
    public String action() {
        return "contracting.contract.terminated";
    }

    @Override
    public Map<String, String> payload() {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("reference", reference);
        payload.put("lot", Integer.toString(lot));
        payload.put("terminatedOn", terminatedOn.toString());
        payload.put("reason", reason);
        payload.put("released", released.toPlainString());
        return payload;
    }
}
