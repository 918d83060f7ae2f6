package org.cogov.procurement.bonds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cogov.procurement.ProcedureId;
import org.cogov.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The bid bonds. Every change of state is a compare-and-set on the state it leaves, so that two listeners, two nodes
 * or a retried request can never refund, forfeit or free a bond twice.
 */
@Repository
class BidBondRecords {

    private static final String SELECT = """
            SELECT id, procedure_id, lot_number, bidder_id, amount, received_on, form, payment_reference, recorded_at, state,
                   refund_ground, refund_from, refund_due, refunded_on, refund_reference, refunded_late, forfeited_at
            FROM bid_bond""";

    private final JdbcClient jdbc;

    BidBondRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(BidBond bond, UUID recordedBy) {
        jdbc.sql("""
                INSERT INTO bid_bond (id, procedure_id, lot_number, bidder_id, amount, received_on, form, payment_reference,
                                      recorded_by, recorded_at, state)
                VALUES (:id, :procedure, :lot, :bidder, :amount, :receivedOn, :form, :reference, :by, :at, 'HELD')""")
                .param("id", bond.id()).param("procedure", bond.procedure().value()).param("lot", bond.lot())
                .param("bidder", bond.bidder()).param("amount", bond.amount().amount()).param("receivedOn", bond.receivedOn())
                .param("form", bond.form().name()).param("reference", bond.paymentReference()).param("by", recordedBy)
                .param("at", OffsetDateTime.ofInstant(bond.recordedAt(), ZoneOffset.UTC)).update();
    }

    List<BidBond> of(ProcedureId procedure) {
        return jdbc.sql(SELECT + " WHERE procedure_id = :procedure ORDER BY lot_number, received_on, id")
                .param("procedure", procedure.value()).query(BidBondRecords::bond).list();
    }

    /** The bidder's own, and nobody else's. */
    List<BidBond> of(ProcedureId procedure, UUID bidder) {
        return jdbc.sql(SELECT + " WHERE procedure_id = :procedure AND bidder_id = :bidder ORDER BY lot_number")
                .param("procedure", procedure.value()).param("bidder", bidder).query(BidBondRecords::bond).list();
    }

    Optional<BidBond> find(ProcedureId procedure, int lot, UUID bidder) {
        return jdbc.sql(SELECT + " WHERE procedure_id = :procedure AND lot_number = :lot AND bidder_id = :bidder")
                .param("procedure", procedure.value()).param("lot", lot).param("bidder", bidder).query(BidBondRecords::bond)
                .optional();
    }

    /** Held bonds of a lot, or of every lot when {@code lot} is null. */
    List<BidBond> held(ProcedureId procedure, @Nullable Integer lot) {
        return jdbc.sql(SELECT + " WHERE procedure_id = :procedure AND state = 'HELD' AND (CAST(:lot AS INT) IS NULL OR lot_number = :lot)")
                .param("procedure", procedure.value()).param("lot", lot).query(BidBondRecords::bond).list();
    }

    /**
     * Bonds due back, of the procedures the organization runs (as purchaser or agency), or of every procedure when
     * {@code organization} is null (the finance bureau, auditors); the caller keeps those past their due day.
     */
    List<BidBond> due(@Nullable UUID organization) {
        return jdbc.sql(SELECT + """
                 WHERE state = 'REFUND_DUE' AND (CAST(:organization AS UUID) IS NULL OR procedure_id IN (
                    SELECT id FROM procurement_procedure WHERE purchaser_id = :organization OR agency_id = :organization))
                ORDER BY refund_due, procedure_id, lot_number""")
                .param("organization", organization).query(BidBondRecords::bond).list();
    }

    boolean free(UUID id, BidBond.RefundGround ground, LocalDate from, @Nullable LocalDate due) {
        return jdbc.sql("""
                UPDATE bid_bond SET state = 'REFUND_DUE', refund_ground = :ground, refund_from = :from, refund_due = :due,
                                    version = version + 1
                WHERE id = :id AND state = 'HELD'""")
                .param("id", id).param("ground", ground.name()).param("from", from).param("due", due)
                .update() == 1;
    }

    boolean forfeit(UUID id, Instant at) {
        return jdbc.sql("""
                UPDATE bid_bond SET state = 'FORFEITED', forfeited_at = :at, version = version + 1
                WHERE id = :id AND state = 'HELD'""")
                .param("id", id).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update() == 1;
    }

    boolean refund(UUID id, LocalDate on, String reference, boolean late, UUID by) {
        return jdbc.sql("""
                UPDATE bid_bond SET state = 'REFUNDED', refunded_on = :on, refund_reference = :reference,
                                    refunded_late = :late, refunded_by = :by, version = version + 1
                WHERE id = :id AND state = 'REFUND_DUE'""")
                .param("id", id).param("on", on).param("reference", reference).param("late", late).param("by", by)
                .update() == 1;
    }

    private static BidBond bond(ResultSet rs, int n) throws SQLException {
        String ground = rs.getString("refund_ground");
        OffsetDateTime forfeited = rs.getObject("forfeited_at", OffsetDateTime.class);
        return new BidBond(rs.getObject("id", UUID.class), new ProcedureId(rs.getObject("procedure_id", UUID.class)),
                rs.getInt("lot_number"), rs.getObject("bidder_id", UUID.class), new Money(rs.getBigDecimal("amount")),
                rs.getObject("received_on", LocalDate.class), BidBond.Form.valueOf(rs.getString("form")),
                rs.getString("payment_reference"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                BidBond.State.valueOf(rs.getString("state")), ground == null ? null : BidBond.RefundGround.valueOf(ground),
                rs.getObject("refund_from", LocalDate.class), rs.getObject("refund_due", LocalDate.class),
                rs.getObject("refunded_on", LocalDate.class), rs.getString("refund_reference"), rs.getBoolean("refunded_late"),
                forfeited == null ? null : forfeited.toInstant());
    }
}
