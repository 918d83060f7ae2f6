package org.cogov.procurement.bidding;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cogov.procurement.ProcedureId;
import org.cogov.registry.OrganizationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The final quotations' tables: the call per lot with its invitees, the sealed arrivals (kept like sealed bids,
 * found only through the bid key), the shares presented again and what the opening found.
 */
@Repository
class FinalQuotationRecords {

    /** A lot's call: until when final quotations are taken, and when they were opened. */
    record Call(ProcedureId procedure, int lot, Instant calledAt, Instant dueAt, @Nullable Instant openedAt) {
    }

    /** A custodian's presentation; its share is kept (sealed under the bid key) only until the k-th. */
    record Presentation(int index, UUID custodian, Instant at, @Nullable String sealedShare) {
    }

    private final JdbcClient jdbc;
    private final BidKey key;

    FinalQuotationRecords(JdbcClient jdbc, BiddingSettings settings) {
        this.jdbc = jdbc;
        this.key = settings.bidKey();
    }

    BidKey key() {
        return key;
    }

    boolean call(ProcedureId procedure, int lot, Instant at, Instant due, List<UUID> invitees) {
        if (find(procedure, lot).isPresent()) {
            return false;
        }
        jdbc.sql("INSERT INTO final_quotation_call (procedure_id, lot_number, called_at, due_at) VALUES (:p, :lot, :at, :due)")
                .param("p", procedure.value()).param("lot", lot).param("at", utc(at)).param("due", utc(due)).update();
        for (UUID bidder : invitees) {
            jdbc.sql("INSERT INTO final_quotation_invitee (procedure_id, lot_number, bidder_id) VALUES (:p, :lot, :b)")
                    .param("p", procedure.value()).param("lot", lot).param("b", bidder).update();
        }
        return true;
    }

    Optional<Call> find(ProcedureId procedure, int lot) {
        return jdbc.sql("SELECT called_at, due_at, opened_at FROM final_quotation_call WHERE procedure_id = :p AND lot_number = :lot")
                .param("p", procedure.value()).param("lot", lot)
                .query((rs, n) -> new Call(procedure, lot, instant(rs, "called_at"), instant(rs, "due_at"), nullableInstant(rs, "opened_at")))
                .optional();
    }

    /** The call, locked: arrivals and presentations on one lot take turns, and an arrival at the due time waits. */
    Optional<Call> lock(ProcedureId procedure, int lot) {
        return jdbc.sql("""
                SELECT called_at, due_at, opened_at FROM final_quotation_call WHERE procedure_id = :p AND lot_number = :lot
                FOR UPDATE""")
                .param("p", procedure.value()).param("lot", lot)
                .query((rs, n) -> new Call(procedure, lot, instant(rs, "called_at"), instant(rs, "due_at"), nullableInstant(rs, "opened_at")))
                .optional();
    }

    List<UUID> invitees(ProcedureId procedure, int lot) {
        return jdbc.sql("SELECT bidder_id FROM final_quotation_invitee WHERE procedure_id = :p AND lot_number = :lot ORDER BY bidder_id")
                .param("p", procedure.value()).param("lot", lot).query(UUID.class).list();
    }

    void opened(ProcedureId procedure, int lot, Instant at) {
        jdbc.sql("UPDATE final_quotation_call SET opened_at = :at WHERE procedure_id = :p AND lot_number = :lot")
                .param("at", utc(at)).param("p", procedure.value()).param("lot", lot).update();
    }

    String ownerTag(OrganizationId bidder) {
        return key.tag("final-quotation-owner", bidder.value());
    }

    String slotTag(ProcedureId procedure, int lot, OrganizationId bidder) {
        return key.tag("final-quotation-slot", procedure.value(), lot, bidder.value());
    }

    /** The bidder's last final quotation's number on the lot (its version less the reserved range's base), 0 for none. */
    int lastNumber(ProcedureId procedure, int lot, OrganizationId bidder) {
        Integer last = jdbc.sql("SELECT MAX(version) FROM final_quotation WHERE slot_tag = :slot")
                .param("slot", slotTag(procedure, lot, bidder)).query(Integer.class).optional().orElse(null);
        return last == null ? 0 : last - FinalQuotation.VERSIONS;
    }

    void add(FinalQuotation quotation, String keptSha256) {
        jdbc.sql("""
                INSERT INTO final_quotation (id, owner_tag, slot_tag, version, routing, received_at, envelope_sha256, envelope_size,
                                             kept_sha256)
                VALUES (:id, :owner, :slot, :version, :routing, :at, :envelope, :size, :kept)""")
                .param("id", quotation.id()).param("owner", ownerTag(quotation.bidder()))
                .param("slot", slotTag(quotation.procedure(), quotation.lot(), quotation.bidder()))
                .param("version", quotation.version()).param("routing", key.seal(quotation.routing(), quotation.id()))
                .param("at", utc(quotation.receivedAt())).param("envelope", quotation.envelopeSha256())
                .param("size", quotation.envelopeSize()).param("kept", keptSha256).update();
    }

