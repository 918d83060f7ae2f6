package org.cogov.procurement;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/**
 * The finance bureau decided a complaint (投诉处理决定) with its published notice. A suspended procedure has
 * resumed before this event; an upheld complaint about a lot names its remedy, which the award applies in the
 * same transaction.
 *
 * @param remedy none when the complaint is dismissed
 */
public record ComplaintDecided(UUID actorId, UUID organizationId, UUID complaintId, UUID procedureId, String reference,
        @Nullable Integer lot, @Nullable Remedy remedy, String reason, String noticeNumber, String sha256) implements Auditable {

    public ComplaintDecided {
        if (remedy != null && lot == null) {
            throw new IllegalArgumentException("a remedy applies to a lot");
        }
    }

    @Override
    public String action() {
        return "procurement.complaint.decided";
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
        payload.put("reference", reference);
        payload.put("outcome", remedy == null ? "DISMISSED" : remedy.name());
        payload.put("reason", reason);
        payload.put("notice", noticeNumber);
        payload.put("sha256", sha256);
        if (lot != null) {
            payload.put("lot", lot.toString());
        }
        return payload;
    }
}
