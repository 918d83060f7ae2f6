package org.cogov.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The signed tree heads and the public keys that signed them. */
@Repository
class TreeHeads {

    private final JdbcClient jdbc;
    private final SigningKey signingKey;
    private final AuditSettings settings;

    TreeHeads(JdbcClient jdbc, SigningKey signingKey, AuditSettings settings) {
        this.jdbc = jdbc;
        this.signingKey = signingKey;
        this.settings = settings;
    }

    Optional<TreeHead> latest() {
        return jdbc.sql(SELECT + " ORDER BY tree_size DESC LIMIT 1").query(TreeHeads::head).optional();
    }

    Optional<TreeHead> ofSize(long size) {
        return jdbc.sql(SELECT + " WHERE tree_size = :size").param("size", size).query(TreeHeads::head).optional();
    }

    /** Newest first, those smaller than {@code before} (the cursor). */
    List<TreeHead> page(@Nullable Long before, int size) {
        return jdbc.sql(SELECT + " WHERE tree_size < :before ORDER BY tree_size DESC LIMIT :size")
                .param("before", before == null ? Long.MAX_VALUE : before).param("size", size).query(TreeHeads::head).list();
    }

    /** Stores a head, and its key the first time the key signs (audit_integrator serves as the one-row table to select from). */
    void add(TreeHead head) {
        jdbc.sql("""
                INSERT INTO audit_signing_key (key_id, algorithm, public_key, first_used_at)
                SELECT :keyId, :algorithm, :publicKey, :at FROM audit_integrator
                WHERE NOT EXISTS (SELECT 1 FROM audit_signing_key WHERE key_id = :keyId)
                """)
                .param("keyId", signingKey.publicKey().keyId()).param("algorithm", signingKey.publicKey().algorithm())
                .param("publicKey", signingKey.publicKey().publicKey()).param("at", utc(head.signedAt())).update();
        jdbc.sql("""
                INSERT INTO audit_tree_head (tree_size, root_hash, signed_at, key_id, algorithm, signature)
                VALUES (:size, :root, :at, :keyId, :algorithm, :signature)
                """)
                .param("size", head.size()).param("root", head.rootHex()).param("at", utc(head.signedAt()))
                .param("keyId", head.keyId()).param("algorithm", head.algorithm()).param("signature", head.signatureBase64())
                .update();
    }

    /** Every key a head may be checked with: those that signed heads, the configured earlier ones, the current one. */
    List<PublishedKey> keys() {
        Map<String, PublishedKey> keys = new LinkedHashMap<>();
        jdbc.sql("SELECT key_id, algorithm, public_key FROM audit_signing_key ORDER BY first_used_at, key_id")
                .query((rs, n) -> new PublishedKey(rs.getString("key_id"), rs.getString("algorithm"), rs.getString("public_key")))
                .list().forEach(key -> keys.put(key.keyId(), key));
        settings.previousKeys().forEach(key -> keys.putIfAbsent(key.keyId(), key));
        keys.putIfAbsent(signingKey.publicKey().keyId(), signingKey.publicKey());
        return new ArrayList<>(keys.values());
    }

    static final String SELECT = "SELECT tree_size, root_hash, signed_at, key_id, algorithm, signature FROM audit_tree_head";

    static TreeHead head(ResultSet rs, int row) throws SQLException {
        return new TreeHead(rs.getLong("tree_size"), HexFormat.of().parseHex(rs.getString("root_hash")),
                rs.getObject("signed_at", OffsetDateTime.class).toInstant(), rs.getString("key_id"), rs.getString("algorithm"),
                Base64.getDecoder().decode(rs.getString("signature")));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
