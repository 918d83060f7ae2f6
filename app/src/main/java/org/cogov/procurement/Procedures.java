package org.cogov.procurement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cogov.planning.PurchaseRequestId;
import org.cogov.registry.OrganizationId;
import org.cogov.shared.Money;
import org.cogov.shared.document.DocumentId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Procedures with their lots, custodians and documents. Every change of a draft is a compare-and-set on
 * its state and version, so that two tabs, two nodes or a retried request never change it twice.
 */
@Repository
class Procedures {

    private static final String SELECT = """
            SELECT id, reference, purchaser_id, agency_id, request_id, catalogue_code, title, description, method,
                   justification, justification_text, single_source_supplier_id, state, notice_on, documents_until, deadline,
                   opening_from, opening_until, prequalification_on, prequalification_until, publicity_from, publicity_until,
                   custodians_needed, intention_acknowledged_at, approval, approval_request_reason, approval_decision_reason,
                   approved_method, approved_amount, published_at, version
            FROM procurement_procedure""";

    private final JdbcClient jdbc;

    Procedures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next reference of the year, e.g. {@code LJCG-2026-0007}; the unique column settles a race. */
    String nextReference(String prefix, int year) {
        String start = prefix + "-" + year + "-";
        int count = jdbc.sql("SELECT COUNT(*) FROM procurement_procedure WHERE reference LIKE :start")
                .param("start", start + "%").query(Integer.class).single();
        return start + String.format("%04d", count + 1);
    }

    void add(Procedure p, UUID createdBy, Instant at) {
        jdbc.sql("""
                INSERT INTO procurement_procedure (id, reference, purchaser_id, agency_id, request_id, catalogue_code, title,
                        description, method, justification, justification_text, single_source_supplier_id, custodians_needed,
                        created_by, created_at)
                VALUES (:id, :reference, :purchaser, :agency, :request, :code, :title, :description, :method, :justification,
                        :justificationText, :supplier, :custodians, :by, :at)
                """).param("id", p.id().value()).param("reference", p.reference()).param("purchaser", p.purchaser().value())
                .param("agency", p.agency() == null ? null : p.agency().value()).param("request", p.request().value())
                .param("code", p.catalogueCode()).param("title", p.title()).param("description", p.description())
                .param("method", p.method().name())
                .param("justification", p.justification() == null ? null : p.justification().name())
                .param("justificationText", p.justificationText())
                .param("supplier", p.singleSourceSupplier() == null ? null : p.singleSourceSupplier().value())
                .param("custodians", p.custodiansNeeded()).param("by", createdBy)
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    Optional<Procedure> find(ProcedureId id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id.value()).query(Procedures::procedure).optional();
    }

    /** Those of a purchaser or run by an agency (either may be null, not both), or every one when both are null. */
    List<Procedure> all(@Nullable OrganizationId organization) {
        return jdbc.sql(SELECT + """
                 WHERE CAST(:org AS UUID) IS NULL OR purchaser_id = :org OR agency_id = :org
                ORDER BY created_at DESC, id""").param("org", organization == null ? null : organization.value())
                .query(Procedures::procedure).list();
    }

    List<Procedure> awaitingApproval() {
        return jdbc.sql(SELECT + " WHERE approval = 'REQUESTED' AND state = 'DRAFT' ORDER BY created_at")
                .query(Procedures::procedure).list();
    }

    /** Claims a draft for one change: bumps its version if it is still a draft at that version. */
    boolean claim(ProcedureId id, int version) {
        return jdbc.sql("""
                UPDATE procurement_procedure SET version = version + 1 WHERE id = :id AND version = :version AND state = 'DRAFT'
                """).param("id", id.value()).param("version", version).update() == 1;
    }

    void describe(ProcedureId id, String title, @Nullable String description, Method method,
            Method.@Nullable Justification justification, @Nullable String justificationText,
            @Nullable OrganizationId supplier) {
        jdbc.sql("""
                UPDATE procurement_procedure SET title = :title, description = :description, method = :method,
                       justification = :justification, justification_text = :text, single_source_supplier_id = :supplier
                WHERE id = :id""").param("title", title).param("description", description).param("method", method.name())
                .param("justification", justification == null ? null : justification.name()).param("text", justificationText)
                .param("supplier", supplier == null ? null : supplier.value()).param("id", id.value()).update();
    }

