package org.cogov.procurement;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/**
 * The challenger complained (投诉) to the finance bureau of a challenge answered, or left unanswered past its reply
 * period, within the complaint's window. The audit payload keeps the complaint's hash, not its words.
 *
 * @param decisionDue the end of the bureau's decision period
 */
public record ComplaintLodged(UUID actorId, UUID organizationId, UUID complaintId, UUID challengeId, UUID procedureId,
        String reference, @Nullable Integer lot, String statementSha256, Instant decisionDue) implements Auditable {

    @Override
    public String action() {
        return "procurement.complaint.lodged";
    }

    @Override
    public String objectType() {
        return "complaint";
    }

    @Override
    public String objectId() {
        return complaintId.toString();
    }

    @Override
    public Map<String, String> payload() {
        Map<String, String> payload = new HashMap<>();
        payload.put("procedure", procedureId.toString());
        payload.put("challenge", challengeId.toString());
        payload.put("reference", reference);
        payload.put("statementSha256", statementSha256);
        payload.put("decisionDue", decisionDue.toString());
        if (lot != null) {
            payload.put("lot", lot.toString());
        }
        return payload;
    }
}
