package org.cogov.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/** A user account as stored: one person of one organization. */
@Domain
record UserAccount(UUID id, UUID organizationId, String username, String displayName, @Nullable String email,
        String passwordHash, String locale, boolean enabled, @Nullable String totpSecret, @Nullable Long totpLastStep,
        int failedLogins, @Nullable Instant lockedUntil, Set<Role> roles, int version) {

    UserAccount {
        roles = Set.copyOf(roles);
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    boolean hasSecondFactor() {
        return totpSecret != null;
    }
}