    /** The bidder's own arrivals on a lot, by version. */
    List<FinalQuotation> of(OrganizationId bidder, ProcedureId procedure, int lot) {
        return jdbc.sql("""
                SELECT id, routing, received_at, envelope_sha256, envelope_size FROM final_quotation WHERE owner_tag = :owner
                ORDER BY version""")
                .param("owner", ownerTag(bidder)).query(this::arrival).list().stream()
                .filter(q -> q.procedure().equals(procedure) && q.lot() == lot).toList();
    }

    /** Every arrival on a lot: each row's routing is opened with the bid key, as only the opening asks. */
    List<FinalQuotation> arrivalsOn(ProcedureId procedure, int lot) {
        return jdbc.sql("SELECT id, routing, received_at, envelope_sha256, envelope_size FROM final_quotation")
                .query(this::arrival).list().stream().filter(q -> q.procedure().equals(procedure) && q.lot() == lot).toList();
    }

    Optional<String> kept(UUID quotation) {
        return jdbc.sql("SELECT kept_sha256 FROM final_quotation WHERE id = :id").param("id", quotation).query(String.class).optional();
    }

    void present(ProcedureId procedure, int lot, int index, UUID custodian, Instant at, String sealedShare) {
        jdbc.sql("""
                INSERT INTO final_quotation_presentation (procedure_id, lot_number, share_index, custodian_id, presented_at,
                                                          sealed_share)
                VALUES (:p, :lot, :i, :c, :at, :share)""")
                .param("p", procedure.value()).param("lot", lot).param("i", index).param("c", custodian).param("at", utc(at))
                .param("share", sealedShare).update();
    }

    List<Presentation> presentations(ProcedureId procedure, int lot) {
        return jdbc.sql("""
                SELECT share_index, custodian_id, presented_at, sealed_share FROM final_quotation_presentation
                WHERE procedure_id = :p AND lot_number = :lot ORDER BY share_index""")
                .param("p", procedure.value()).param("lot", lot)
                .query((rs, n) -> new Presentation(rs.getInt("share_index"), rs.getObject("custodian_id", UUID.class),
                        instant(rs, "presented_at"), rs.getString("sealed_share")))
                .list();
    }

    void wipeShares(ProcedureId procedure, int lot) {
        jdbc.sql("UPDATE final_quotation_presentation SET sealed_share = NULL WHERE procedure_id = :p AND lot_number = :lot")
                .param("p", procedure.value()).param("lot", lot).update();
    }

    void result(FinalQuotation quotation, boolean opened, @Nullable String reason, @Nullable BigDecimal price, @Nullable String text) {
        jdbc.sql("""
                INSERT INTO opened_final_quotation (final_quotation_id, procedure_id, lot_number, bidder_id, version, received_at,
                                                    envelope_sha256, outcome, reason, price, text)
                VALUES (:id, :p, :lot, :b, :version, :at, :sha, :outcome, :reason, :price, :text)""")
                .param("id", quotation.id()).param("p", quotation.procedure().value()).param("lot", quotation.lot())
                .param("b", quotation.bidder().value()).param("version", quotation.version())
                .param("at", utc(quotation.receivedAt())).param("sha", quotation.envelopeSha256())
                .param("outcome", opened ? "OPENED" : "REFUSED").param("reason", reason).param("price", price)
                .param("text", text).update();
    }

    List<FinalQuotations.OpenedFinalQuotation> results(ProcedureId procedure, int lot) {
        return jdbc.sql("""
                SELECT bidder_id, version, received_at, envelope_sha256, outcome, reason, price, text FROM opened_final_quotation
                WHERE procedure_id = :p AND lot_number = :lot ORDER BY bidder_id""")
                .param("p", procedure.value()).param("lot", lot)
                .query((rs, n) -> new FinalQuotations.OpenedFinalQuotation(rs.getObject("bidder_id", UUID.class),
                        rs.getInt("version") - FinalQuotation.VERSIONS, instant(rs, "received_at"),
                        rs.getString("envelope_sha256"), "OPENED".equals(rs.getString("outcome")), rs.getString("reason"),
                        rs.getBigDecimal("price"), rs.getString("text")))
                .list();
    }

    private FinalQuotation arrival(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return FinalQuotation.of(id, key.open(rs.getString("routing"), id), instant(rs, "received_at"), rs.getString("envelope_sha256"),
                rs.getLong("envelope_size"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
