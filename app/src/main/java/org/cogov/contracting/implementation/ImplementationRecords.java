package org.cogov.contracting.implementation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cogov.contracting.AddOn;
import org.cogov.contracting.ContractPayment;
import org.cogov.contracting.FinalSettlement;
import org.cogov.contracting.Grade;
import org.cogov.contracting.MilestoneDelivery;
import org.cogov.contracting.ProgressReport;
import org.cogov.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A signed contract's implementation in plain SQL: publication and filing days, progress reports, the rounds of each
 * milestone's submission with the beneficiaries' opinions, add-ons, payments, and the contract's closing. Every change of
 * state is a conditional UPDATE that says whether it happened, so that two requests racing for one change make one.
 */
@Repository
class ImplementationRecords {

    /** What implementation needs of the contract row beyond the clauses. */
    record Holding(UUID budgetLine, BigDecimal held) {
    }

    private final JdbcClient jdbc;

    ImplementationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the contract's row until the transaction ends: its implementation's changes are ordered. */
    Holding lock(UUID contract) {
        return jdbc.sql("SELECT budget_line_id, budget_held FROM contract WHERE id = :id FOR UPDATE").param("id", contract)
                .query((rs, n) -> new Holding(rs.getObject("budget_line_id", UUID.class), rs.getBigDecimal("budget_held"))).single();
    }

    boolean published(UUID contract, LocalDate on) {
        return jdbc.sql("UPDATE contract SET published_on = :on WHERE id = :id AND published_on IS NULL AND status <> 'DRAFT'"
                + " AND status <> 'WITHDRAWN'").param("on", on).param("id", contract).update() == 1;
    }

    boolean filed(UUID contract, LocalDate on) {
        return jdbc.sql("UPDATE contract SET filed_on = :on WHERE id = :id AND filed_on IS NULL AND status <> 'DRAFT'"
                + " AND status <> 'WITHDRAWN'").param("on", on).param("id", contract).update() == 1;
    }

    void hold(UUID contract, Money more) {
        jdbc.sql("UPDATE contract SET budget_held = budget_held + :more WHERE id = :id").param("more", more.amount()).param("id", contract)
                .update();
    }

    boolean close(UUID contract, String status, LocalDate on, @Nullable String reason, @Nullable BigDecimal released) {
        return jdbc.sql("""
                UPDATE contract SET status = :status, closed_on = :on, termination_reason = :reason, released = :released,
                       version = version + 1
                WHERE id = :id AND status = 'SIGNED'""").param("status", status).param("on", on).param("reason", reason)
                .param("released", released).param("id", contract).update() == 1;
    }

    void report(UUID contract, ProgressReport report) {
        jdbc.sql("""
                INSERT INTO contract_progress (id, contract_id, ordinal, reported_at, reported_by, report, percent_done)
                VALUES (:id, :c, :ordinal, :at, :by, :report, :percent)""").param("id", report.id()).param("c", contract)
                .param("ordinal", report.ordinal()).param("at", utc(report.reportedAt())).param("by", report.reportedBy())
                .param("report", report.report()).param("percent", report.percentDone()).update();
    }

    List<ProgressReport> reports(UUID contract) {
        return jdbc.sql("""
                SELECT id, ordinal, reported_at, reported_by, report, percent_done FROM contract_progress WHERE contract_id = :c
                ORDER BY reported_at, id""").param("c", contract)
                .query((rs, n) -> new ProgressReport(rs.getObject("id", UUID.class), (Integer) rs.getObject("ordinal"),
                        instant(rs, "reported_at"), rs.getObject("reported_by", UUID.class), rs.getString("report"),
                        (Integer) rs.getObject("percent_done"))).list();
    }

    void submit(UUID contract, int ordinal, int round, Instant at, UUID by, String report, @Nullable UUID document) {
        jdbc.sql("""
                INSERT INTO milestone_submission (contract_id, ordinal, round, submitted_at, submitted_by, report, document_id)
                VALUES (:c, :ordinal, :round, :at, :by, :report, :document)""").param("c", contract).param("ordinal", ordinal)
                .param("round", round).param("at", utc(at)).param("by", by).param("report", report).param("document", document).update();
    }

    /** Decides the round once: a round decided meanwhile is not decided again. */
    boolean decide(UUID contract, int ordinal, int round, MilestoneDelivery.Decision decision, Instant at, LocalDate on, UUID by,
            @Nullable String reason) {
        return jdbc.sql("""
                UPDATE milestone_submission SET decision = :decision, decided_at = :at, decided_on = :on, decided_by = :by,
                       reason = :reason
                WHERE contract_id = :c AND ordinal = :ordinal AND round = :round AND decision IS NULL""")
                .param("decision", decision.name()).param("at", utc(at)).param("on", on).param("by", by).param("reason", reason)
                .param("c", contract).param("ordinal", ordinal).param("round", round).update() == 1;
    }

