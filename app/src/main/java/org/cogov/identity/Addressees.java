package org.cogov.identity;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom the platform writes to, and how: a user's e-mail address and language, and which users of an
 * organization hold a role. For the platform's own messages only (the notification module): the
 * address is personal data, so it is never shown, logged or put in an audit payload. Disabled accounts
 * are nobody's addressee.
 */
@Service
public class Addressees {

    /** An enabled user the platform may write to: in-app always, by e-mail when there is an address. */
    public record Addressee(UUID userId, UUID organizationId, @Nullable String email, Locale locale) {
    }

    private final Users users;

    Addressees(Users users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public Optional<Addressee> of(UUID userId) {
        return users.find(userId).filter(UserAccount::enabled).map(Addressees::addressee);
    }

    /** Those of the users who are addressees; unknown and disabled ones are left out. */
    @Transactional(readOnly = true)
    public List<Addressee> of(Collection<UUID> userIds) {
        return users.find(userIds).stream().filter(UserAccount::enabled).map(Addressees::addressee).toList();
    }

    /** The enabled users of these organizations who hold any of the roles. */
    @Transactional(readOnly = true)
    public List<Addressee> holding(Collection<UUID> organizations, Set<Role> roles) {
        return users.ofOrganizations(organizations).stream()
                .filter(account -> account.enabled() && account.roles().stream().anyMatch(roles::contains))
                .map(Addressees::addressee).toList();
    }

    private static Addressee addressee(UserAccount account) {
        return new Addressee(account.id(), account.organizationId(), account.email(), Locale.forLanguageTag(account.locale()));
    }
}
