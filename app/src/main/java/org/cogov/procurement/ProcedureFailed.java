package org.cogov.procurement;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/**
 * A procedure failed (FAILED) as the rules say, with its failure notice; the reason is a message key
 * of the rule that failed it. The actor is the one whose decision failed it, or none when the platform did.
 */
public record ProcedureFailed(@Nullable UUID actorId, UUID organizationId, UUID procedureId, String reference, String reason,
        String noticeNumber, String sha256) implements Auditable {

    @Override
    public String action() {
        return "procurement.procedure.failed";
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
        return Map.of("reference", reference, "reason", reason, "notice", noticeNumber, "sha256", sha256);
    }
}
