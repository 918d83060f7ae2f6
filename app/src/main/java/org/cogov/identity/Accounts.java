package org.cogov.identity;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every user may do to their own account: profile, language, password, second factor. */
@Service
class Accounts {

    static final Set<String> LANGUAGES = Set.of("zh-CN", "en");

    record Profile(UUID id, String username, String displayName, @Nullable String email, String locale,
            UUID organizationId, Set<Role> roles, boolean secondFactor, boolean secondFactorRequired) {
    }

    private final Users users;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final SecondFactors secondFactors;
    private final IdentitySettings settings;
    private final ApplicationEventPublisher events;
    private final Sessions sessions;

    Accounts(Users users, PasswordEncoder passwords, PasswordPolicy policy, SecondFactors secondFactors,
            IdentitySettings settings, ApplicationEventPublisher events, Sessions sessions) {
        this.users = users;
        this.passwords = passwords;
        this.policy = policy;
        this.secondFactors = secondFactors;
        this.settings = settings;
        this.events = events;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    Profile profile(SignedInUser me) {
        UserAccount user = users.find(me.userId()).orElseThrow(() -> RuleViolation.notFound("user.not-found"));
        return new Profile(user.id(), user.username(), user.displayName(), user.email(), user.locale(),
                user.organizationId(), user.roles(), user.hasSecondFactor(), settings.secondFactorRequired(user.roles()));
    }

    @Transactional
    Profile changeProfile(SignedInUser me, String displayName, @Nullable String email, String locale) {
        UserAccount user = users.find(me.userId()).orElseThrow(() -> RuleViolation.notFound("user.not-found"));
        requireLanguage(locale);
        if (!users.updateProfile(user.id(), user.version(), displayName.strip(), blankToNull(email), user.enabled())) {
            throw RuleViolation.conflict("user.changed-meanwhile");
        }
        users.changeLocale(user.id(), locale);
        events.publishEvent(AccountChanged.by(me, "identity.account.updated", me.userId(),
                Map.of("displayName", displayName, "locale", locale)));
        return profile(me);
    }

    @Transactional
    void changeLanguage(SignedInUser me, Locale locale) {
        String tag = locale.toLanguageTag();
        if (LANGUAGES.contains(tag)) {
            users.changeLocale(me.userId(), tag);
        }
    }

    /** Changes the password and ends the user's other sessions: whoever knew the old one is out. */
    @Transactional
    void changePassword(SignedInUser me, String current, String chosen, String currentSession) {
        UserAccount user = users.find(me.userId()).orElseThrow(() -> RuleViolation.notFound("user.not-found"));
        if (!passwords.matches(current, user.passwordHash())) {
            throw RuleViolation.refused("password.current-wrong", "currentPassword");
        }
        policy.refusal(chosen, user.username()).ifPresent(reason -> {
            throw RuleViolation.refused(reason, "newPassword", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
        users.changePassword(user.id(), passwords.encode(chosen));
        events.publishEvent(AccountChanged.by(me, "identity.password.changed", me.userId(), Map.of()));
        sessions.endAllOf(user.username(), currentSession);
    }

    /** Stores a new seed once the user proved, with a code, that their app holds it. */
    @Transactional
    void enrolSecondFactor(SignedInUser me, String base32Secret, String code) {
        var step = secondFactors.check(base32Secret, code);
        if (step.isEmpty()) {
            throw RuleViolation.refused("second-factor.wrong-code", "code");
        }
        users.changeSecondFactor(me.userId(), secondFactors.seal(me.userId(), base32Secret), step.getAsLong());
        events.publishEvent(AccountChanged.by(me, "identity.second-factor.enrolled", me.userId(), Map.of()));
    }

    @Transactional
    void removeSecondFactor(SignedInUser me) {
        if (settings.secondFactorRequired(me.roles())) {
            throw RuleViolation.refused("second-factor.required", null);
        }
        users.changeSecondFactor(me.userId(), null, null);
        events.publishEvent(AccountChanged.by(me, "identity.second-factor.removed", me.userId(), Map.of()));
    }

    static void requireLanguage(String locale) {
        if (!LANGUAGES.contains(locale)) {
            throw RuleViolation.refused("user.language-unknown", "locale", String.join(", ", LANGUAGES));
        }
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
