package org.cogov.procurement;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/**
 * A procedure was cancelled before award, with its reason, from the state it was in. A published one
 * has a cancellation notice; a draft, which nobody outside saw, has none.
 */
public record ProcedureCancelled(UUID actorId, UUID organizationId, UUID procedureId, String reference, Procedure.State from,
        String reason, @Nullable String noticeNumber, @Nullable String sha256) implements Auditable {

    @Override
    public String action() {
        return "procurement.procedure.cancelled";
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
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("reference", reference);
        payload.put("from", from.name());
        payload.put("reason", reason);
        if (noticeNumber != null && sha256 != null) {
            payload.put("notice", noticeNumber);
            payload.put("sha256", sha256);
        }
        return payload;
    }
}
