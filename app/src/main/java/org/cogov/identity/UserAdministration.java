package org.cogov.identity;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform operator's work on accounts: list, create, edit, unlock, and grant roles. An ADMIN
 * holds no business permission, and may not grant itself a role: whoever runs the platform cannot
 * make itself a purchaser, a finance official or an auditor.
 */
@Service
class UserAdministration {

    record UserRow(UUID id, String username, String displayName, @Nullable String email, UUID organizationId,
            String organizationName, Set<Role> roles, boolean enabled, boolean locked, boolean secondFactor, int version) {
    }

    record UserChange(String displayName, @Nullable String email, boolean enabled, int version) {
    }

    record NewUser(String username, String displayName, @Nullable String email, UUID organizationId, Set<Role> roles,
            String password, String locale) {
    }

    private final Users users;
    private final Registry registry;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;
    private final Sessions sessions;
    private final Clock clock;

    UserAdministration(Users users, Registry registry, PasswordEncoder passwords, PasswordPolicy policy,
            ApplicationEventPublisher events, Sessions sessions, Clock clock) {
        this.users = users;
        this.registry = registry;
        this.passwords = passwords;
        this.policy = policy;
        this.events = events;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<UserRow> list(SignedInUser actor, Locale locale) {
        actor.require("identity:user:list", "identity.user.list", "user", null);
        Map<UUID, String> names = registry.organizations().stream()
                .collect(Collectors.toMap(o -> o.id().value(), o -> o.name(locale)));
        return users.all().stream().map(u -> row(u, names.getOrDefault(u.organizationId(), "?"))).toList();
    }

    /** One account: the operator sees any, a user sees only their own. */
    @Transactional(readOnly = true)
    UserRow view(SignedInUser actor, UUID id, Locale locale) {
        if (!actor.userId().equals(id)) {
            actor.require("identity:user:list", "identity.user.view", "user", id);
        }
        UserAccount user = existing(id);
        return row(user, organizationName(user.organizationId(), locale));
    }

    @Transactional
    UserRow create(SignedInUser actor, NewUser command, Locale locale) {
        actor.require("identity:user:create", "identity.user.create", "user", null);
        if (users.usernameTaken(command.username())) {
            throw RuleViolation.refused("user.username-taken", "username", command.username());
        }
        Organization organization = registry.organization(new OrganizationId(command.organizationId()))
                .orElseThrow(() -> RuleViolation.refused("user.organization-unknown", "organizationId"));
        requireRolesFit(command.roles(), organization);
        Accounts.requireLanguage(command.locale());
        policy.refusal(command.password(), command.username()).ifPresent(reason -> {
            throw RuleViolation.refused(reason, "password", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
        UserAccount user = new UserAccount(UUID.randomUUID(), organization.id().value(), command.username(),
                command.displayName().strip(), Accounts.blankToNull(command.email()), passwords.encode(command.password()),
                command.locale(), true, null, null, 0, null, command.roles(), 0);
        users.add(user, clock.instant());
        events.publishEvent(AccountChanged.by(actor, "identity.user.created", user.id(), Map.of("username",
                user.username(), "organization", organization.id().value().toString(), "roles", names(user.roles()))));
        return view(actor, user.id(), locale);
    }

    @Transactional
    UserRow update(SignedInUser actor, UUID id, UserChange change, Locale locale) {
        actor.require("identity:user:edit", "identity.user.update", "user", id);
        UserAccount user = existing(id);
        if (actor.userId().equals(id) && !change.enabled()) {
            throw RuleViolation.refused("user.cannot-disable-self", "enabled");
        }
        if (!users.updateProfile(id, change.version(), change.displayName().strip(), Accounts.blankToNull(change.email()),
                change.enabled())) {
            throw RuleViolation.conflict("user.changed-meanwhile");
        }
        events.publishEvent(AccountChanged.by(actor, "identity.user.updated", id, Map.of("displayName",
                change.displayName(), "enabled", Boolean.toString(change.enabled()), "was", user.displayName())));
        if (!change.enabled()) {
            sessions.endAllOf(user.username());
        }
        return view(actor, id, locale);
    }

    @Transactional
    UserRow grantRoles(SignedInUser actor, UUID id, Set<Role> roles, Locale locale) {
        actor.require("identity:role:grant", "identity.role.grant", "user", id);
        if (actor.userId().equals(id)) {
            throw new Forbidden("identity.role.grant-self", "user", id);
        }
        UserAccount user = existing(id);
        Organization organization = registry.organization(new OrganizationId(user.organizationId())).orElseThrow();
        requireRolesFit(roles, organization);
        users.replaceRoles(id, roles);
        events.publishEvent(AccountChanged.by(actor, "identity.role.granted", id,
                Map.of("roles", names(roles), "was", names(user.roles()))));
        if (!roles.equals(user.roles())) {
            sessions.endAllOf(user.username());
        }
        return view(actor, id, locale);
    }

    @Transactional
    UserRow unlock(SignedInUser actor, UUID id, Locale locale) {
        actor.require("identity:user:unlock", "identity.user.unlock", "user", id);
        existing(id);
        users.clearFailures(id);
        events.publishEvent(AccountChanged.by(actor, "identity.user.unlocked", id, Map.of()));
        return view(actor, id, locale);
    }

    /** The roles that the user's organization may hold: the only ones worth offering. */
    @Transactional(readOnly = true)
    List<Role> assignableRoles(SignedInUser actor, UUID id) {
        actor.require("identity:role:grant", "identity.role.list", "user", id);
        Organization organization = registry.organization(new OrganizationId(existing(id).organizationId())).orElseThrow();
        return Arrays.stream(Role.values()).filter(role -> role.mayBeHeldBy(organization.kind())).toList();
    }

    private static void requireRolesFit(Set<Role> roles, Organization organization) {
        for (Role role : roles) {
            if (!role.mayBeHeldBy(organization.kind())) {
                throw RuleViolation.refused("user.role-not-for-organization", "roles", role.name(),
                        organization.kind().name());
            }
        }
    }

    private UserAccount existing(UUID id) {
        return users.find(id).orElseThrow(() -> RuleViolation.notFound("user.not-found"));
    }

    private String organizationName(UUID id, Locale locale) {
        return registry.organization(new OrganizationId(id)).map(o -> o.name(locale)).orElse("?");
    }

    private UserRow row(UserAccount u, String organizationName) {
        return new UserRow(u.id(), u.username(), u.displayName(), u.email(), u.organizationId(), organizationName,
                u.roles(), u.enabled(), u.isLockedAt(clock.instant()), u.hasSecondFactor(), u.version());
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
