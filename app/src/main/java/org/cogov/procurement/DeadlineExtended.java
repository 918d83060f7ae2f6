package org.cogov.procurement;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

/**
 * The deadline of a procedure fell inside a platform incident that the finance bureau declared, and was
 * extended with a notice: from the deadline before to the deadline after, the opening window moved with it.
 * A procedure that had closed at its old deadline (not yet opened) takes bids again. Names no bidder: the
 * notification module tells everyone who obtained the documents, among whom the bidders are.
 *
 * @param actorId        the finance bureau's official who declared the incident
 * @param organizationId the finance bureau
 * @param from           the state the procedure was in: tendering, or closed
 */
public record DeadlineExtended(UUID actorId, UUID organizationId, UUID incidentId, String incidentReference, UUID procedureId,
        String reference, String noticeNumber, String sha256, Procedure.State from, Instant deadlineBefore, Instant deadline)
        implements Auditable {

    @Override
    public String action() {
        return "procurement.procedure.deadline-extended";
    }

    @Override
    public String objectType() {
        return "procedure";
    }

    @Override
    public String objectId() {
        return procedureId.toString();
    }

    /** Whether the procedure had closed at its old deadline and takes bids again. */
    public boolean reopened() {
        return from == Procedure.State.CLOSED;
    }

    @Override
    public Map<String, String> payload() {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("reference", reference);
        payload.put("incident", incidentReference);
        payload.put("notice", noticeNumber);
        payload.put("sha256", sha256);
        payload.put("from", from.name());
        payload.put("deadlineBefore", deadlineBefore.toString());
        payload.put("deadline", deadline.toString());
        return payload;
    }
}
