package org.cogov.procurement;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/**
 * A clarification or an amendment of a tendering procedure was published with its notice. When it
 * affects the bids and came too late, the deadline moved: both deadlines are in the log.
 */
public record ProcedureAmended(UUID actorId, UUID organizationId, UUID procedureId, String reference, String noticeNumber,
        Notice.Kind kind, String sha256, @Nullable Instant deadlineBefore, @Nullable Instant deadline) implements Auditable {

    @Override
    public String action() {
        return "procurement.procedure.amended";
    }

    @Override
    public String objectType() {
        return "procedure";
    }

    @Override
    public String objectId() {
        return procedureId.toString();
    }

    public boolean deadlineMoved() {
        return deadline != null && !deadline.equals(deadlineBefore);
    }

    @Override
    public Map<String, String> payload() {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("reference", reference);
        payload.put("notice", noticeNumber);
        payload.put("kind", kind.name());
        payload.put("sha256", sha256);
        if (deadlineBefore != null) {
            payload.put("deadlineBefore", deadlineBefore.toString());
        }
        if (deadline != null) {
            payload.put("deadline", deadline.toString());
        }
        return payload;
    }
}
