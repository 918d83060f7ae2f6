package org.cogov.procurement;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

/** A procedure left its draft with its first notice: the notice's number and the SHA-256 of its texts are in the log. */
public record ProcedurePublished(UUID actorId, UUID organizationId, UUID procedureId, String reference, String noticeNumber,
        Notice.Kind kind, String sha256) implements Auditable {

    @Override
    public String action() {
        return "procurement.procedure.published";
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
        return Map.of("reference", reference, "notice", noticeNumber, "kind", kind.name(), "sha256", sha256);
    }
}
