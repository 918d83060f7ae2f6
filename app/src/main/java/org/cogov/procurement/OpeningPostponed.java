package org.cogov.procurement;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/** Fewer custodians than needed presented their shares in the opening window: the opening moved to a later one. */
public record OpeningPostponed(UUID organizationId, UUID procedureId, String reference, int number, int presented, int needed,
        Instant from, Instant until) implements Auditable {

    @Override
    public @Nullable UUID actorId() {
        return null;
    }

    @Override
    public String action() {
        return "procurement.opening.postponed";
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
        return Map.of("reference", reference, "number", Integer.toString(number), "presented", Integer.toString(presented),
                "needed", Integer.toString(needed), "from", from.toString(), "until", until.toString());
    }
}
