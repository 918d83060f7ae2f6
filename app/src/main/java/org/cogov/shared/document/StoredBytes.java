package org.cogov.shared.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a file already stored whole, readable from any offset: a ZIP archive names its
 * entries at its end, so telling an office document from any other archive needs more than the
 * bytes streaming past.
 */
public interface StoredBytes {

    long size();

    InputStream from(long offset) throws IOException;

    /** Bytes held in memory. */
    static StoredBytes of(byte[] content) {
        return new StoredBytes() {
            @Override
            public long size() {
                return content.length;
            }

            @Override
            public InputStream from(long offset) {
                return new ByteArrayInputStream(content, (int) offset, content.length - (int) offset);
            }
        };
    }
}
