package org.cogov.procurement;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

/** A provider asked a question on a tendering procedure; the question itself stays in its record. */
public record EnquiryAsked(UUID actorId, UUID organizationId, UUID enquiryId, UUID procedureId, String reference)
        implements Auditable {

    @Override
    public String action() {
        return "procurement.enquiry.asked";
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
        return Map.of("procedure", procedureId.toString(), "reference", reference);
    }
}
