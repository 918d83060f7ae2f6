package org.cogov.shared.document;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored contents: blobs by hash, their bytes in chunks. Blobs never change once written. */
@Repository
class Blobs {

    static final int CHUNK_SIZE = 1024 * 1024;

    /** Where a blob's chunks are and how they are cut. */
    record Layout(UUID contentId, long size, int chunkSize, int chunkCount) {
    }

    private final JdbcClient jdbc;

    Blobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void writeChunk(UUID contentId, int seq, byte[] bytes) {
        jdbc.sql("INSERT INTO document_chunk (content_id, seq, content) VALUES (:content, :seq, :bytes)")
                .param("content", contentId).param("seq", seq).param("bytes", bytes)
                .update();
    }

    /**
     * Names the written chunks by their hash. When that content is already stored, the chunks just
     * written are dropped and the stored ones serve; a concurrent upload of the same bytes waits on the
     * key until the first commits.
     */
    void keep(String sha256, Layout layout, String mediaType, Instant now) {
        int inserted = jdbc.sql("""
                INSERT INTO document_blob (sha256, content_id, size_bytes, chunk_size, chunk_count, media_type, stored_at)
                VALUES (:sha256, :content, :size, :chunkSize, :chunkCount, :mediaType, :now)
                ON CONFLICT DO NOTHING
                """)
                .param("sha256", sha256).param("content", layout.contentId()).param("size", layout.size())
                .param("chunkSize", layout.chunkSize()).param("chunkCount", layout.chunkCount())
                .param("mediaType", mediaType).param("now", now.atOffset(ZoneOffset.UTC))
                .update();
        if (inserted == 0) {
            jdbc.sql("DELETE FROM document_chunk WHERE content_id = :content").param("content", layout.contentId()).update();
        }
    }

    Optional<Layout> layout(String sha256) {
        return jdbc.sql("SELECT content_id, size_bytes, chunk_size, chunk_count FROM document_blob WHERE sha256 = :sha256")
                .param("sha256", sha256)
                .query((rs, row) -> new Layout(rs.getObject("content_id", UUID.class), rs.getLong("size_bytes"),
                        rs.getInt("chunk_size"), rs.getInt("chunk_count")))
                .optional();
    }

    /** The content read from {@code offset} on, one chunk in memory at a time. */
    InputStream read(Layout layout, long offset) {
        return new ChunkStream(this, layout, offset);
    }

    /** The chunks of an upload still being written, in its own transaction, as the sniffer reads them. */
    StoredBytes written(Layout layout) {
        return new StoredBytes() {
            @Override
            public long size() {
                return layout.size();
            }

            @Override
            public InputStream from(long offset) throws IOException {
                return read(layout, offset);
            }
        };
    }

    byte[] chunk(UUID contentId, int seq) {
        return jdbc.sql("SELECT content FROM document_chunk WHERE content_id = :content AND seq = :seq")
                .param("content", contentId).param("seq", seq)
                .query((rs, row) -> rs.getBytes("content"))
                .optional()
                .orElseThrow(() -> new IllegalStateException("chunk " + seq + " of content " + contentId + " is missing"));
    }
}
