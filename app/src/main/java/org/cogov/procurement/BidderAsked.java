package org.cogov.procurement;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

/**
 * The evaluation asks something of a bidder that it must answer in hours: to confirm or refuse a correction
 * of its price, or to explain an abnormally low price. Its users are told at once; the audit entry keeps
 * the figures the request quotes.
 *
 * @param details the figures of the request (original and corrected price, or how far below what)
 */
public record BidderAsked(UUID actorId, UUID organizationId, UUID procedureId, String reference, int lot, UUID bidder,
        Request request, Instant dueAt, Map<String, String> details) implements Auditable {

    public enum Request { PRICE_CORRECTION, PRICE_EXPLANATION }

    public BidderAsked {
        details = Map.copyOf(details);
    }

    @Override
    public String action() {
        return request == Request.PRICE_CORRECTION ? "procurement.evaluation.price-corrected" : "procurement.evaluation.explanation-asked";
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
