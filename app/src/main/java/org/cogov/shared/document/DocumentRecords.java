package org.cogov.shared.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The documents (uses of blobs) and their download log. */
@Repository
class DocumentRecords {

    private final JdbcClient jdbc;

    DocumentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Document document) {
        jdbc.sql("""
                INSERT INTO document (id, sha256, filename, media_type, size_bytes, organization_id, uploaded_by,
                                      uploaded_at, purpose)
                VALUES (:id, :sha256, :filename, :mediaType, :size, :organization, :uploadedBy, :uploadedAt, :purpose)
                """)
                .param("id", document.id().value()).param("sha256", document.sha256())
                .param("filename", document.filename()).param("mediaType", document.mediaType())
                .param("size", document.size()).param("organization", document.organizationId())
                .param("uploadedBy", document.uploadedBy())
                .param("uploadedAt", document.uploadedAt().atOffset(ZoneOffset.UTC))
                .param("purpose", document.purpose())
                .update();
    }

    Optional<Document> find(DocumentId id) {
        return jdbc.sql("""
                SELECT id, sha256, filename, media_type, size_bytes, organization_id, uploaded_by, uploaded_at, purpose
                FROM document WHERE id = :id
                """)
                .param("id", id.value())
                .query(DocumentRecords::document)
                .optional();
    }

    void logDownload(DocumentId id, UUID userId, UUID organizationId, Instant at) {
        jdbc.sql("""
                INSERT INTO document_download (document_id, user_id, organization_id, downloaded_at)
                VALUES (:document, :user, :organization, :at)
                """)
                .param("document", id.value()).param("user", userId).param("organization", organizationId)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Newest first. */
    List<Download> downloads(DocumentId id) {
        return jdbc.sql("""
                SELECT user_id, organization_id, downloaded_at FROM document_download
                WHERE document_id = :document ORDER BY seq DESC
                """)
                .param("document", id.value())
                .query((rs, row) -> new Download(rs.getObject("user_id", UUID.class),
                        rs.getObject("organization_id", UUID.class),
                        rs.getObject("downloaded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static Document document(ResultSet rs, int row) throws SQLException {
        return new Document(new DocumentId(rs.getObject("id", UUID.class)), rs.getString("sha256"),
                rs.getString("filename"), rs.getString("media_type"), rs.getLong("size_bytes"),
                rs.getObject("organization_id", UUID.class), rs.getObject("uploaded_by", UUID.class),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(), rs.getString("purpose"));
    }
}
