package org.cogov.procurement;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

/** A bidder objected to the opening record of a lot, on the record. */
public record OpeningObjected(UUID actorId, UUID organizationId, UUID procedureId, String reference, int lot) implements Auditable {

    @Override
    public String action() {
        return "procurement.opening.objected";
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
        return Map.of("reference", reference, "lot", Integer.toString(lot));
    }
}