    void schedule(ProcedureId id, Timetable t) {
        jdbc.sql("""
                UPDATE procurement_procedure SET notice_on = :noticeOn, documents_until = :documentsUntil, deadline = :deadline,
                       opening_from = :openingFrom, opening_until = :openingUntil, prequalification_on = :preOn,
                       prequalification_until = :preUntil, publicity_from = :pubFrom, publicity_until = :pubUntil
                WHERE id = :id""").param("noticeOn", t.noticeOn()).param("documentsUntil", t.documentsUntil())
                .param("deadline", utc(t.deadline())).param("openingFrom", utc(t.openingFrom()))
                .param("openingUntil", utc(t.openingUntil())).param("preOn", t.prequalificationOn())
                .param("preUntil", t.prequalificationUntil()).param("pubFrom", t.publicityFrom())
                .param("pubUntil", t.publicityUntil()).param("id", id.value()).update();
    }

    void acknowledgeIntention(ProcedureId id, UUID by, Instant at) {
        jdbc.sql("UPDATE procurement_procedure SET intention_acknowledged_by = :by, intention_acknowledged_at = :at WHERE id = :id")
                .param("by", by).param("at", at.atOffset(ZoneOffset.UTC)).param("id", id.value()).update();
    }

    void askApproval(ProcedureId id, String reason) {
        jdbc.sql("""
                UPDATE procurement_procedure SET approval = 'REQUESTED', approval_request_reason = :reason,
                       approval_decision_reason = NULL, approved_method = NULL, approved_amount = NULL
                WHERE id = :id""").param("reason", reason).param("id", id.value()).update();
    }

    /** @return false when the approval was not requested any more */
    boolean decideApproval(ProcedureId id, int version, boolean approved, @Nullable String reason, @Nullable Method method,
            @Nullable Money amount, UUID by, Instant at) {
        return jdbc.sql("""
                UPDATE procurement_procedure SET approval = :status, approval_decision_reason = :reason, approved_method = :method,
                       approved_amount = :amount, approval_decided_by = :by, approval_decided_at = :at, version = version + 1
                WHERE id = :id AND version = :version AND approval = 'REQUESTED' AND state = 'DRAFT'""")
                .param("status", approved ? "APPROVED" : "REFUSED").param("reason", reason)
                .param("method", method == null ? null : method.name()).param("amount", amount == null ? null : amount.amount())
                .param("by", by).param("at", at.atOffset(ZoneOffset.UTC)).param("id", id.value()).param("version", version)
                .update() == 1;
    }

    /** DRAFT → TENDERING, once: a second request, or a second node, finds the draft gone. */
    boolean publish(ProcedureId id, int version, Instant at) {
        return jdbc.sql("""
                UPDATE procurement_procedure SET state = 'TENDERING', published_at = :at, version = version + 1
                WHERE id = :id AND version = :version AND state = 'DRAFT'""").param("at", at.atOffset(ZoneOffset.UTC))
                .param("id", id.value()).param("version", version).update() == 1;
    }

    /**
     * A clarification or amendment of a tendering procedure, once: claims it at its version while it
     * still tenders and its deadline has not come, and sets the deadline and opening window it leaves.
     */
    boolean clarify(ProcedureId id, int version, Instant now, Timetable after) {
        return moveDeadline(id, version, after, "state = 'TENDERING' AND deadline > :now")
                .param("now", now.atOffset(ZoneOffset.UTC)).update() == 1;
    }

    /**
     * The extension of a deadline that fell inside a platform incident, once: claims the procedure at its
     * version while it is still in the state, and has the deadline, the extension was computed from — still
     * tendering, or closed by the scheduler and not yet opened — and sets the deadline and opening window it
     * leaves. A closed procedure tenders again.
     */
    boolean extend(ProcedureId id, int version, Procedure.State from, Instant deadlineBefore, Timetable after) {
        if (from != Procedure.State.TENDERING && from != Procedure.State.CLOSED) {
            throw new IllegalArgumentException("only a tendering or closed procedure is extended, not a " + from + " one");
        }
        return moveDeadline(id, version, after, "state = :from AND deadline = :before").param("from", from.name())
                .param("before", deadlineBefore.atOffset(ZoneOffset.UTC)).update() == 1;
    }

