package org.cogov.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cogov.registry.CreditCode;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.OrganizationKind;
import org.cogov.registry.Profile;
import org.cogov.registry.Registry;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An association (or any organization that may supply) registers itself with its first user. Both
 * are recorded at once or not at all; the organization waits for a registrar's verification before
 * it may bid, while its user may already sign in and complete the profile.
 */
@Service
class ProviderRegistration {

    /** Registrations one address may submit in an hour: enough for an office, too few to flood the registrar. */
    static final int PER_ADDRESS_AND_HOUR = 5;

    record Application(String creditCode, OrganizationKind kind, String nameZh, String nameEn,
            @Nullable String legalRepresentative, @Nullable String address, @Nullable String contactPhone,
            @Nullable String contactEmail, String username, String displayName, String password) {
    }

    private final Registry registry;
    private final Users users;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProviderRegistration(Registry registry, Users users, PasswordEncoder passwords, PasswordPolicy policy, JdbcClient jdbc,
            ApplicationEventPublisher events, Clock clock) {
        this.registry = registry;
        this.users = users;
        this.passwords = passwords;
        this.policy = policy;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    UUID register(Application application, String clientIp) {
        String creditCode = application.creditCode().strip().toUpperCase(java.util.Locale.ROOT);
        if (!CreditCode.isValid(creditCode)) {
            throw RuleViolation.refused("registration.credit-code-invalid", "creditCode");
        }
        if (users.usernameTaken(application.username())) {
            throw RuleViolation.refused("user.username-taken", "username", application.username());
        }
        policy.refusal(application.password(), application.username()).ifPresent(reason -> {
            throw RuleViolation.refused(reason, "password", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
        Organization organization = registry.registerForVerification(
                new Organization(new OrganizationId(UUID.randomUUID()), creditCode, application.nameZh().strip(),
                        application.nameEn().strip(), application.kind()),
                new Profile(application.legalRepresentative(), null, null, application.address(), application.displayName(),
                        application.contactPhone(), application.contactEmail()));
        UUID userId = UUID.randomUUID();
        users.add(new UserAccount(userId, organization.id().value(), application.username(), application.displayName().strip(),
                Accounts.blankToNull(application.contactEmail()), passwords.encode(application.password()), "zh-CN", true, null,
                null, 0, null, Set.of(Role.PROVIDER), 0), clock.instant());
        events.publishEvent(new AccountChanged(null, organization.id().value(), "identity.provider.registered", userId,
                Map.of("creditCode", creditCode, "organization", application.nameZh(), "username", application.username(),
                        "ip", clientIp)));
        return organization.id().value();
    }

    /**
     * Counts the attempt, in a transaction of its own so that a refused application counts too, and
     * refuses an address past its hourly allowance.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void admit(String clientIp) {
        var now = clock.instant();
        long recent = jdbc.sql("SELECT COUNT(*) FROM registration_attempt WHERE client_ip = :ip AND attempted_at > :since")
                .param("ip", clientIp).param("since", now.minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC))
                .query(Long.class).single();
        jdbc.sql("INSERT INTO registration_attempt (client_ip, attempted_at) VALUES (:ip, :now)")
                .param("ip", clientIp).param("now", now.atOffset(ZoneOffset.UTC)).update();
        if (recent >= PER_ADDRESS_AND_HOUR) {
            throw RuleViolation.refused("registration.too-many", null, PER_ADDRESS_AND_HOUR);
        }
    }
}
