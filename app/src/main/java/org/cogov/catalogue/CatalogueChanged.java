package org.cogov.catalogue;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/** The finance department changed the guidance catalogue or the negative list. */
public record CatalogueChanged(@Nullable UUID actorId, @Nullable UUID organizationId, String action, String objectType,
        String objectId, Map<String, String> payload) implements Auditable {

    public CatalogueChanged {
        payload = Map.copyOf(payload);
    }
}
