package org.cogov.procurement;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

/**
 * The evaluation asks something of a bidder that it must answer in hours: to confirm or refuse a correction
 * of its price, to explain an abnormally low price, to take note of amended requirements, or to give its sealed
 * final quotation. Its users are told at once; the audit entry keeps
 * the figures the request quotes.
 *
 * @param details the figures of the request (original and corrected price, or how far below what)
 */
public record BidderAsked(UUID actorId, UUID organizationId, UUID procedureId, String reference, int lot, UUID bidder,
        Request request, Instant dueAt, Map<String, String> details) implements Auditable {

    /**
     * What is asked: confirm a corrected price, explain a low one; in a negotiation or consultation, read the amended
     * requirements (due at once: they bind the final quotation), give a sealed final quotation by the due time.
     */
    public enum Request { PRICE_CORRECTION, PRICE_EXPLANATION, REQUIREMENTS_AMENDED, FINAL_QUOTATION }

    public BidderAsked {
        details = Map.copyOf(details);
    }

    @Override
    public String action() {
        return switch (request) {
            case PRICE_CORRECTION -> "procurement.evaluation.price-corrected";
            case PRICE_EXPLANATION -> "procurement.evaluation.explanation-asked";
            case REQUIREMENTS_AMENDED -> "procurement.evaluation.requirements-amended";
            case FINAL_QUOTATION -> "procurement.evaluation.final-quotation-asked";
        };
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
        payload.put("reference", reference);
        payload.put("lot", Integer.toString(lot));
        payload.put("bidder", bidder.toString());
        payload.put("due", dueAt.toString());
        return payload;
    }
}