    /** The bids are opened: from closed, or from tendering once the deadline passed and the close has not run yet. */
    boolean open(ProcedureId id) {
        return jdbc.sql("""
                UPDATE procurement_procedure SET state = 'OPENED', version = version + 1
                WHERE id = :id AND state IN ('TENDERING', 'CLOSED')""").param("id", id.value()).update() == 1;
    }

    /** The evaluation of an opened procedure begins, once. */
    boolean startEvaluation(ProcedureId id) {
        return jdbc.sql("""
                UPDATE procurement_procedure SET state = 'EVALUATING', version = version + 1
                WHERE id = :id AND state = 'OPENED'""").param("id", id.value()).update() == 1;
    }

    /** A small purchase whose every lot has its chosen supplier waits for the award, once. */
    boolean awaitAwardOfSmallPurchase(ProcedureId id) {
        return jdbc.sql("""
                UPDATE procurement_procedure SET state = 'AWARD_PENDING', version = version + 1
                WHERE id = :id AND state = 'CLOSED' AND method = 'SMALL_PURCHASE'""").param("id", id.value()).update() == 1;
    }

    /** From one of the states to another, once: false when the procedure was in none of them. */
    boolean transition(ProcedureId id, List<Procedure.State> from, Procedure.State to) {
        return jdbc.sql("""
                UPDATE procurement_procedure SET state = :to, version = version + 1
                WHERE id = :id AND state IN (:from)""").param("to", to.name()).param("id", id.value())
                .param("from", from.stream().map(Procedure.State::name).toList()).update() == 1;
    }

    /** Every lot is evaluated or failed: the procedure waits for the purchaser's award, once. */
    boolean awaitAward(ProcedureId id) {
        return jdbc.sql("""
                UPDATE procurement_procedure SET state = 'AWARD_PENDING', version = version + 1
                WHERE id = :id AND state = 'EVALUATING'""").param("id", id.value()).update() == 1;
    }

    /** The opening window moves later, while the bids wait for it (closed, or tendering past its deadline). */
    boolean postponeOpening(ProcedureId id, Instant from, Instant until) {
        return jdbc.sql("""
                UPDATE procurement_procedure SET opening_from = :from, opening_until = :until, version = version + 1
                WHERE id = :id AND state IN ('TENDERING', 'CLOSED')""").param("id", id.value())
                .param("from", from.atOffset(ZoneOffset.UTC)).param("until", until.atOffset(ZoneOffset.UTC)).update() == 1;
    }

    /**
     * The one way a published procedure's deadline moves, with its opening window: at the version the caller
     * read, under the caller's condition, leaving the procedure tendering.
     */
    private JdbcClient.StatementSpec moveDeadline(ProcedureId id, int version, Timetable after, String condition) {
        return jdbc.sql("""
                UPDATE procurement_procedure SET deadline = :deadline, opening_from = :openingFrom, opening_until = :openingUntil,
                       state = 'TENDERING', version = version + 1
                WHERE id = :id AND version = :version AND\s""" + condition)
                .param("deadline", utc(after.deadline())).param("openingFrom", utc(after.openingFrom()))
                .param("openingUntil", utc(after.openingUntil())).param("id", id.value()).param("version", version);
    }

    /**
     * The procedures whose deadline falls inside {@code [from, until)} and that still take bids, or were
     * closed at it and not yet opened: those a platform incident over that window extends. Earliest deadline first.
     */
    List<Procedure> deadlineWithin(Instant from, Instant until) {
        return jdbc.sql(SELECT + """
                 WHERE state IN ('TENDERING', 'CLOSED') AND deadline >= :from AND deadline < :until
                ORDER BY deadline, id""").param("from", from.atOffset(ZoneOffset.UTC)).param("until", until.atOffset(ZoneOffset.UTC))
                .query(Procedures::procedure).list();
    }

