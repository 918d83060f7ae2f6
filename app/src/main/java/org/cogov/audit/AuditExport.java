package org.cogov.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the log in the export format of docs/audit-log.md: the keys, every leaf rebuilt from its
 * entry as stored (so that an entry changed in the database shows as a changed leaf), the payloads,
 * and every signed head. Run it in one repeatable-read transaction, so that leaves and heads agree.
 */
@Component
class AuditExport {

    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    private final JdbcClient jdbc;

    AuditExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(List<PublishedKey> keys, Writer out) {
        line(out, ExportFile.FORMAT);
        keys.forEach(key -> line(out, key.exportLine()));
        jdbc.sql("""
                SELECT l.leaf_index, e.id, e.recorded_at, e.actor_id, e.organization_id, e.action, e.outcome, e.object_type,
                       e.object_id, e.payload_hash
                FROM audit_leaf l JOIN audit_entry e ON e.seq = l.entry_seq
                ORDER BY l.leaf_index
                """).query(rs -> {
                    line(out, "leaf " + rs.getLong("leaf_index") + " " + BASE64.encodeToString(Integrator.leaf(rs, 0).bytes()));
                });
        jdbc.sql("""
                SELECT l.leaf_index, p.payload, p.redacted_at
                FROM audit_leaf l JOIN audit_entry e ON e.seq = l.entry_seq JOIN audit_payload p ON p.entry_id = e.id
                ORDER BY l.leaf_index
                """).query(rs -> {
                    line(out, "payload " + rs.getLong("leaf_index") + " " + (rs.getObject("redacted_at") != null ? "redacted"
                            : BASE64.encodeToString(rs.getString("payload").getBytes(StandardCharsets.UTF_8))));
                });
        witness(out);
    }

    /** The head lines alone, in order of size: what a witness keeps (after the format and key lines). */
    void witness(Writer out) {
        jdbc.sql(TreeHeads.SELECT + " ORDER BY tree_size").query(rs -> {
            line(out, TreeHeads.head(rs, 0).exportLine());
        });
    }

    static void line(Writer out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
