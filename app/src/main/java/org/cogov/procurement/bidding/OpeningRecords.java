package org.cogov.procurement.bidding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.cogov.procurement.ProcedureId;
import org.cogov.registry.OrganizationId;
import org.cogov.shared.document.DocumentId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The opening's records: the shares presented, each lot's outcome, the bids that counted and what they held. */
@Repository
class OpeningRecords {

    /** A custodian's presentation; its share is kept (sealed under the bid key) only until the opening. */
    record Presentation(int index, UUID custodian, Instant at, @Nullable String sealedShare) {
    }

    private final JdbcClient jdbc;

    OpeningRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a presentation; a share presented twice is a duplicate key. */
    void present(ProcedureId procedure, int index, UUID custodian, Instant at, String sealedShare) {
        jdbc.sql("""
                INSERT INTO opening_presentation (procedure_id, share_index, custodian_id, presented_at, sealed_share)
                VALUES (:p, :i, :c, :at, :share)""")
                .param("p", procedure.value()).param("i", index).param("c", custodian).param("at", at.atOffset(ZoneOffset.UTC))
                .param("share", sealedShare).update();
    }

    List<Presentation> presentations(ProcedureId procedure) {
        return jdbc.sql("""
                SELECT share_index, custodian_id, presented_at, sealed_share FROM opening_presentation
                WHERE procedure_id = :p ORDER BY share_index""")
                .param("p", procedure.value())
                .query((rs, n) -> new Presentation(rs.getInt("share_index"), rs.getObject("custodian_id", UUID.class),
                        rs.getObject("presented_at", OffsetDateTime.class).toInstant(), rs.getString("sealed_share")))
                .list();
    }

    /** Forgets the kept shares once the key was rebuilt: the presentations stay as the record of who came when. */
    void wipeShares(ProcedureId procedure) {
        jdbc.sql("UPDATE opening_presentation SET sealed_share = NULL WHERE procedure_id = :p").param("p", procedure.value())
                .update();
    }

    /** Forgets the presentations of an opening window that ended without enough of them. */
    void forgetPresentations(ProcedureId procedure) {
        jdbc.sql("DELETE FROM opening_presentation WHERE procedure_id = :p").param("p", procedure.value()).update();
    }

    int postponements(ProcedureId procedure) {
        return jdbc.sql("SELECT COUNT(*) FROM opening_postponement WHERE procedure_id = :p").param("p", procedure.value())
                .query(Integer.class).single();
    }

