package org.cogov.shared.document;

import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Bytes that are ciphertext already — sealed bids — kept in the blob store beside the documents,
 * streamed in chunks. Unlike a document they have no type to check, no owner row and no download
 * log: the module that sealed them keeps their hash and decides who may read them.
 */
@Component
public class Ciphertexts {

    static final String MEDIA_TYPE = "application/octet-stream";

    /** Where the bytes were kept: the hash names them, for {@link #read}. */
    public record Kept(String sha256, long size) {
    }

    /** A stream of ciphertext being written; {@link #keep()} after the last byte names it. */
    public interface Sink {

        OutputStream stream();

        Kept keep();
    }

    private final Blobs blobs;
    private final Clock clock;

    Ciphertexts(Blobs blobs, Clock clock) {
        this.blobs = blobs;
        this.clock = clock;
    }

    /** A sink writing chunks in the caller's transaction: a rollback leaves nothing behind. */
    public Sink sink() {
        return new ChunkSink();
    }

    /** The kept bytes, one chunk in memory at a time. */
    public InputStream read(String sha256) {
        return blobs.read(blobs.layout(sha256).orElseThrow(() -> new IllegalStateException("no ciphertext " + sha256)), 0);
    }

    private final class ChunkSink extends OutputStream implements Sink {

        private final UUID contentId = UUID.randomUUID();
        private final MessageDigest digest = sha256();
        private final byte[] buffer = new byte[Blobs.CHUNK_SIZE];
        private int filled;
        private int chunks;
        private long size;
        private @Nullable Kept kept;

        @Override
        public OutputStream stream() {
            return this;
        }

        @Override
        public void write(int b) {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            if (kept != null) {
                throw new IllegalStateException("the ciphertext is kept already");
            }
            while (length > 0) {
                int n = Math.min(length, buffer.length - filled);
                System.arraycopy(bytes, offset, buffer, filled, n);
                filled += n;
                offset += n;
                length -= n;
                if (filled == buffer.length) {
                    flushChunk();
                }
            }
        }

        private void flushChunk() {
            if (filled == 0) {
                return;
            }
            byte[] chunk = filled == buffer.length ? buffer.clone() : Arrays.copyOf(buffer, filled);
            digest.update(chunk);
            blobs.writeChunk(contentId, chunks++, chunk);
            size += filled;
            filled = 0;
        }

        @Override
        public Kept keep() {
            if (kept == null) {
                flushChunk();
                String sha256 = HexFormat.of().formatHex(digest.digest());
                blobs.keep(sha256, new Blobs.Layout(contentId, size, Blobs.CHUNK_SIZE, chunks), MEDIA_TYPE, clock.instant());
                kept = new Kept(sha256, size);
            }
            return kept;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
