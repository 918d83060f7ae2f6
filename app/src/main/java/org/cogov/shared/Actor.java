package org.cogov.shared;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling: a user of one organization. Every query that returns data is scoped by the
 * actor's organization or by an explicit assignment, so services ask for the actor, never for a
 * bare user id.
 */
public interface Actor {

    UUID userId();

    UUID organizationId();

    String username();

    boolean can(String permission);

    /** Refuses, as {@link Forbidden}, an act that needs a permission the actor lacks. */
    default void require(String permission, String action, String objectType, @Nullable Object objectId) {
        if (!can(permission)) {
            throw new Forbidden(action, objectType, objectId);
        }
    }

    /** The actor of the current request, if a fully authenticated user makes it. */
    static Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }
}