    void opinion(UUID contract, int ordinal, int round, int seq, MilestoneDelivery.BeneficiaryOpinion opinion) {
        jdbc.sql("""
                INSERT INTO acceptance_opinion (contract_id, ordinal, round, seq, representative, represents, rating, opinion)
                VALUES (:c, :ordinal, :round, :seq, :name, :represents, :rating, :opinion)""").param("c", contract)
                .param("ordinal", ordinal).param("round", round).param("seq", seq).param("name", opinion.representative())
                .param("represents", opinion.represents()).param("rating", opinion.rating()).param("opinion", opinion.opinion()).update();
    }

    /** Every round of every milestone, in milestone then round order. */
    List<StoredSubmission> submissions(UUID contract) {
        List<OpinionRow> opinions = jdbc.sql("""
                SELECT ordinal, round, representative, represents, rating, opinion FROM acceptance_opinion WHERE contract_id = :c
                ORDER BY ordinal, round, seq""").param("c", contract)
                .query((rs, n) -> new OpinionRow(rs.getInt("ordinal"), rs.getInt("round"), new MilestoneDelivery.BeneficiaryOpinion(
                        rs.getString("representative"), rs.getString("represents"), rs.getInt("rating"), rs.getString("opinion")))).list();
        return jdbc.sql("""
                SELECT ordinal, round, submitted_at, submitted_by, report, document_id, decision, decided_at, decided_on, reason
                FROM milestone_submission WHERE contract_id = :c ORDER BY ordinal, round""").param("c", contract)
                .query((rs, n) -> {
                    int ordinal = rs.getInt("ordinal");
                    int round = rs.getInt("round");
                    String decision = rs.getString("decision");
                    return new StoredSubmission(ordinal, new MilestoneDelivery.Submission(round, instant(rs, "submitted_at"),
                            rs.getObject("submitted_by", UUID.class), rs.getString("report"), rs.getObject("document_id", UUID.class),
                            decision == null ? null : MilestoneDelivery.Decision.valueOf(decision), instant(rs, "decided_at"),
                            rs.getObject("decided_on", LocalDate.class), rs.getString("reason"),
                            opinions.stream().filter(o -> o.ordinal() == ordinal && o.round() == round).map(OpinionRow::opinion).toList()));
                }).list();
    }

    record StoredSubmission(int ordinal, MilestoneDelivery.Submission submission) {
    }

    private record OpinionRow(int ordinal, int round, MilestoneDelivery.BeneficiaryOpinion opinion) {
    }

    /** The purchasing departments of the contracts whose deliverables include the document. */
    List<UUID> purchasersReceiving(UUID document) {
        return jdbc.sql("""
                SELECT DISTINCT c.purchaser_id FROM milestone_submission s JOIN contract c ON c.id = s.contract_id
                WHERE s.document_id = :d""").param("d", document).query(UUID.class).list();
    }

    List<UUID> contractsDelivering(UUID document) {
        return jdbc.sql("SELECT DISTINCT contract_id FROM milestone_submission WHERE document_id = :d").param("d", document)
                .query(UUID.class).list();
    }

    void addOn(UUID contract, AddOn addOn, UUID by) {
        jdbc.sql("""
                INSERT INTO contract_add_on (contract_id, add_on_number, amount, unit_price, quantity, reason, ordinal, agreed_at, agreed_by)
                VALUES (:c, :number, :amount, :unitPrice, :quantity, :reason, :ordinal, :at, :by)""").param("c", contract)
                .param("number", addOn.number()).param("amount", addOn.amount().amount()).param("unitPrice", addOn.unitPrice())
                .param("quantity", addOn.quantity()).param("reason", addOn.reason()).param("ordinal", addOn.ordinal())
                .param("at", utc(addOn.agreedAt())).param("by", by).update();
    }

    List<AddOn> addOns(UUID contract) {
        return jdbc.sql("""
                SELECT add_on_number, amount, unit_price, quantity, reason, ordinal, agreed_at FROM contract_add_on WHERE contract_id = :c
                ORDER BY add_on_number""").param("c", contract)
                .query((rs, n) -> new AddOn(rs.getInt("add_on_number"), new Money(rs.getBigDecimal("amount")), rs.getBigDecimal("unit_price"),
                        rs.getString("quantity"), rs.getString("reason"), rs.getInt("ordinal"), instant(rs, "agreed_at"))).list();
    }

    void order(UUID contract, int ordinal, Money amount, LocalDate orderedOn, LocalDate dueOn) {
        jdbc.sql("""
                INSERT INTO contract_payment (contract_id, ordinal, amount, ordered_on, due_on)
                VALUES (:c, :ordinal, :amount, :ordered, :due)""").param("c", contract).param("ordinal", ordinal)
                .param("amount", amount.amount()).param("ordered", orderedOn).param("due", dueOn).update();
    }

