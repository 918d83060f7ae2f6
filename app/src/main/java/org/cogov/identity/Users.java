package org.cogov.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The user accounts. Every write that races (a failed login, a TOTP step) is one conditional UPDATE. */
@Repository
class Users {

    private static final String COLUMNS = """
            id, organization_id, username, display_name, email, password_hash, locale, enabled, totp_secret,
            totp_last_step, failed_logins, locked_until, version""";

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = :id").param("id", id)
                .query(this::row).optional().map(this::withRoles);
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = :username").param("username", username)
                .query(this::row).optional().map(this::withRoles);
    }

    /** The accounts of these ids that exist, in no particular order. */
    List<UserAccount> find(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withRoles(jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id IN (:ids)").param("ids", List.copyOf(ids))
                .query(this::row).list());
    }

    /** The accounts of these organizations, by username. */
    List<UserAccount> ofOrganizations(Collection<UUID> organizations) {
        if (organizations.isEmpty()) {
            return List.of();
        }
        return withRoles(jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE organization_id IN (:organizations) ORDER BY username")
                .param("organizations", List.copyOf(organizations)).query(this::row).list());
    }

    List<UserAccount> all() {
        return withRoles(jdbc.sql("SELECT " + COLUMNS + " FROM app_user ORDER BY username").query(this::row).list());
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :username").param("username", username)
                .query(Long.class).single() > 0;
    }

    void add(UserAccount user, Instant now) {
        jdbc.sql("""
                INSERT INTO app_user (id, organization_id, username, display_name, email, password_hash, locale,
                                      enabled, totp_secret, created_at)
                VALUES (:id, :organization, :username, :displayName, :email, :hash, :locale, :enabled, :totp, :now)
                """)
                .param("id", user.id())
                .param("organization", user.organizationId())
                .param("username", user.username())
                .param("displayName", user.displayName())
                .param("email", user.email())
                .param("hash", user.passwordHash())
                .param("locale", user.locale())
                .param("enabled", user.enabled())
                .param("totp", user.totpSecret())
                .param("now", utc(now))
                .update();
        replaceRoles(user.id(), user.roles());
    }

    /** Changes the profile if nobody changed the account since {@code version} was read. */
    boolean updateProfile(UUID id, int version, String displayName, @Nullable String email, boolean enabled) {
        return jdbc.sql("""
                UPDATE app_user SET display_name = :displayName, email = :email, enabled = :enabled, version = version + 1
                WHERE id = :id AND version = :version
                """)
                .param("id", id).param("version", version).param("displayName", displayName)
                .param("email", email).param("enabled", enabled)
                .update() == 1;
    }

    void replaceRoles(UUID id, Collection<Role> roles) {
        jdbc.sql("DELETE FROM user_role WHERE user_id = :id").param("id", id).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (:id, :role)")
                    .param("id", id).param("role", role.name()).update();
        }
        jdbc.sql("UPDATE app_user SET version = version + 1 WHERE id = :id").param("id", id).update();
    }

    void changePassword(UUID id, String hash) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash, version = version + 1 WHERE id = :id")
                .param("id", id).param("hash", hash).update();
    }

    void changeLocale(UUID id, String locale) {
        jdbc.sql("UPDATE app_user SET locale = :locale WHERE id = :id").param("id", id).param("locale", locale).update();
    }

    void changeSecondFactor(UUID id, @Nullable String sealedSecret, @Nullable Long acceptedStep) {
        jdbc.sql("UPDATE app_user SET totp_secret = :secret, totp_last_step = :step, version = version + 1 WHERE id = :id")
                .param("id", id).param("secret", sealedSecret).param("step", acceptedStep).update();
    }

    /** Takes a TOTP step unless a later or equal one was taken: two nodes cannot accept one code twice. */
    boolean acceptStep(UUID id, long step) {
        return jdbc.sql("""
                UPDATE app_user SET totp_last_step = :step
                WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)
                """)
                .param("id", id).param("step", step).update() == 1;
    }

    /** Counts a failure and locks the account once the count reaches {@code maxFailures}; returns the count. */
    int recordFailure(UUID id, Instant now, int maxFailures, Instant lockUntil) {
        jdbc.sql("""
                UPDATE app_user
                SET failed_logins = CASE WHEN locked_until IS NOT NULL AND locked_until <= :now THEN 1
                                         ELSE failed_logins + 1 END,
                    locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= :now THEN NULL
                                        ELSE locked_until END
                WHERE id = :id
                """)
                .param("id", id).param("now", utc(now)).update();
        jdbc.sql("UPDATE app_user SET locked_until = :until WHERE id = :id AND failed_logins >= :max AND locked_until IS NULL")
                .param("id", id).param("until", utc(lockUntil)).param("max", maxFailures).update();
        return jdbc.sql("SELECT failed_logins FROM app_user WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    void clearFailures(UUID id) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = :id").param("id", id).update();
    }

    private UserAccount row(ResultSet rs, int row) throws SQLException {
        OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
        long step = rs.getLong("totp_last_step");
        Long lastStep = rs.wasNull() ? null : step;
        return new UserAccount(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
                rs.getString("password_hash"), rs.getString("locale"), rs.getBoolean("enabled"),
                rs.getString("totp_secret"), lastStep, rs.getInt("failed_logins"),
                lockedUntil == null ? null : lockedUntil.toInstant(), Set.of(), rs.getInt("version"));
    }

    private UserAccount withRoles(UserAccount user) {
        return withRoles(List.of(user)).get(0);
    }

    private List<UserAccount> withRoles(List<UserAccount> users) {
        if (users.isEmpty()) {
            return users;
        }
        Map<UUID, Set<Role>> roles = new HashMap<>();
        jdbc.sql("SELECT user_id, role FROM user_role WHERE user_id IN (:ids)")
                .param("ids", users.stream().map(UserAccount::id).toList())
                .query(rs -> {
                    roles.computeIfAbsent(rs.getObject("user_id", UUID.class), id -> EnumSet.noneOf(Role.class))
                            .add(Role.valueOf(rs.getString("role")));
                });
        List<UserAccount> result = new ArrayList<>(users.size());
        for (UserAccount u : users) {
            result.add(new UserAccount(u.id(), u.organizationId(), u.username(), u.displayName(), u.email(),
                    u.passwordHash(), u.locale(), u.enabled(), u.totpSecret(), u.totpLastStep(), u.failedLogins(),
                    u.lockedUntil(), roles.getOrDefault(u.id(), Set.of()), u.version()));
        }
        return result;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
