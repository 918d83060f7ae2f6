package org.cogov.procurement.custody;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cogov.registry.OrganizationId;
import org.cogov.sealing.CustodianKey;
import org.cogov.sealing.OpeningKey;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Custodian keys: public keys and wrapped private keys, one current per user. A key is replaced, never
 * changed nor removed, since the shares sealed to it are opened with it.
 */
@Repository
class CustodianKeyRecords {

    /** A stored custodian key: everything but the passphrase that unwraps it. */
    record StoredKey(UUID id, UUID userId, OrganizationId organization, byte[] publicKey, String fingerprint,
            CustodianKey.WrappedKey wrapped, Instant enrolledAt, @Nullable Instant replacedAt) {
    }

    private static final String SELECT = """
            SELECT id, user_id, organization_id, public_key, fingerprint, wrapping, salt, argon2_memory_kib, argon2_iterations,
                   argon2_parallelism, nonce, wrapped_key, enrolled_at, replaced_at
            FROM custodian_key""";

    private final JdbcClient jdbc;

    CustodianKeyRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the user's current key replaced, if there is one; the key stays for the shares sealed to it. */
    void replaceCurrent(UUID userId, Instant at) {
        jdbc.sql("UPDATE custodian_key SET replaced_at = :at, current_for = NULL WHERE current_for = :user")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("user", userId).update();
    }

    /** Adds the user's new current key; a concurrent enrolment of the same user loses on the unique column. */
    void add(UUID id, UUID userId, OrganizationId organization, CustodianKey.Enrolment enrolment, Instant at) {
        CustodianKey.WrappedKey wrapped = enrolment.wrapped();
        byte[] publicKey = enrolment.publicKey();
        jdbc.sql("""
                INSERT INTO custodian_key (id, user_id, organization_id, public_key, fingerprint, wrapping, salt, argon2_memory_kib,
                                           argon2_iterations, argon2_parallelism, nonce, wrapped_key, enrolled_at, current_for)
                VALUES (:id, :user, :organization, :publicKey, :fingerprint, :wrapping, :salt, :memory, :iterations, :parallelism,
                        :nonce, :wrapped, :at, :user)""")
                .param("id", id).param("user", userId).param("organization", organization.value()).param("publicKey", publicKey)
                .param("fingerprint", OpeningKey.fingerprint(publicKey)).param("wrapping", wrapped.algorithm())
                .param("salt", wrapped.salt()).param("memory", wrapped.memoryKiB()).param("iterations", wrapped.iterations())
                .param("parallelism", wrapped.parallelism()).param("nonce", wrapped.nonce())
                .param("wrapped", wrapped.ciphertext()).param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    Optional<StoredKey> current(UUID userId) {
        return jdbc.sql(SELECT + " WHERE current_for = :user").param("user", userId).query(CustodianKeyRecords::key).optional();
    }

    Optional<StoredKey> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(CustodianKeyRecords::key).optional();
    }

    /** Those of the users who have a current key. */
    Set<UUID> enrolled(Collection<UUID> users) {
        if (users.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT current_for FROM custodian_key WHERE current_for IN (:users)")
                .param("users", users).query(UUID.class).list());
    }

    private static StoredKey key(ResultSet rs, int n) throws SQLException {
        OffsetDateTime replaced = rs.getObject("replaced_at", OffsetDateTime.class);
        return new StoredKey(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                new OrganizationId(rs.getObject("organization_id", UUID.class)), rs.getBytes("public_key"),
                rs.getString("fingerprint"), new CustodianKey.WrappedKey(rs.getInt("wrapping"), rs.getBytes("salt"),
                        rs.getInt("argon2_memory_kib"), rs.getInt("argon2_iterations"), rs.getInt("argon2_parallelism"),
                        rs.getBytes("nonce"), rs.getBytes("wrapped_key")),
                rs.getObject("enrolled_at", OffsetDateTime.class).toInstant(), replaced == null ? null : replaced.toInstant());
    }
}
