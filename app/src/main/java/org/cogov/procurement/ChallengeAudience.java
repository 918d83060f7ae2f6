package org.cogov.procurement;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Whom the platform tells of a challenge and its answer, for the notification module: declared here because the
 * challenges live in a package of their own, which implements it. The platform's own use only, never shown.
 */
public interface ChallengeAudience {

    /**
     * A challenge's parties and what the others may be told of it: its subject and the reply, never its statement.
     *
     * @param challenger the organization that lodged it
     * @param affected the other suppliers its reply goes to: the lot's other bidders, or for the documents every other
     *        organization that obtained them
     * @param reply the purchaser's reply, once answered
     */
    record Parties(UUID challenger, UUID lodgedBy, Set<UUID> affected, ChallengeKind kind, @Nullable Integer lot,
            @Nullable String reply) {
    }

    Optional<Parties> parties(UUID challengeId);

    /** The organization that lodged a complaint. */
    Optional<UUID> complainant(UUID complaintId);
}
