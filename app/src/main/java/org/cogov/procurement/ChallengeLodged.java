package org.cogov.procurement;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/**
 * A participating supplier challenged (质疑) a procedure within its window. The challenge's own words stay with the
 * parties: the audit payload keeps their hash only.
 *
 * @param lot the lot the challenge is about; none for the documents or the procedure as a whole
 * @param replyDue the end of the purchaser's reply period
 */
public record ChallengeLodged(UUID actorId, UUID organizationId, UUID challengeId, UUID procedureId, String reference,
        ChallengeKind kind, @Nullable Integer lot, String statementSha256, Instant replyDue) implements Auditable {

    @Override
    public String action() {
        return "procurement.challenge.lodged";
    }

    @Override
    public String objectType() {
        return "challenge";
    }

    @Override
    public String objectId() {
        return challengeId.toString();
    }

    @Override
    public Map<String, String> payload() {
        Map<String, String> payload = new HashMap<>();
        payload.put("procedure", procedureId.toString());
        payload.put("reference", reference);
        payload.put("kind", kind.name());
        payload.put("statementSha256", statementSha256);
        payload.put("replyDue", replyDue.toString());
        if (lot != null) {
            payload.put("lot", lot.toString());
        }
        return payload;
    }
}
