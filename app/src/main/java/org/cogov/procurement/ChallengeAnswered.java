package org.cogov.procurement;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/**
 * The purchaser answered a challenge (质疑答复) within its time, or late. An upheld challenge about a lot's
 * evaluation or award names its remedy, which the award applies in the same transaction.
 *
 * @param lot the lot the challenge is about; none for the documents or the procedure as a whole
 * @param remedy what the upheld challenge does to the lot; none when dismissed or not about a lot's result
 */
public record ChallengeAnswered(UUID actorId, UUID organizationId, UUID challengeId, UUID procedureId, String reference,
        @Nullable Integer lot, boolean upheld, @Nullable Remedy remedy, Instant at) implements Auditable {

    public ChallengeAnswered {
        if (remedy != null && (lot == null || !upheld)) {
            throw new IllegalArgumentException("a remedy applies to a lot of an upheld challenge");
        }
    }

    @Override
    public String action() {
        return "procurement.challenge.answered";
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
        payload.put("upheld", Boolean.toString(upheld));
        payload.put("at", at.toString());
        if (lot != null) {
            payload.put("lot", lot.toString());
        }
        if (remedy != null) {
            payload.put("remedy", remedy.name());
        }
        return payload;
    }
}
