package org.cogov.procurement.bidding;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The Idempotency-Keys of submissions and withdrawals, per caller. A key is claimed in the
 * transaction that makes the receipt, so the two commit together; a concurrent request with the
 * same key waits on the claim and then finds it taken.
 */
@Repository
class IdempotencyKeys {

    /** A taken key: the tag of the request that took it, and the receipt it was answered with. */
    record Claim(String requestTag, SealedBidId receipt) {
    }

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key; a key already taken is a duplicate key, after the taker's commit if it is still at work. */
    void claim(String principalTag, String key, String requestTag, SealedBidId receipt, Instant at) {
        jdbc.sql("""
                INSERT INTO bid_idempotency (principal_tag, idempotency_key, request_tag, sealed_bid_id, created_at)
                VALUES (:principal, :key, :request, :receipt, :at)""")
                .param("principal", principalTag).param("key", key).param("request", requestTag)
                .param("receipt", receipt.value()).param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    Optional<Claim> find(String principalTag, String key) {
        return jdbc.sql("SELECT request_tag, sealed_bid_id FROM bid_idempotency WHERE principal_tag = :principal AND idempotency_key = :key")
                .param("principal", principalTag).param("key", key)
                .query((rs, n) -> new Claim(rs.getString("request_tag"), new SealedBidId(rs.getObject("sealed_bid_id", UUID.class))))
                .optional();
    }

    /** Forgets the keys taken before {@code before}. */
    int forget(Instant before) {
        return jdbc.sql("DELETE FROM bid_idempotency WHERE created_at < :before").param("before", before.atOffset(ZoneOffset.UTC))
                .update();
    }
}
