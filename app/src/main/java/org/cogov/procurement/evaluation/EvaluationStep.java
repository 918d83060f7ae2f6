package org.cogov.procurement.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

/**
 * One act of a lot's evaluation, for the audit log: a review, a vote, a correction, an explanation, a
 * score sheet, a signature. Its payload never holds a score: a member's scores stay unread until every
 * member has submitted, and the audit log is read by more people than the panel.
 */
record EvaluationStep(UUID actorId, UUID organizationId, String action, UUID procedureId, int lot, Map<String, String> details)
        implements Auditable {

    EvaluationStep {
        details = Map.copyOf(details);
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
        Map<String, String> payload = new LinkedHashMap<>(details);
        payload.put("lot", Integer.toString(lot));
        return payload;
    }
}
