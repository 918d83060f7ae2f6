package org.cogov.procurement.bidding;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

/**
 * The k-th custodian's share opened a lot's final quotations: the evaluation takes their prices and goes on.
 *
 * @param opened how many final quotations opened and were valid
 */
public record FinalQuotationsOpened(UUID actorId, UUID organizationId, UUID procedureId, String reference, int lot, int opened,
        Instant at) implements Auditable {

    @Override
    public String action() {
        return "procurement.final-quotation.opened";
    }

    @Override
    public String objectType() {
        return "procedure";
    }

    @Override
    public String objectId() {
        return procedureId.toString();
    }

    @Override
    public Map<String, String> payload() {
        return Map.of("reference", reference, "lot", Integer.toString(lot), "opened", Integer.toString(opened));
    }
}
