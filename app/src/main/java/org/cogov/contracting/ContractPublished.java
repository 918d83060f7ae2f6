package org.cogov.contracting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The purchaser published a signed contract (IR Art. 50): from now on anyone may read it.
 *
 * @param late whether it was published after its publish-by day
 */
public record ContractPublished(UUID actorId, UUID organizationId, UUID contractId, UUID procedureId, String reference, int lot,
        LocalDate publishedOn, LocalDate publishBy, boolean late) implements ContractEvent {

    @Override
    public String action() {
        return "contracting.contract.published";
    }

    @Override
    public Map<String, String> payload() {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("reference", reference);
        payload.put("lot", Integer.toString(lot));
        payload.put("publishedOn", publishedOn.toString());
        payload.put("publishBy", publishBy.toString());
        payload.put("late", Boolean.toString(late));
        return payload;
    }
}
