package org.cogov.procurement;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

/** The purchaser answered an enquiry in a published clarification notice; the asker is told, and stays unnamed. */
public record EnquiryAnswered(UUID actorId, UUID organizationId, UUID enquiryId, UUID procedureId, String reference,
        String noticeNumber) implements Auditable {

    @Override
    public String action() {
        return "procurement.enquiry.answered";
    }

    @Override
    public String objectType() {
        return "enquiry";
    }

    @Override
    public String objectId() {
        return enquiryId.toString();
    }

    @Override
    public Map<String, String> payload() {
        return Map.of("procedure", procedureId.toString(), "reference", reference, "notice", noticeNumber);
    }
}