    /**
     * TENDERING → CLOSED, once: only while it tenders and its deadline has come by {@code now}, so that a
     * second node, a second run or a run before a deadline moved later changes nothing.
     */
    boolean close(ProcedureId id, Instant now) {
        return jdbc.sql("""
                UPDATE procurement_procedure SET state = 'CLOSED', version = version + 1
                WHERE id = :id AND state = 'TENDERING' AND deadline <= :now""").param("id", id.value())
                .param("now", now.atOffset(ZoneOffset.UTC)).update() == 1;
    }

    /** The tendering procedures whose deadline has come by {@code now}, earliest deadline first. */
    List<ProcedureId> pastTheirDeadline(Instant now) {
        return jdbc.sql("SELECT id FROM procurement_procedure WHERE state = 'TENDERING' AND deadline <= :now ORDER BY deadline, id")
                .param("now", now.atOffset(ZoneOffset.UTC)).query((rs, n) -> new ProcedureId(rs.getObject("id", UUID.class)))
                .list();
    }

    /** Every published procedure, newest first: what the public portal lists. */
    List<Procedure> published() {
        return jdbc.sql(SELECT + " WHERE published_at IS NOT NULL ORDER BY published_at DESC, id").query(Procedures::procedure)
                .list();
    }

    boolean abandon(ProcedureId id, int version) {
        return jdbc.sql("""
                UPDATE procurement_procedure SET state = 'CANCELLED', version = version + 1
                WHERE id = :id AND version = :version AND state = 'DRAFT'""").param("id", id.value()).param("version", version)
                .update() == 1;
    }

    void replaceLots(ProcedureId id, List<Lot> lots) {
        jdbc.sql("DELETE FROM lot_tie_break WHERE procedure_id = :id").param("id", id.value()).update();
        jdbc.sql("DELETE FROM lot_factor WHERE procedure_id = :id").param("id", id.value()).update();
        jdbc.sql("DELETE FROM procedure_lot WHERE procedure_id = :id").param("id", id.value()).update();
        for (Lot lot : lots) {
            boolean scoring = lot.criteria() instanceof AwardCriteria.ComprehensiveScoring;
            AwardCriteria.ComprehensiveScoring s = scoring ? (AwardCriteria.ComprehensiveScoring) lot.criteria() : null;
            jdbc.sql("""
                    INSERT INTO procedure_lot (procedure_id, lot_number, title, description, budget, award_method, price_weight,
                                               price_fixed, bid_bond)
                    VALUES (:id, :number, :title, :description, :budget, :award, :weight, :fixed, :bond)""")
                    .param("id", id.value()).param("number", lot.number()).param("title", lot.title())
                    .param("description", lot.description()).param("budget", lot.budget().amount())
                    .param("award", scoring ? "COMPREHENSIVE_SCORING" : "LOWEST_PRICE")
                    .param("weight", s == null ? null : s.priceWeight()).param("fixed", s != null && s.priceFixed())
                    .param("bond", lot.bidBond() == null ? null : lot.bidBond().amount()).update();
            if (s != null) {
                for (int i = 0; i < s.factors().size(); i++) {
                    AwardCriteria.Factor f = s.factors().get(i);
                    jdbc.sql("""
                            INSERT INTO lot_factor (procedure_id, lot_number, position, name, weight, guidance, kind)
                            VALUES (:id, :number, :position, :name, :weight, :guidance, :kind)""")
                            .param("id", id.value()).param("number", lot.number()).param("position", i + 1)
                            .param("name", f.name()).param("weight", f.weight()).param("guidance", f.guidance())
                            .param("kind", f.kind().name()).update();
                }
            }
            List<AwardCriteria.TieBreak> tieBreaks = lot.criteria().tieBreaks();
            for (int i = 0; i < tieBreaks.size(); i++) {
                jdbc.sql("""
                        INSERT INTO lot_tie_break (procedure_id, lot_number, position, rule, factor_number)
                        VALUES (:id, :number, :position, :rule, :factor)""")
                        .param("id", id.value()).param("number", lot.number()).param("position", i + 1)
                        .param("rule", tieBreaks.get(i).rule().name()).param("factor", tieBreaks.get(i).factor()).update();
            }
        }
    }

