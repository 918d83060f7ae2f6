package org.cogov.shared;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A refused attempt: a denied permission, someone else's object, a locked account, a bad second factor. */
@Domain
public record Refusal(@Nullable UUID actorId, @Nullable UUID organizationId, String action,
        @Nullable String objectType, @Nullable String objectId, Map<String, String> payload) implements Auditable {

    public Refusal {
        payload = Map.copyOf(payload);
    }

    @Override
    public boolean refused() {
        return true;
    }
}
