package org.cogov.identity;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import org.cogov.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts made by the platform itself, not by a person: the demo city, and later the registry's
 * verified self-registrations. No page or API calls it; people go through {@code UserAdministration}.
 */
@Service
public class UserProvisioning {

    private final Users users;
    private final PasswordEncoder passwords;
    private final SecondFactors secondFactors;
    private final SignIn signIn;
    private final Clock clock;

    UserProvisioning(Users users, PasswordEncoder passwords, SecondFactors secondFactors, SignIn signIn, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.secondFactors = secondFactors;
        this.signIn = signIn;
        this.clock = clock;
    }

    /**
     * A user as the services see them once signed in, for platform work done in that user's name (the
     * demo city records its registry facts as its registrar, so every check and audit entry applies).
     */
    @Transactional(readOnly = true)
    public Actor actingAs(String username) {
        return signIn.principal(users.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("no user " + username)));
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.usernameTaken(username);
    }

    /** Makes an account; {@code totpSecret} (base32) enrols a second factor at once, as for demo users. */
    @Transactional
    public UUID provision(UUID organizationId, String username, String displayName, String password, Set<Role> roles,
            String locale, @Nullable String totpSecret) {
        UUID id = UUID.randomUUID();
        users.add(new UserAccount(id, organizationId, username, displayName, null, passwords.encode(password), locale,
                true, totpSecret == null ? null : secondFactors.seal(id, totpSecret), null, 0, null, roles, 0),
                clock.instant());
        return id;
    }
}
