package org.cogov.procurement.custody;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cogov.procurement.ProcedureId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Procedures' opening keys and their sealed shares: written once at publication, never changed. */
@Repository
class OpeningKeyRecords {

    record StoredOpeningKey(ProcedureId procedure, String algorithm, byte[] publicKey, String fingerprint, int needed,
            int custodians, Instant madeAt) {
    }

    record StoredShare(int index, UUID userId, UUID organizationId, String custodianName, UUID custodianKeyId, String sealing,
            byte[] sealedShare, String commitment) {
    }

    /** A custodian's part in a procedure: named in its draft, or holding a share of its published key. */
    record DutyRow(ProcedureId procedure, String reference, String title, String method, String state,
            @Nullable Instant deadline, @Nullable Instant openingFrom, @Nullable Instant openingUntil, int custodiansNeeded,
            int custodiansNamed, @Nullable Integer shareIndex, @Nullable String commitment, @Nullable UUID custodianKeyId) {
    }

    private final JdbcClient jdbc;

    OpeningKeyRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(StoredOpeningKey key, List<StoredShare> shares) {
        jdbc.sql("""
                INSERT INTO opening_key (procedure_id, algorithm, public_key, fingerprint, needed, custodians, made_at)
                VALUES (:procedure, :algorithm, :publicKey, :fingerprint, :needed, :custodians, :at)""")
                .param("procedure", key.procedure().value()).param("algorithm", key.algorithm())
                .param("publicKey", key.publicKey()).param("fingerprint", key.fingerprint()).param("needed", key.needed())
                .param("custodians", key.custodians()).param("at", key.madeAt().atOffset(ZoneOffset.UTC)).update();
        for (StoredShare share : shares) {
            jdbc.sql("""
                    INSERT INTO opening_share (procedure_id, share_index, user_id, organization_id, custodian_name, custodian_key_id,
                                               sealing, sealed_share, commitment)
                    VALUES (:procedure, :index, :user, :organization, :name, :key, :sealing, :sealed, :commitment)""")
                    .param("procedure", key.procedure().value()).param("index", share.index()).param("user", share.userId())
                    .param("organization", share.organizationId()).param("name", share.custodianName())
                    .param("key", share.custodianKeyId()).param("sealing", share.sealing()).param("sealed", share.sealedShare())
                    .param("commitment", share.commitment()).update();
        }
    }

    Optional<StoredOpeningKey> key(ProcedureId procedure) {
        return jdbc.sql("""
                SELECT procedure_id, algorithm, public_key, fingerprint, needed, custodians, made_at
                FROM opening_key WHERE procedure_id = :procedure""").param("procedure", procedure.value())
                .query((rs, n) -> new StoredOpeningKey(new ProcedureId(rs.getObject("procedure_id", UUID.class)),
                        rs.getString("algorithm"), rs.getBytes("public_key"), rs.getString("fingerprint"), rs.getInt("needed"),
                        rs.getInt("custodians"), rs.getObject("made_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    List<StoredShare> shares(ProcedureId procedure) {
        return jdbc.sql("""
                SELECT share_index, user_id, organization_id, custodian_name, custodian_key_id, sealing, sealed_share, commitment
                FROM opening_share WHERE procedure_id = :procedure ORDER BY share_index""").param("procedure", procedure.value())
                .query((rs, n) -> new StoredShare(rs.getInt("share_index"), rs.getObject("user_id", UUID.class),
                        rs.getObject("organization_id", UUID.class), rs.getString("custodian_name"),
                        rs.getObject("custodian_key_id", UUID.class), rs.getString("sealing"), rs.getBytes("sealed_share"),
                        rs.getString("commitment")))
                .list();
    }

    /**
     * The procedures in which the user is named custodian or holds a share: drafts it is named in (not
     * given up), published procedures with its share. The caller keeps those of methods that seal bids.
     */
    List<DutyRow> duties(UUID userId) {
        return jdbc.sql("""
                SELECT p.id, p.reference, p.title, p.method, p.state, p.deadline, p.opening_from, p.opening_until,
                       COALESCE(k.needed, p.custodians_needed) AS needed,
                       COALESCE(k.custodians, (SELECT COUNT(*) FROM procedure_custodian a WHERE a.procedure_id = p.id)) AS named,
                       s.share_index, s.commitment, s.custodian_key_id
                FROM procurement_procedure p
                LEFT JOIN opening_key k ON k.procedure_id = p.id
                LEFT JOIN opening_share s ON s.procedure_id = p.id AND s.user_id = :user
                WHERE s.user_id IS NOT NULL
                   OR (p.state = 'DRAFT' AND EXISTS (SELECT 1 FROM procedure_custodian c WHERE c.procedure_id = p.id AND c.user_id = :user))
                ORDER BY CASE WHEN p.state = 'DRAFT' THEN 1 ELSE 0 END, p.opening_from DESC, p.reference""")
                .param("user", userId)
                .query((rs, n) -> {
                    int index = rs.getInt("share_index");
                    boolean share = !rs.wasNull();
                    return new DutyRow(new ProcedureId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                            rs.getString("title"), rs.getString("method"), rs.getString("state"), instant(rs.getObject("deadline",
                                    OffsetDateTime.class)), instant(rs.getObject("opening_from", OffsetDateTime.class)),
                            instant(rs.getObject("opening_until", OffsetDateTime.class)), rs.getInt("needed"), rs.getInt("named"),
                            share ? index : null, rs.getString("commitment"), rs.getObject("custodian_key_id", UUID.class));
                }).list();
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
