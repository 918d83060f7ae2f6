package org.cogov.procurement;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

/**
 * The finance bureau decided an objection to a single-source publicity, with its published notice:
 * dismissed, the procedure resumes once no other objection waits; upheld, it fails.
 *
 * @param procedureState the procedure's state after the decision
 */
public record ObjectionDecided(UUID actorId, UUID organizationId, UUID objectionId, UUID procedureId, String reference,
        Objection.Status outcome, String reason, String noticeNumber, String sha256, Procedure.State procedureState)
        implements Auditable {

    @Override
    public String action() {
        return "procurement.objection.decided";
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
        return Map.of("procedure", procedureId.toString(), "reference", reference, "outcome", outcome.name(), "reason",
                reason, "notice", noticeNumber, "sha256", sha256, "procedureState", procedureState.name());
    }
}
