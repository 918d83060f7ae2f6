package org.cogov.procurement.bidding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cogov.procurement.ProcedureId;
import org.cogov.registry.OrganizationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sealed bids' rows, found only through the bid key: by the owner's tag for the owner's pages,
 * by the slot's tag for the next version. No query lists a procedure's bids, because no column names
 * the procedure.
 */
@Repository
class SealedBids {

    /** A procedure row locked for a receipt: its state and deadline as the lock found them. */
    record Locked(String state, @Nullable Instant deadline) {
    }

    private final JdbcClient jdbc;
    private final BidKey key;

    SealedBids(JdbcClient jdbc, BiddingSettings settings) {
        this.jdbc = jdbc;
        this.key = settings.bidKey();
    }

    BidKey key() {
        return key;
    }

    String ownerTag(OrganizationId bidder) {
        return key.tag("owner", bidder.value());
    }

    String slotTag(ProcedureId procedure, int lot, OrganizationId bidder) {
        return key.tag("slot", procedure.value(), lot, bidder.value());
    }

    /** The last version on the bidder's lot, 0 when it has none. */
    int lastVersion(ProcedureId procedure, int lot, OrganizationId bidder) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM sealed_bid WHERE slot_tag = :slot")
                .param("slot", slotTag(procedure, lot, bidder)).query(Integer.class).single();
    }

    /**
     * Locks the procedure's row for the receipt: every arrival on one procedure is received in turn,
     * and a close at the deadline waits for the receipt in progress, or the receipt for the close.
     */
    Optional<Locked> lock(ProcedureId procedure) {
        return jdbc.sql("SELECT state, deadline FROM procurement_procedure WHERE id = :id FOR UPDATE")
                .param("id", procedure.value())
                .query((rs, n) -> new Locked(rs.getString("state"),
                        rs.getObject("deadline", OffsetDateTime.class) == null ? null
                                : rs.getObject("deadline", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Whether the bidder obtained the procedure's documents, which it must before it bids. */
    boolean obtainedDocuments(ProcedureId procedure, OrganizationId bidder) {
        return jdbc.sql("SELECT COUNT(*) FROM procurement_download WHERE procedure_id = :p AND organization_id = :o")
                .param("p", procedure.value()).param("o", bidder.value()).query(Long.class).single() > 0;
    }

    /** Adds an arrival; a second arrival of the same version (a race of one bidder with itself) is a duplicate key. */
    void add(SealedBid bid, @Nullable String keptSha256) {
        jdbc.sql("""
                INSERT INTO sealed_bid (id, owner_tag, slot_tag, version, routing, received_at, envelope_sha256,
                                        envelope_size, kept_sha256, audit_entry)
                VALUES (:id, :owner, :slot, :version, :routing, :at, :envelope, :size, :kept, :entry)""")
                .param("id", bid.id().value()).param("owner", ownerTag(bid.bidder()))
                .param("slot", slotTag(bid.procedure(), bid.lot(), bid.bidder())).param("version", bid.version())
                .param("routing", key.seal(bid.routing(), bid.id().value()))
                .param("at", bid.receivedAt().atOffset(ZoneOffset.UTC)).param("envelope", bid.envelopeSha256())
                .param("size", bid.envelopeSize()).param("kept", keptSha256).param("entry", bid.auditEntry())
                .update();
    }

    /** The bidder's arrivals on a procedure, by lot and version. */
    List<SealedBid> of(OrganizationId bidder, ProcedureId procedure) {
        return ownedBy(bidder).stream().filter(b -> b.procedure().equals(procedure))
                .sorted(Comparator.comparingInt(SealedBid::lot).thenComparingInt(SealedBid::version)).toList();
    }

    /** Every arrival of the bidder, newest first. */
    List<SealedBid> ownedBy(OrganizationId bidder) {
        return jdbc.sql("""
                SELECT id, routing, received_at, envelope_sha256, envelope_size, audit_entry FROM sealed_bid
                WHERE owner_tag = :owner ORDER BY received_at DESC, id""")
                .param("owner", ownerTag(bidder))
                .query(this::arrival)
                .list();
    }

    /**
     * Every arrival on a procedure. No column names the procedure, so every row's routing is opened with
     * the bid key: only the opening asks, once per procedure.
     */
    List<SealedBid> arrivalsOn(ProcedureId procedure) {
        return jdbc.sql("SELECT id, routing, received_at, envelope_sha256, envelope_size, audit_entry FROM sealed_bid")
                .query(this::arrival)
                .list().stream().filter(b -> b.procedure().equals(procedure)).toList();
    }

    /** Where a bid's envelope is kept at rest, if it has one (a withdrawal has none). */
    Optional<String> kept(SealedBidId id) {
        return jdbc.sql("SELECT kept_sha256 FROM sealed_bid WHERE id = :id").param("id", id.value()).query(String.class)
                .optional();
    }

    /** An arrival by its id, if the bidder's; another's is as absent as one that never was. */
    Optional<SealedBid> find(OrganizationId bidder, SealedBidId id) {
        return jdbc.sql("""
                SELECT id, routing, received_at, envelope_sha256, envelope_size, audit_entry FROM sealed_bid
                WHERE id = :id AND owner_tag = :owner""")
                .param("id", id.value()).param("owner", ownerTag(bidder))
                .query(this::arrival)
                .optional();
    }

    /** A row as its bidder's receipt: its routing opened with the bid key, which binds it to the row's id. */
    private SealedBid arrival(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return SealedBid.of(new SealedBidId(id), key.open(rs.getString("routing"), id),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(), rs.getString("envelope_sha256"),
                rs.getLong("envelope_size"), rs.getObject("audit_entry", UUID.class));
    }
}