    boolean pay(UUID contract, int ordinal, LocalDate on, Instant at, UUID by, String voucher) {
        return jdbc.sql("""
                UPDATE contract_payment SET paid_on = :on, paid_at = :at, paid_by = :by, voucher = :voucher
                WHERE contract_id = :c AND ordinal = :ordinal AND paid_on IS NULL AND cancelled_on IS NULL""").param("on", on)
                .param("at", utc(at)).param("by", by).param("voucher", voucher).param("c", contract).param("ordinal", ordinal)
                .update() == 1;
    }

    void cancelPayment(UUID contract, int ordinal, LocalDate on) {
        jdbc.sql("""
                UPDATE contract_payment SET cancelled_on = :on WHERE contract_id = :c AND ordinal = :ordinal AND paid_on IS NULL
                AND cancelled_on IS NULL""").param("on", on).param("c", contract).param("ordinal", ordinal).update();
    }

    List<ContractPayment> payments(UUID contract) {
        return jdbc.sql("""
                SELECT ordinal, amount, ordered_on, due_on, paid_on, voucher, cancelled_on FROM contract_payment WHERE contract_id = :c
                ORDER BY ordinal""").param("c", contract).query(ImplementationRecords::payment).list();
    }

    Optional<ContractPayment> payment(UUID contract, int ordinal) {
        return jdbc.sql("""
                SELECT ordinal, amount, ordered_on, due_on, paid_on, voucher, cancelled_on FROM contract_payment
                WHERE contract_id = :c AND ordinal = :ordinal""").param("c", contract).param("ordinal", ordinal)
                .query(ImplementationRecords::payment).optional();
    }

    /** Records how the final payment was settled, once: false when it was settled before. */
    boolean settle(UUID contract, FinalSettlement settlement, Instant at) {
        return jdbc.sql("""
                INSERT INTO final_instalment_settlement (contract_id, ordinal, grade, percent_earned, full_amount, earned, withheld,
                                                         settled_on, settled_at)
                SELECT :c, :ordinal, :grade, :percent, :full, :earned, :withheld, :on, :at FROM contract WHERE id = :c
                AND NOT EXISTS (SELECT 1 FROM final_instalment_settlement WHERE contract_id = :c)""")
                .param("c", contract).param("ordinal", settlement.milestone()).param("grade", settlement.grade().name())
                .param("percent", settlement.percent()).param("full", settlement.full().amount())
                .param("earned", settlement.earned().amount()).param("withheld", settlement.withheld().amount())
                .param("on", settlement.settledOn()).param("at", utc(at)).update() == 1;
    }

    Optional<FinalSettlement> settlement(UUID contract) {
        return jdbc.sql("""
                SELECT ordinal, grade, percent_earned, full_amount, earned, withheld, settled_on FROM final_instalment_settlement
                WHERE contract_id = :c""").param("c", contract)
                .query((rs, n) -> new FinalSettlement(rs.getInt("ordinal"), Grade.valueOf(rs.getString("grade")),
                        rs.getBigDecimal("percent_earned"), new Money(rs.getBigDecimal("full_amount")), new Money(rs.getBigDecimal("earned")),
                        new Money(rs.getBigDecimal("withheld")), rs.getObject("settled_on", LocalDate.class)))
                .optional();
    }

    /** The contracts with a payment made after its due day, or unpaid past it. */
    List<UUID> latePayers(LocalDate today) {
        return jdbc.sql("""
                SELECT DISTINCT contract_id FROM contract_payment
                WHERE cancelled_on IS NULL AND (paid_on > due_on OR (paid_on IS NULL AND due_on < :today))""").param("today", today)
                .query(UUID.class).list();
    }

    /** Contracts with a day still to keep: to sign, in force, unpublished or unfiled once signed, or owing a payment. */
    List<UUID> openContracts() {
        return jdbc.sql("""
                SELECT id FROM contract
                WHERE status IN ('DRAFT', 'SIGNED')
                   OR (status IN ('COMPLETED', 'TERMINATED') AND (published_on IS NULL OR filed_on IS NULL))
                   OR id IN (SELECT contract_id FROM contract_payment WHERE paid_on IS NULL AND cancelled_on IS NULL)
                ORDER BY id""").query(UUID.class).list();
    }

    /** Records a reminder of a subject and day once: false when it was recorded before. */
    boolean remindOnce(UUID contract, String subject, LocalDate day, Instant at) {
        return jdbc.sql("""
                INSERT INTO contract_reminder (contract_id, subject, due_day, sent_at)
                SELECT :c, :subject, :day, :at FROM contract WHERE id = :c
                AND NOT EXISTS (SELECT 1 FROM contract_reminder WHERE contract_id = :c AND subject = :subject AND due_day = :day)""")
                .param("c", contract).param("subject", subject).param("day", day).param("at", utc(at)).update() == 1;
    }

    private static ContractPayment payment(ResultSet rs, int n) throws SQLException {
        return new ContractPayment(rs.getInt("ordinal"), new Money(rs.getBigDecimal("amount")), rs.getObject("ordered_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getObject("paid_on", LocalDate.class), rs.getString("voucher"),
                rs.getObject("cancelled_on", LocalDate.class));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
