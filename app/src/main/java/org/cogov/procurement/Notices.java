package org.cogov.procurement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published notices: added, read, never changed (on PostgreSQL a trigger refuses it too). */
@Repository
class Notices {

    private static final String SELECT = """
            SELECT id, procedure_id, number, kind, published_at, text_zh, text_en, sha256 FROM procurement_notice""";

    private final JdbcClient jdbc;

    Notices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Notice notice) {
        jdbc.sql("""
                INSERT INTO procurement_notice (id, procedure_id, number, kind, published_at, text_zh, text_en, sha256)
                VALUES (:id, :procedure, :number, :kind, :at, :zh, :en, :sha256)""")
                .param("id", notice.id().value()).param("procedure", notice.procedure().value()).param("number", notice.number())
                .param("kind", notice.kind().name()).param("at", notice.publishedAt().atOffset(ZoneOffset.UTC))
                .param("zh", notice.textZh()).param("en", notice.textEn()).param("sha256", notice.sha256()).update();
    }

    int count(ProcedureId procedure) {
        return jdbc.sql("SELECT COUNT(*) FROM procurement_notice WHERE procedure_id = :p").param("p", procedure.value())
                .query(Integer.class).single();
    }

    List<Notice> of(ProcedureId procedure) {
        return jdbc.sql(SELECT + " WHERE procedure_id = :p ORDER BY published_at, number").param("p", procedure.value())
                .query(Notices::notice).list();
    }

    Optional<Notice> find(NoticeId id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id.value()).query(Notices::notice).optional();
    }

    private static Notice notice(ResultSet rs, int n) throws SQLException {
        return new Notice(new NoticeId(rs.getObject("id", UUID.class)), new ProcedureId(rs.getObject("procedure_id", UUID.class)),
                rs.getString("number"), Notice.Kind.valueOf(rs.getString("kind")),
                rs.getObject("published_at", OffsetDateTime.class).toInstant(), rs.getString("text_zh"), rs.getString("text_en"),
                rs.getString("sha256"));
    }
}
