package org.cogov.procurement;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

/**
 * The finance bureau suspended a procedure on a complaint (暂停采购活动), from {@code from}, to which it resumes; no
 * award or signature happens while it lasts, and it ends by itself at {@code endsBy}.
 */
public record ProcedureSuspended(UUID actorId, UUID organizationId, UUID procedureId, String reference, UUID complaintId,
        UUID suspensionId, Procedure.State from, String reason, Instant endsBy) implements Auditable {

    @Override
    public String action() {
        return "procurement.procedure.suspended";
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
        return Map.of("reference", reference, "complaint", complaintId.toString(), "suspension", suspensionId.toString(), "from",
                from.name(), "reason", reason, "endsBy", endsBy.toString());
    }
}
