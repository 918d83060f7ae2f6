package org.cogov.procurement;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

/** The purchaser answered an objection to the opening record, on the record. */
public record OpeningObjectionAnswered(UUID actorId, UUID organizationId, UUID procedureId, String reference, UUID objection) implements Auditable {

    @Override
    public String action() {
        return "procurement.opening.objection-answered";
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
        return Map.of("reference", reference, "objection", objection.toString());
    }
}
