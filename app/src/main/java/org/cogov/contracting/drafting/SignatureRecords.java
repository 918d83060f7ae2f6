package org.cogov.contracting.drafting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cogov.contracting.ContractSignature;
import org.cogov.contracting.SignerKey;
import org.cogov.sealing.CustodianKey;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Signer keys and contract signatures in plain SQL. A user's current key is the one whose {@code current_for} names it;
 * re-enrolment clears it on the old key, which stays for the signatures made with it. Signatures are only ever added.
 */
@Repository
class SignatureRecords {

    /** A stored signer key: everything but the passphrase that unwraps it. */
    record StoredKey(UUID id, UUID userId, UUID organizationId, String algorithm, String publicKey, String fingerprint,
            CustodianKey.WrappedKey wrapped, Instant enrolledAt, @Nullable Instant replacedAt) {

        @Override
        public String toString() {
            return "StoredKey[id=" + id + ", user=" + userId + ", fingerprint=" + fingerprint + "]";
        }
    }

    private static final String KEY = """
            SELECT id, user_id, organization_id, algorithm, public_key, fingerprint, wrapping, wrap_salt, wrap_memory_kib,
                   wrap_iterations, wrap_parallelism, wrap_nonce, wrapped_key, enrolled_at, replaced_at
            FROM signer_key""";
    private static final String SIGNATURE = """
            SELECT party, signer_id, organization_id, signed_at, algorithm, key_id, document_hash, signature_value, certificate, late
            FROM contract_signature""";

    private final JdbcClient jdbc;

    SignatureRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredKey> current(UUID user) {
        return jdbc.sql(KEY + " WHERE current_for = :u").param("u", user).query(SignatureRecords::key).optional();
    }

    Optional<StoredKey> key(UUID id) {
        return jdbc.sql(KEY + " WHERE id = :id").param("id", id).query(SignatureRecords::key).optional();
    }

    /** The user's current key is replaced: kept, no longer current. */
    void replaceCurrent(UUID user, Instant at) {
        jdbc.sql("UPDATE signer_key SET replaced_at = :at, current_for = NULL WHERE current_for = :u")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("u", user).update();
    }

    void add(UUID id, UUID user, UUID organization, SignerKey.Enrolment enrolment, String fingerprint, Instant at) {
        CustodianKey.WrappedKey wrapped = enrolment.wrapped();
        jdbc.sql("""
                INSERT INTO signer_key (id, user_id, organization_id, algorithm, public_key, fingerprint, wrapping, wrap_salt,
                                        wrap_memory_kib, wrap_iterations, wrap_parallelism, wrap_nonce, wrapped_key, enrolled_at,
                                        current_for)
                VALUES (:id, :user, :org, :algorithm, :publicKey, :fingerprint, :wrapping, :salt, :memory, :iterations, :parallelism,
                        :nonce, :wrapped, :at, :user)""")
                .param("id", id).param("user", user).param("org", organization).param("algorithm", SignerKey.ED25519)
                .param("publicKey", enrolment.publicKey()).param("fingerprint", fingerprint).param("wrapping", wrapped.algorithm())
                .param("salt", wrapped.salt()).param("memory", wrapped.memoryKiB()).param("iterations", wrapped.iterations())
                .param("parallelism", wrapped.parallelism()).param("nonce", wrapped.nonce()).param("wrapped", wrapped.ciphertext())
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    List<ContractSignature> signatures(UUID contract) {
        return jdbc.sql(SIGNATURE + " WHERE contract_id = :c ORDER BY signed_at, CASE party WHEN 'PURCHASER' THEN 0 ELSE 1 END").param("c", contract)
                .query(SignatureRecords::signature).list();
    }

    void sign(UUID contract, ContractSignature signature) {
        jdbc.sql("""
                INSERT INTO contract_signature (contract_id, party, signer_id, organization_id, signed_at, algorithm, key_id,
                                                document_hash, signature_value, certificate, late)
                VALUES (:c, :party, :signer, :org, :at, :algorithm, :key, :hash, :signature, :certificate, :late)""")
                .param("c", contract).param("party", signature.party().name()).param("signer", signature.signerId())
                .param("org", signature.organizationId()).param("at", signature.signedAt().atOffset(ZoneOffset.UTC))
                .param("algorithm", signature.algorithm()).param("key", signature.keyId()).param("hash", signature.documentHash())
                .param("signature", signature.signature()).param("certificate", signature.certificate()).param("late", signature.late())
                .update();
    }

    private static StoredKey key(ResultSet rs, int n) throws SQLException {
        return new StoredKey(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getObject("organization_id", UUID.class), rs.getString("algorithm"), rs.getString("public_key"),
                rs.getString("fingerprint"), new CustodianKey.WrappedKey(rs.getInt("wrapping"), rs.getBytes("wrap_salt"),
                        rs.getInt("wrap_memory_kib"), rs.getInt("wrap_iterations"), rs.getInt("wrap_parallelism"),
                        rs.getBytes("wrap_nonce"), rs.getBytes("wrapped_key")),
                java.util.Objects.requireNonNull(instant(rs, "enrolled_at")), instant(rs, "replaced_at"));
    }

    private static ContractSignature signature(ResultSet rs, int n) throws SQLException {
        return new ContractSignature(ContractSignature.Party.valueOf(rs.getString("party")), rs.getObject("signer_id", UUID.class),
                rs.getObject("organization_id", UUID.class), java.util.Objects.requireNonNull(instant(rs, "signed_at")), rs.getString("algorithm"),
                rs.getObject("key_id", UUID.class), rs.getString("document_hash"), rs.getString("signature_value"),
                rs.getString("certificate"), rs.getBoolean("late"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        java.time.OffsetDateTime at = rs.getObject(column, java.time.OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

}
