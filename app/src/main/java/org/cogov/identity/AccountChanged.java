package org.cogov.identity;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/** Something happened to a user account: a sign-in, a profile or role change, a token, a second factor. */
public record AccountChanged(@Nullable UUID actorId, @Nullable UUID organizationId, String action, UUID userId,
        Map<String, String> payload) implements Auditable {

    public AccountChanged {
        payload = Map.copyOf(payload);
    }

    static AccountChanged by(SignedInUser actor, String action, UUID userId, Map<String, String> payload) {
        return new AccountChanged(actor.userId(), actor.organizationId(), action, userId, payload);
    }

    @Override
    public String objectType() {
        return "user";
    }

    @Override
    public String objectId() {
        return userId.toString();
    }
}
