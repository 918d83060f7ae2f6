package org.cogov.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.web.Refusals;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two steps of signing in: the password, then (when the account has or needs one) the TOTP
 * code. Every failure counts towards the account's lockout and the address's throttle and is a
 * refused audit entry; the caller learns only that it failed, never which part or why.
 */
@Service
class SignIn {

    /** Hash of a random password: checked when the user does not exist, so that both cases take as long. */
    private final String decoyHash;

    private final Users users;
    private final Permissions permissions;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final SecondFactors secondFactors;
    private final IdentitySettings settings;
    private final Refusals refusals;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignIn(Users users, Permissions permissions, PasswordEncoder passwords, LoginThrottle throttle,
            SecondFactors secondFactors, IdentitySettings settings, Refusals refusals, ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.permissions = permissions;
        this.passwords = passwords;
        this.throttle = throttle;
        this.secondFactors = secondFactors;
        this.settings = settings;
        this.refusals = refusals;
        this.events = events;
        this.clock = clock;
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    /** Checks the first factor; a failure throws {@link BadCredentialsException} and is recorded. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    SignedInUser password(String username, String password, String clientIp) {
        if (throttle.refuses(clientIp)) {
            refusals.record(null, null, "identity.login.throttled", "client", clientIp, Map.of("username", username));
            throw new BadCredentialsException("throttled");
        }
        var found = users.findByUsername(username);
        if (found.isEmpty()) {
            passwords.matches(password, decoyHash);
            fail(null, username, clientIp, "unknown-user");
        }
        UserAccount user = found.get();
        Instant now = clock.instant();
        if (user.isLockedAt(now)) {
            fail(user, username, clientIp, "locked");
        }
        if (!passwords.matches(password, user.passwordHash())) {
            fail(user, username, clientIp, "wrong-password");
        }
        if (!user.enabled()) {
            fail(user, username, clientIp, "disabled");
        }
        return principal(user);
    }

    boolean needsSecondFactor(SignedInUser user) {
        return settings.secondFactorRequired(user.roles()) || users.find(user.userId()).map(UserAccount::hasSecondFactor).orElse(false);
    }

    boolean hasSecondFactor(SignedInUser user) {
        return users.find(user.userId()).map(UserAccount::hasSecondFactor).orElse(false);
    }

    /** Checks the second factor; a wrong code counts like a wrong password. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    boolean secondFactor(SignedInUser signedIn, String code, String clientIp) {
        UserAccount user = users.find(signedIn.userId()).orElseThrow();
        if (user.isLockedAt(clock.instant()) || throttle.refuses(clientIp)) {
            record(user, user.username(), clientIp, "locked");
            return false;
        }
        if (secondFactors.accept(user, code)) {
            return true;
        }
        record(user, user.username(), clientIp, "wrong-second-factor");
        return false;
    }

    boolean isLocked(SignedInUser user) {
        return users.find(user.userId()).map(u -> u.isLockedAt(clock.instant())).orElse(true);
    }

    /** Both factors passed: the failure count starts again and the sign-in is an audit entry. */
    @Transactional
    String complete(SignedInUser user, String clientIp) {
        users.clearFailures(user.userId());
        events.publishEvent(AccountChanged.by(user, "identity.login.succeeded", user.userId(), Map.of("ip", clientIp)));
        return users.find(user.userId()).map(UserAccount::locale).orElse("zh-CN");
    }

    SignedInUser principal(UserAccount user) {
        return new SignedInUser(user.id(), user.organizationId(), user.username(), user.displayName(), user.roles(),
                permissions.of(user.roles()));
    }

    private void fail(@Nullable UserAccount user, String username, String clientIp, String reason) {
        record(user, username, clientIp, reason);
        throw new BadCredentialsException(reason);
    }

    private void record(@Nullable UserAccount user, String username, String clientIp, String reason) {
        throttle.failed(clientIp);
        if (user != null && !"locked".equals(reason)) {
            Instant now = clock.instant();
            users.recordFailure(user.id(), now, settings.lockout().maxFailures(), now.plus(settings.lockout().duration()));
        }
        refusals.record(user == null ? null : user.id(), user == null ? null : user.organizationId(),
                "identity.login.failed", "user", user == null ? null : user.id().toString(),
                Map.of("username", username, "ip", clientIp, "reason", reason));
    }
}
