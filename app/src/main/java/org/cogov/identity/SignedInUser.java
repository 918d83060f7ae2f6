package org.cogov.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cogov.shared.Actor;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The principal of an authenticated request: who, for which organization, with which roles and
 * permission strings. Kept in the session, so it is serializable and holds no secret.
 */
public record SignedInUser(UUID userId, UUID organizationId, String username, String displayName, Set<Role> roles,
        Set<String> permissions) implements Actor, AuthenticatedPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public SignedInUser {
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    /** The name sessions are indexed by, so that an operator can find and end a user's sessions. */
    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    List<GrantedAuthority> authorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        permissions.forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission)));
        return authorities;
    }
}