    void postponement(ProcedureId procedure, int number, int presented, @Nullable Instant from, Instant until,
            @Nullable Instant newFrom, Instant newUntil, Instant at) {
        jdbc.sql("""
                INSERT INTO opening_postponement (procedure_id, number, presented, window_from, window_until, new_from, new_until,
                                                  decided_at)
                VALUES (:p, :number, :presented, :from, :until, :newFrom, :newUntil, :at)""")
                .param("p", procedure.value()).param("number", number).param("presented", presented)
                .param("from", from == null ? null : from.atOffset(ZoneOffset.UTC)).param("until", until.atOffset(ZoneOffset.UTC))
                .param("newFrom", newFrom == null ? null : newFrom.atOffset(ZoneOffset.UTC))
                .param("newUntil", newUntil.atOffset(ZoneOffset.UTC)).param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    boolean decided(ProcedureId procedure) {
        return jdbc.sql("SELECT COUNT(*) FROM lot_opening WHERE procedure_id = :p").param("p", procedure.value())
                .query(Integer.class).single() > 0;
    }

    void lot(ProcedureId procedure, int lot, OpeningRecord.LotOutcome outcome, int standing, int needed, @Nullable String reason,
            Instant at) {
        jdbc.sql("""
                INSERT INTO lot_opening (procedure_id, lot_number, outcome, standing, needed, reason, decided_at)
                VALUES (:p, :lot, :outcome, :standing, :needed, :reason, :at)""")
                .param("p", procedure.value()).param("lot", lot).param("outcome", outcome.name()).param("standing", standing)
                .param("needed", needed).param("reason", reason).param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    void bid(SealedBid bid, OpeningRecord.BidOutcome outcome, @Nullable String reason, @Nullable BigDecimal price,
            @Nullable String currency, @Nullable String proposal) {
        jdbc.sql("""
                INSERT INTO opened_bid (sealed_bid_id, procedure_id, lot_number, bidder_id, version, received_at, sealed_by,
                                        envelope_sha256, outcome, reason, price, currency, proposal)
                VALUES (:id, :p, :lot, :bidder, :version, :at, :sealedBy, :sha256, :outcome, :reason, :price, :currency, :proposal)""")
                .param("id", bid.id().value()).param("p", bid.procedure().value()).param("lot", bid.lot())
                .param("bidder", bid.bidder().value()).param("version", bid.version())
                .param("at", bid.receivedAt().atOffset(ZoneOffset.UTC)).param("sealedBy", bid.sealedBy().name())
                .param("sha256", bid.envelopeSha256()).param("outcome", outcome.name()).param("reason", reason)
                .param("price", price).param("currency", currency).param("proposal", proposal).update();
    }

    void attachment(SealedBidId bid, int position, DocumentId document) {
        jdbc.sql("INSERT INTO opened_attachment (sealed_bid_id, position, document_id) VALUES (:id, :position, :document)")
                .param("id", bid.value()).param("position", position).param("document", document.value()).update();
    }

    /** The opening's record of a procedure: every lot decided at its opening, with its bids; none before. */
    List<OpeningRecord.Lot> lots(ProcedureId procedure) {
        List<OpeningRecord.Bid> bids = jdbc.sql("""
                SELECT b.sealed_bid_id, b.lot_number, b.bidder_id, o.name_zh, o.name_en, b.version, b.received_at, b.sealed_by,
                       b.envelope_sha256, b.outcome, b.reason, b.price, b.currency
                FROM opened_bid b JOIN organization o ON o.id = b.bidder_id
                WHERE b.procedure_id = :p ORDER BY b.lot_number, b.received_at, b.sealed_bid_id""")
                .param("p", procedure.value())
                .query((rs, n) -> new OpeningRecord.Bid(rs.getInt("lot_number"), rs.getObject("bidder_id", UUID.class),
                        rs.getString("name_zh"), rs.getString("name_en"), rs.getInt("version"),
                        rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                        SealedBid.SealedBy.valueOf(rs.getString("sealed_by")), rs.getString("envelope_sha256"),
                        OpeningRecord.BidOutcome.valueOf(rs.getString("outcome")), rs.getString("reason"), rs.getBigDecimal("price"),
                        rs.getString("currency")))
                .list();
        List<OpeningRecord.OpeningObjection> objections = objections(procedure);
        return jdbc.sql("""
                SELECT lot_number, outcome, standing, needed, reason, decided_at FROM lot_opening
                WHERE procedure_id = :p ORDER BY lot_number""")
                .param("p", procedure.value())
                .query((rs, n) -> {
                    int lot = rs.getInt("lot_number");
                    return new OpeningRecord.Lot(lot, OpeningRecord.LotOutcome.valueOf(rs.getString("outcome")),
                            rs.getInt("standing"), rs.getInt("needed"), rs.getString("reason"),
                            rs.getObject("decided_at", OffsetDateTime.class).toInstant(),
                            bids.stream().filter(b -> b.lot() == lot).toList(),
                            objections.stream().filter(o -> o.lot() == lot).toList());
                })
                .list();
    }

    void object(UUID id, ProcedureId procedure, int lot, UUID bidder, UUID by, String text, Instant at) {
        jdbc.sql("""
                INSERT INTO opening_objection (id, procedure_id, lot_number, bidder_id, raised_by, text, raised_at)
                VALUES (:id, :p, :lot, :bidder, :by, :text, :at)""")
                .param("id", id).param("p", procedure.value()).param("lot", lot).param("bidder", bidder).param("by", by)
                .param("text", text).param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    /** Answers an objection once: false when it was answered already. */
    boolean answer(UUID objection, UUID by, String answer, Instant at) {
        return jdbc.sql("""
                UPDATE opening_objection SET answer = :answer, answered_by = :by, answered_at = :at
                WHERE id = :id AND answer IS NULL""")
                .param("id", objection).param("answer", answer).param("by", by).param("at", at.atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    /** The procedure an objection was raised on. */
    java.util.Optional<ProcedureId> procedureOf(UUID objection) {
        return jdbc.sql("SELECT procedure_id FROM opening_objection WHERE id = :id").param("id", objection).query(UUID.class)
                .optional().map(ProcedureId::new);
    }

    /** Whether the bidder had a bid counted on the lot at its opening. */
    boolean bidOn(ProcedureId procedure, int lot, UUID bidder) {
        return jdbc.sql("SELECT COUNT(*) FROM opened_bid WHERE procedure_id = :p AND lot_number = :lot AND bidder_id = :b")
                .param("p", procedure.value()).param("lot", lot).param("b", bidder).query(Integer.class).single() > 0;
    }

    /** The bidders with a bid counted on the lot at its opening, by id. */
    List<OrganizationId> bidders(ProcedureId procedure, int lot) {
        return jdbc.sql("SELECT DISTINCT bidder_id FROM opened_bid WHERE procedure_id = :p AND lot_number = :lot ORDER BY bidder_id")
                .param("p", procedure.value()).param("lot", lot).query(UUID.class).list().stream()
                .map(OrganizationId::new).toList();
    }

    private List<OpeningRecord.OpeningObjection> objections(ProcedureId procedure) {
        return jdbc.sql("""
                SELECT x.id, x.lot_number, x.bidder_id, o.name_zh, o.name_en, x.text, x.raised_at, x.answer, x.answered_at
                FROM opening_objection x JOIN organization o ON o.id = x.bidder_id
                WHERE x.procedure_id = :p ORDER BY x.raised_at, x.id""")
                .param("p", procedure.value())
                .query((rs, n) -> new OpeningRecord.OpeningObjection(rs.getObject("id", UUID.class), rs.getInt("lot_number"),
                        rs.getObject("bidder_id", UUID.class), rs.getString("name_zh"), rs.getString("name_en"), rs.getString("text"),
                        rs.getObject("raised_at", OffsetDateTime.class).toInstant(), rs.getString("answer"),
                        rs.getObject("answered_at", OffsetDateTime.class) == null ? null
                                : rs.getObject("answered_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
