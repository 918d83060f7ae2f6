package org.cogov.procurement;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/**
 * A supplier objected to a single-source publicity within its period; the first objection suspended the
 * procedure (TENDERING → SUSPENDED). The log keeps who objected; no notice names them.
 */
public record ObjectionLodged(UUID actorId, UUID organizationId, UUID objectionId, UUID procedureId, String reference,
        boolean suspended, @Nullable String documentSha256) implements Auditable {

    @Override
    public String action() {
        return "procurement.objection.lodged";
    }

    @Override
    public String objectType() {
        return "objection";
    }

    @Override
    public String objectId() {
        return objectionId.toString();
    }

    @Override
    public Map<String, String> payload() {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("procedure", procedureId.toString());
        payload.put("reference", reference);
        payload.put("suspended", Boolean.toString(suspended));
        if (documentSha256 != null) {
            payload.put("document", documentSha256);
        }
        return payload;
    }
}
