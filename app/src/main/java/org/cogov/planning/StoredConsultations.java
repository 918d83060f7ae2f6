package org.cogov.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cogov.registry.OrganizationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Needs consultations and their comments: a comment belongs to its consultation and is read with it. */
@Repository
class StoredConsultations {

    private static final String SELECT = """
            SELECT id, department_id, purchase_request_id, catalogue_code, title, description, closes_on, published_at
            FROM needs_consultation""";

    private static final String SELECT_COMMENT = """
            SELECT id, consultation_id, organization_id, body, commented_at, answer, answered_at, version
            FROM consultation_comment""";

    private final JdbcClient jdbc;

    StoredConsultations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(NeedsConsultation consultation, UUID publishedBy) {
        jdbc.sql("""
                INSERT INTO needs_consultation (id, department_id, purchase_request_id, catalogue_code, title, description,
                        closes_on, published_by, published_at)
                VALUES (:id, :department, :request, :code, :title, :description, :closesOn, :by, :at)
                """)
                .param("id", consultation.id().value()).param("department", consultation.department().value())
                .param("request", consultation.request() == null ? null : consultation.request().value())
                .param("code", consultation.catalogueCode()).param("title", consultation.title())
                .param("description", consultation.description()).param("closesOn", consultation.closesOn())
                .param("by", publishedBy).param("at", consultation.publishedAt().atOffset(ZoneOffset.UTC)).update();
    }

    Optional<NeedsConsultation> find(ConsultationId id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id.value()).query(StoredConsultations::consultation)
                .optional();
    }

    /**
     * The consultations of one department or all, published within [from, to) when given; newest first.
     * Every consultation is published when it is recorded.
     */
    List<NeedsConsultation> all(@Nullable OrganizationId department, @Nullable Instant from, @Nullable Instant to) {
        return jdbc.sql(SELECT + """
                 WHERE (CAST(:department AS UUID) IS NULL OR department_id = :department)
                   AND (CAST(:from AS TIMESTAMP WITH TIME ZONE) IS NULL OR published_at >= :from)
                   AND (CAST(:to AS TIMESTAMP WITH TIME ZONE) IS NULL OR published_at < :to)
                ORDER BY published_at DESC, id
                """).param("department", department == null ? null : department.value())
                .param("from", from == null ? null : from.atOffset(ZoneOffset.UTC))
                .param("to", to == null ? null : to.atOffset(ZoneOffset.UTC))
                .query(StoredConsultations::consultation).list();
    }

    /** The consultations whose closing day is today or later: the ones that may still be open. */
    List<NeedsConsultation> closingOnOrAfter(LocalDate day) {
        return jdbc.sql(SELECT + " WHERE closes_on >= :day ORDER BY closes_on, published_at, id").param("day", day)
                .query(StoredConsultations::consultation).list();
    }

    void addComment(ConsultationComment comment, UUID author) {
        jdbc.sql("""
                INSERT INTO consultation_comment (id, consultation_id, organization_id, author_id, body, commented_at)
                VALUES (:id, :consultation, :organization, :author, :body, :at)
                """)
                .param("id", comment.id().value()).param("consultation", comment.consultation().value())
                .param("organization", comment.organization().value()).param("author", author)
                .param("body", comment.body()).param("at", comment.commentedAt().atOffset(ZoneOffset.UTC)).update();
    }

    /** The comments on a consultation in the order they came. */
    List<ConsultationComment> comments(ConsultationId consultation) {
        return jdbc.sql(SELECT_COMMENT + " WHERE consultation_id = :consultation ORDER BY commented_at, id")
                .param("consultation", consultation.value()).query(StoredConsultations::comment).list();
    }

    /** How many comments each of the consultations has (none is absent from the map), for lists. */
    Map<ConsultationId, Integer> commentCounts(List<NeedsConsultation> consultations) {
        if (consultations.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT consultation_id, COUNT(*) AS comments FROM consultation_comment
                WHERE consultation_id IN (:ids) GROUP BY consultation_id
                """).param("ids", consultations.stream().map(c -> c.id().value()).toList())
                .query((rs, n) -> Map.entry(new ConsultationId(rs.getObject("consultation_id", UUID.class)),
                        rs.getInt("comments")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** @return false when the comment was answered already, changed meanwhile, or is not on that consultation */
    boolean answer(ConsultationId consultation, CommentId id, int version, String answer, UUID by, Instant at) {
        return jdbc.sql("""
                UPDATE consultation_comment SET answer = :answer, answered_by = :by, answered_at = :at, version = version + 1
                WHERE id = :id AND consultation_id = :consultation AND version = :version AND answer IS NULL
                """).param("answer", answer).param("by", by).param("at", at.atOffset(ZoneOffset.UTC))
                .param("id", id.value()).param("consultation", consultation.value()).param("version", version)
                .update() == 1;
    }

    private static NeedsConsultation consultation(ResultSet rs, int row) throws SQLException {
        UUID request = rs.getObject("purchase_request_id", UUID.class);
        return new NeedsConsultation(new ConsultationId(rs.getObject("id", UUID.class)),
                new OrganizationId(rs.getObject("department_id", UUID.class)),
                request == null ? null : new PurchaseRequestId(request), rs.getString("catalogue_code"),
                rs.getString("title"), rs.getString("description"), rs.getObject("closes_on", LocalDate.class),
                rs.getObject("published_at", OffsetDateTime.class).toInstant());
    }

    private static ConsultationComment comment(ResultSet rs, int row) throws SQLException {
        OffsetDateTime answered = rs.getObject("answered_at", OffsetDateTime.class);
        return new ConsultationComment(new CommentId(rs.getObject("id", UUID.class)),
                new ConsultationId(rs.getObject("consultation_id", UUID.class)),
                new OrganizationId(rs.getObject("organization_id", UUID.class)), rs.getString("body"),
                rs.getObject("commented_at", OffsetDateTime.class).toInstant(), rs.getString("answer"),
                answered == null ? null : answered.toInstant(), rs.getInt("version"));
    }
}