    List<Lot> lots(ProcedureId id) {
        Map<Integer, List<AwardCriteria.Factor>> factors = jdbc.sql("""
                SELECT lot_number, name, weight, guidance, kind FROM lot_factor WHERE procedure_id = :id
                ORDER BY lot_number, position""").param("id", id.value())
                .query((rs, n) -> Map.entry(rs.getInt("lot_number"), new AwardCriteria.Factor(rs.getString("name"),
                        rs.getBigDecimal("weight"), rs.getString("guidance"),
                        AwardCriteria.Factor.Kind.valueOf(rs.getString("kind")))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Integer, List<AwardCriteria.TieBreak>> tieBreaks = jdbc.sql("""
                SELECT lot_number, rule, factor_number FROM lot_tie_break WHERE procedure_id = :id
                ORDER BY lot_number, position""").param("id", id.value())
                .query((rs, n) -> Map.entry(rs.getInt("lot_number"), new AwardCriteria.TieBreak(
                        AwardCriteria.TieBreak.Rule.valueOf(rs.getString("rule")), rs.getObject("factor_number", Integer.class))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                SELECT lot_number, title, description, budget, award_method, price_weight, price_fixed, bid_bond
                FROM procedure_lot WHERE procedure_id = :id ORDER BY lot_number""").param("id", id.value())
                .query((rs, n) -> {
                    int number = rs.getInt("lot_number");
                    List<AwardCriteria.TieBreak> stated = tieBreaks.getOrDefault(number, List.of());
                    AwardCriteria criteria = "LOWEST_PRICE".equals(rs.getString("award_method")) ? new AwardCriteria.LowestPrice(stated)
                            : new AwardCriteria.ComprehensiveScoring(rs.getBigDecimal("price_weight"), rs.getBoolean("price_fixed"),
                                    factors.getOrDefault(number, List.of()), stated);
                    java.math.BigDecimal bond = rs.getBigDecimal("bid_bond");
                    return new Lot(number, rs.getString("title"), rs.getString("description"),
                            new Money(rs.getBigDecimal("budget")), criteria, bond == null ? null : new Money(bond));
                }).list();
    }

    void replaceCustodians(ProcedureId id, int needed, List<Custodian> custodians) {
        jdbc.sql("UPDATE procurement_procedure SET custodians_needed = :k WHERE id = :id").param("k", needed)
                .param("id", id.value()).update();
        jdbc.sql("DELETE FROM procedure_custodian WHERE procedure_id = :id").param("id", id.value()).update();
        for (Custodian c : custodians) {
            jdbc.sql("INSERT INTO procedure_custodian (procedure_id, user_id, organization_id) VALUES (:id, :user, :org)")
                    .param("id", id.value()).param("user", c.userId()).param("org", c.organization().value()).update();
        }
    }

    /** The named custodians' user ids and organizations; names come from identity. */
    List<Map.Entry<UUID, OrganizationId>> custodians(ProcedureId id) {
        return jdbc.sql("SELECT user_id, organization_id FROM procedure_custodian WHERE procedure_id = :id ORDER BY user_id")
                .param("id", id.value()).query((rs, n) -> Map.entry(rs.getObject("user_id", UUID.class),
                        new OrganizationId(rs.getObject("organization_id", UUID.class)))).list();
    }

    int addDocument(ProcedureId id, TenderDocument.Kind kind, DocumentId document, UUID by, Instant at) {
        int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM procedure_document WHERE procedure_id = :id AND kind = :kind")
                .param("id", id.value()).param("kind", kind.name()).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO procedure_document (procedure_id, kind, version, document_id, uploaded_by, uploaded_at)
                VALUES (:id, :kind, :version, :document, :by, :at)""").param("id", id.value()).param("kind", kind.name())
                .param("version", version).param("document", document.value()).param("by", by)
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
        return version;
    }

    List<TenderDocument> documents(ProcedureId id) {
        return jdbc.sql("""
                SELECT p.kind, p.version, p.document_id, d.filename, d.sha256, p.uploaded_at
                FROM procedure_document p JOIN document d ON d.id = p.document_id
                WHERE p.procedure_id = :id ORDER BY p.kind, p.version DESC""").param("id", id.value())
                .query((rs, n) -> new TenderDocument(TenderDocument.Kind.valueOf(rs.getString("kind")), rs.getInt("version"),
                        new DocumentId(rs.getObject("document_id", UUID.class)), rs.getString("filename"), rs.getString("sha256"),
                        rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The procedures a document belongs to, for the document store's access check. */
    List<ProcedureId> holding(DocumentId document) {
        return jdbc.sql("SELECT DISTINCT procedure_id FROM procedure_document WHERE document_id = :d")
                .param("d", document.value()).query((rs, n) -> new ProcedureId(rs.getObject("procedure_id", UUID.class))).list();
    }

    void recordDraw(ProcedureId id, String seed, List<OrganizationId> candidates, List<OrganizationId> invited, UUID by,
            Instant at) {
        jdbc.sql("INSERT INTO invitation_draw (procedure_id, seed, drawn_by, drawn_at) VALUES (:id, :seed, :by, :at)")
                .param("id", id.value()).param("seed", seed).param("by", by).param("at", at.atOffset(ZoneOffset.UTC)).update();
        for (int i = 0; i < candidates.size(); i++) {
            jdbc.sql("""
                    INSERT INTO invitation_candidate (procedure_id, supplier_id, position, invited)
                    VALUES (:id, :supplier, :position, :invited)""").param("id", id.value())
                    .param("supplier", candidates.get(i).value()).param("position", i + 1)
                    .param("invited", invited.contains(candidates.get(i))).update();
        }
    }

    Optional<InvitationDraw> draw(ProcedureId id) {
        Optional<String> seed = jdbc.sql("SELECT seed FROM invitation_draw WHERE procedure_id = :id").param("id", id.value())
                .query(String.class).optional();
        return seed.map(s -> {
            List<OrganizationId> candidates = new ArrayList<>();
            List<OrganizationId> invited = new ArrayList<>();
            jdbc.sql("SELECT supplier_id, invited FROM invitation_candidate WHERE procedure_id = :id ORDER BY position")
                    .param("id", id.value()).query((rs, n) -> {
                        OrganizationId supplier = new OrganizationId(rs.getObject("supplier_id", UUID.class));
                        candidates.add(supplier);
                        if (rs.getBoolean("invited")) {
                            invited.add(supplier);
                        }
                        return supplier;
                    }).list();
            return new InvitationDraw(s, candidates, invited);
        });
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static Procedure procedure(ResultSet rs, int n) throws SQLException {
        UUID agency = rs.getObject("agency_id", UUID.class);
        UUID supplier = rs.getObject("single_source_supplier_id", UUID.class);
        String justification = rs.getString("justification");
        String approvedMethod = rs.getString("approved_method");
        BigDecimal approvedAmount = rs.getBigDecimal("approved_amount");
        return new Procedure(new ProcedureId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                new OrganizationId(rs.getObject("purchaser_id", UUID.class)), agency == null ? null : new OrganizationId(agency),
                new PurchaseRequestId(rs.getObject("request_id", UUID.class)), rs.getString("catalogue_code"),
                rs.getString("title"), rs.getString("description"), Method.valueOf(rs.getString("method")),
                justification == null ? null : Method.Justification.valueOf(justification), rs.getString("justification_text"),
                supplier == null ? null : new OrganizationId(supplier), Procedure.State.valueOf(rs.getString("state")),
                new Timetable(rs.getObject("notice_on", LocalDate.class), rs.getObject("documents_until", LocalDate.class),
                        instant(rs, "deadline"), instant(rs, "opening_from"), instant(rs, "opening_until"),
                        rs.getObject("prequalification_on", LocalDate.class), rs.getObject("prequalification_until", LocalDate.class),
                        rs.getObject("publicity_from", LocalDate.class), rs.getObject("publicity_until", LocalDate.class)),
                rs.getInt("custodians_needed"), instant(rs, "intention_acknowledged_at"),
                new Procedure.Approval(Procedure.Approval.Status.valueOf(rs.getString("approval")),
                        rs.getString("approval_request_reason"), rs.getString("approval_decision_reason"),
                        approvedMethod == null ? null : Method.valueOf(approvedMethod),
                        approvedAmount == null ? null : new Money(approvedAmount)),
                instant(rs, "published_at"), rs.getInt("version"));
    }
}
