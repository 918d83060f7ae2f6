package org.cogov.shared.document;

import java.io.InputStream;
import java.util.Objects;

/** A blob's bytes from some offset on, fetching each chunk when the reader reaches it. */
final class ChunkStream extends InputStream {

    private final Blobs blobs;
    private final Blobs.Layout layout;
    private int nextSeq;
    private byte[] chunk = new byte[0];
    private int position;

    ChunkStream(Blobs blobs, Blobs.Layout layout, long offset) {
        if (offset < 0 || offset > layout.size()) {
            throw new IllegalArgumentException("offset " + offset + " outside 0.." + layout.size());
        }
        this.blobs = blobs;
        this.layout = layout;
        this.nextSeq = (int) (offset / layout.chunkSize());
        int within = (int) (offset % layout.chunkSize());
        if (within > 0) {
            fetch();
            position = within;
        }
    }

    @Override
    public int read() {
        if (!ready()) {
            return -1;
        }
        return chunk[position++] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (!ready()) {
            return -1;
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, buffer, offset, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        return chunk.length - position;
    }

    /** Whether a byte is at hand, fetching the next chunk if this one is used up. */
    private boolean ready() {
        while (position == chunk.length) {
            if (nextSeq >= layout.chunkCount()) {
                return false;
            }
            fetch();
        }
        return true;
    }

    private void fetch() {
        chunk = blobs.chunk(layout.contentId(), nextSeq++);
        position = 0;
    }

    @Override
    public void close() {
        chunk = new byte[0];
        position = 0;
        nextSeq = layout.chunkCount();
    }
}
