package org.cogov.contracting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An add-on purchase was agreed on a signed contract, within the cumulative cap.
 *
 * @param cumulativePercent all the add-ons so far, in percent of the original amount
 */
public record ContractAmended(UUID actorId, UUID organizationId, UUID contractId, UUID procedureId, String reference, int lot,
        int number, BigDecimal amount, BigDecimal cumulativePercent, int ordinal) implements ContractEvent {

    @Override
    public String action() {
        return "contracting.contract.amended";
    }

    @Override
    public Map<String, String> payload() {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("reference", reference);
        payload.put("lot", Integer.toString(lot));
        payload.put("addOn", Integer.toString(number));
        payload.put("amount", amount.toPlainString());
        payload.put("cumulativePercent", cumulativePercent.toPlainString());
        payload.put("milestone", Integer.toString(ordinal));
        return payload;
    }
}
