package org.cogov.contracting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Both parties signed a contract: its clauses are fixed, its award is beyond any remedy, and the days to publish it and
 * to file it with the finance bureau run from {@code signedOn}.
 *
 * @param actorId the user whose signature completed the contract
 * @param late whether it was signed after its sign-by day
 */
public record ContractSigned(UUID actorId, UUID organizationId, UUID contractId, UUID procedureId, String reference, int lot,
        String documentHash, LocalDate signedOn, LocalDate publishBy, LocalDate fileBy, boolean late) implements ContractEvent {

    @Override
    public String action() {
        return "contracting.contract.signed";
    }

    @Override
    public Map<String, String> payload() {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("reference", reference);
        payload.put("lot", Integer.toString(lot));
        payload.put("documentHash", documentHash);
        payload.put("signedOn", signedOn.toString());
        payload.put("publishBy", publishBy.toString());
        payload.put("fileBy", fileBy.toString());
        payload.put("late", Boolean.toString(late));
        return payload;
    }
}
