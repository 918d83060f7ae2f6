package org.cogov.procurement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cogov.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Enquiries and the record of who obtained a procedure's documents. An enquiry's asker is never read
 * back with it: a provider finds its own questions by its organization.
 */
@Repository
class EnquiryRecords {

    private static final String SELECT = """
            SELECT id, procedure_id, question, asked_at, published_question, answer, answered_at, notice_id
            FROM procurement_enquiry""";

    private final JdbcClient jdbc;

    EnquiryRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void ask(EnquiryId id, ProcedureId procedure, Actor asker, String question, Instant at) {
        jdbc.sql("""
                INSERT INTO procurement_enquiry (id, procedure_id, asked_by, asker_organization_id, question, asked_at)
                VALUES (:id, :procedure, :user, :organization, :question, :at)""").param("id", id.value())
                .param("procedure", procedure.value()).param("user", asker.userId()).param("organization", asker.organizationId())
                .param("question", question).param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    /** Answers an open enquiry: false when it was answered meanwhile. */
    boolean answer(EnquiryId id, String publishedQuestion, String answer, Actor by, Instant at, NoticeId notice) {
        return jdbc.sql("""
                UPDATE procurement_enquiry SET published_question = :question, answer = :answer, answered_by = :by,
                       answered_at = :at, notice_id = :notice
                WHERE id = :id AND answer IS NULL""").param("question", publishedQuestion).param("answer", answer)
                .param("by", by.userId()).param("at", at.atOffset(ZoneOffset.UTC)).param("notice", notice.value())
                .param("id", id.value()).update() == 1;
    }

    Optional<Enquiry> find(EnquiryId id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id.value()).query(EnquiryRecords::enquiry).optional();
    }

    List<Enquiry> of(ProcedureId procedure) {
        return jdbc.sql(SELECT + " WHERE procedure_id = :p ORDER BY asked_at, id").param("p", procedure.value())
                .query(EnquiryRecords::enquiry).list();
    }

    List<Enquiry> answered(ProcedureId procedure) {
        return jdbc.sql(SELECT + " WHERE procedure_id = :p AND answer IS NOT NULL ORDER BY answered_at, id")
                .param("p", procedure.value()).query(EnquiryRecords::enquiry).list();
    }

    /** The questions the actor's organization asked on the procedure. */
    List<Enquiry> askedBy(Actor actor, ProcedureId procedure) {
        return jdbc.sql(SELECT + " WHERE procedure_id = :p AND asker_organization_id = :o ORDER BY asked_at, id")
                .param("p", procedure.value()).param("o", actor.organizationId()).query(EnquiryRecords::enquiry).list();
    }

    void logDownload(ProcedureId procedure, UUID document, Actor actor, Instant at) {
        jdbc.sql("""
                INSERT INTO procurement_download (id, procedure_id, document_id, organization_id, user_id, downloaded_at)
                VALUES (:id, :procedure, :document, :organization, :user, :at)""").param("id", UUID.randomUUID())
                .param("procedure", procedure.value()).param("document", document).param("organization", actor.organizationId())
                .param("user", actor.userId()).param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    record DownloadRecord(UUID organizationId, UUID userId, UUID documentId, Instant at) {
    }

    List<DownloadRecord> downloads(ProcedureId procedure) {
        return jdbc.sql("""
                SELECT organization_id, user_id, document_id, downloaded_at FROM procurement_download
                WHERE procedure_id = :p ORDER BY downloaded_at, id""").param("p", procedure.value())
                .query((rs, n) -> new DownloadRecord(rs.getObject("organization_id", UUID.class), rs.getObject("user_id", UUID.class),
                        rs.getObject("document_id", UUID.class), rs.getObject("downloaded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static Enquiry enquiry(ResultSet rs, int n) throws SQLException {
        OffsetDateTime answeredAt = rs.getObject("answered_at", OffsetDateTime.class);
        UUID notice = rs.getObject("notice_id", UUID.class);
        return new Enquiry(new EnquiryId(rs.getObject("id", UUID.class)), new ProcedureId(rs.getObject("procedure_id", UUID.class)),
                rs.getString("question"), rs.getObject("asked_at", OffsetDateTime.class).toInstant(),
                rs.getString("published_question"), rs.getString("answer"), answeredAt == null ? null : answeredAt.toInstant(),
                notice == null ? null : new NoticeId(notice));
    }
}
