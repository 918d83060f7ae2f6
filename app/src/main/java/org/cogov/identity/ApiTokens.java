package org.cogov.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.Sha256;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens that a user makes for programs. The token is shown once; only its SHA-256 is kept,
 * so a copy of the database cannot be replayed. A token acts as its user, with the user's roles as
 * they are at each request, and dies with the account.
 */
@Service
class ApiTokens {

    static final String PREFIX = "cgv_";
    private static final int MAX_TOKENS = 20;
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    record TokenView(UUID id, String name, String hint, Instant createdAt, @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt) {
    }

    record NewToken(TokenView token, String secret) {
    }

    private final JdbcClient jdbc;
    private final Users users;
    private final SignIn signIn;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Users users, SignIn signIn, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.signIn = signIn;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    NewToken create(SignedInUser owner, String name) {
        long live = jdbc.sql("SELECT COUNT(*) FROM api_token WHERE user_id = :user AND revoked_at IS NULL")
                .param("user", owner.userId()).query(Long.class).single();
        if (live >= MAX_TOKENS) {
            throw RuleViolation.refused("token.too-many", "name", MAX_TOKENS);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        String hint = secret.substring(0, PREFIX.length() + 4) + "…";
        jdbc.sql("""
                INSERT INTO api_token (id, user_id, name, token_hash, hint, created_at)
                VALUES (:id, :user, :name, :hash, :hint, :now)
                """)
                .param("id", id).param("user", owner.userId()).param("name", name)
                .param("hash", Sha256.hex(secret)).param("hint", hint).param("now", now.atOffset(ZoneOffset.UTC))
                .update();
        events.publishEvent(AccountChanged.by(owner, "identity.token.created", owner.userId(),
                Map.of("token", id.toString(), "name", name)));
        return new NewToken(new TokenView(id, name, hint, now, null, null), secret);
    }

    @Transactional(readOnly = true)
    List<TokenView> of(SignedInUser owner) {
        return jdbc.sql("""
                SELECT id, name, hint, created_at, last_used_at, revoked_at FROM api_token
                WHERE user_id = :user ORDER BY created_at DESC
                """)
                .param("user", owner.userId())
                .query((rs, row) -> new TokenView(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("hint"), instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("last_used_at", OffsetDateTime.class)),
                        instant(rs.getObject("revoked_at", OffsetDateTime.class))))
                .list();
    }

    @Transactional
    void revoke(SignedInUser owner, UUID tokenId) {
        Optional<UUID> holder = jdbc.sql("SELECT user_id FROM api_token WHERE id = :id").param("id", tokenId)
                .query(UUID.class).optional();
        if (holder.isEmpty()) {
            throw RuleViolation.notFound("token.not-found");
        }
        if (!holder.get().equals(owner.userId())) {
            throw new Forbidden("identity.token.revoke", "api_token", tokenId);
        }
        jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .param("id", tokenId).param("now", clock.instant().atOffset(ZoneOffset.UTC)).update();
        events.publishEvent(AccountChanged.by(owner, "identity.token.revoked", owner.userId(),
                Map.of("token", tokenId.toString())));
    }

    /** The user a presented token acts as, if the token is live and its account may sign in. */
    @Transactional
    Optional<SignedInUser> authenticate(String presented) {
        if (!presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        record Live(UUID id, UUID userId, @Nullable OffsetDateTime lastUsedAt) {
        }
        Optional<Live> token = jdbc.sql("SELECT id, user_id, last_used_at FROM api_token WHERE token_hash = :hash AND revoked_at IS NULL")
                .param("hash", Sha256.hex(presented))
                .query((rs, row) -> new Live(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                        rs.getObject("last_used_at", OffsetDateTime.class)))
                .optional();
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<UserAccount> user = users.find(token.get().userId()).filter(u -> u.enabled() && !u.isLockedAt(now));
        // Recording every use would turn each API read into a write; a minute's resolution is enough to audit.
        if (user.isPresent() && (token.get().lastUsedAt() == null
                || token.get().lastUsedAt().toInstant().plus(LAST_USED_RESOLUTION).isBefore(now))) {
            jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
                    .param("id", token.get().id()).param("now", now.atOffset(ZoneOffset.UTC)).update();
        }
        return user.map(signIn::principal);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

}
