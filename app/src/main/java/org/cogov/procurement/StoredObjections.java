package org.cogov.procurement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cogov.registry.OrganizationId;
import org.cogov.shared.document.DocumentId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Objections to single-source publicities; a decision is a compare-and-set on a pending objection's version. */
@Repository
class StoredObjections {

    private static final String SELECT = """
            SELECT id, procedure_id, organization_id, lodged_by, lodged_at, reasons, document_id, status, decision_reason,
                   decided_at, notice_id, version
            FROM procurement_objection""";

    private final JdbcClient jdbc;

    StoredObjections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Objection o) {
        jdbc.sql("""
                INSERT INTO procurement_objection (id, procedure_id, organization_id, lodged_by, lodged_at, reasons, document_id)
                VALUES (:id, :procedure, :organization, :by, :at, :reasons, :document)""").param("id", o.id().value())
                .param("procedure", o.procedure().value()).param("organization", o.organization().value())
                .param("by", o.lodgedBy()).param("at", o.lodgedAt().atOffset(ZoneOffset.UTC)).param("reasons", o.reasons())
                .param("document", o.document() == null ? null : o.document().value()).update();
    }

    Optional<Objection> find(ObjectionId id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id.value()).query(StoredObjections::objection).optional();
    }

    List<Objection> of(ProcedureId procedure) {
        return jdbc.sql(SELECT + " WHERE procedure_id = :p ORDER BY lodged_at, id").param("p", procedure.value())
                .query(StoredObjections::objection).list();
    }

    /** Every objection still waiting for the finance bureau, oldest first. */
    List<Objection> pending() {
        return jdbc.sql(SELECT + " WHERE status = 'PENDING' ORDER BY lodged_at, id").query(StoredObjections::objection).list();
    }

    /** @return false when the objection was decided meanwhile, or changed */
    boolean decide(ObjectionId id, int version, Objection.Status outcome, String reason, UUID by, Instant at, NoticeId notice) {
        return jdbc.sql("""
                UPDATE procurement_objection SET status = :status, decision_reason = :reason, decided_by = :by, decided_at = :at,
                       notice_id = :notice, version = version + 1
                WHERE id = :id AND version = :version AND status = 'PENDING'""").param("status", outcome.name())
                .param("reason", reason).param("by", by).param("at", at.atOffset(ZoneOffset.UTC))
                .param("notice", notice.value()).param("id", id.value()).param("version", version).update() == 1;
    }

    /** The procedure ended: its objections still pending will never be decided. */
    int moot(ProcedureId procedure) {
        return jdbc.sql("""
                UPDATE procurement_objection SET status = 'MOOT', version = version + 1
                WHERE procedure_id = :p AND status = 'PENDING'""").param("p", procedure.value()).update();
    }

    /** Is the document attached to an objection? For the document store's access check. */
    boolean attached(DocumentId document) {
        return jdbc.sql("SELECT COUNT(*) FROM procurement_objection WHERE document_id = :d").param("d", document.value())
                .query(Integer.class).single() > 0;
    }

    private static Objection objection(ResultSet rs, int n) throws SQLException {
        UUID document = rs.getObject("document_id", UUID.class);
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        UUID notice = rs.getObject("notice_id", UUID.class);
        return new Objection(new ObjectionId(rs.getObject("id", UUID.class)),
                new ProcedureId(rs.getObject("procedure_id", UUID.class)),
                new OrganizationId(rs.getObject("organization_id", UUID.class)), rs.getObject("lodged_by", UUID.class),
                rs.getObject("lodged_at", OffsetDateTime.class).toInstant(), rs.getString("reasons"),
                document == null ? null : new DocumentId(document), Objection.Status.valueOf(rs.getString("status")),
                rs.getString("decision_reason"), decided == null ? null : decided.toInstant(),
                notice == null ? null : new NoticeId(notice), rs.getInt("version"));
    }
}
