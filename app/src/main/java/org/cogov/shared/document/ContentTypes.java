package org.cogov.shared.document;

import java.io.IOException;
import java.io.InputStream;

/**
 * What a file's bytes say it is, for a module that holds the bytes itself and must not store them as
 * a document — a bid's attachment, checked before it is sealed. The same allow-list and the same
 * refusals as an upload.
 */
public final class ContentTypes {

    private ContentTypes() {
    }

    public static Detection detect(String filename, StoredBytes bytes) throws IOException {
        ContentSniffer sniffer = new ContentSniffer();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = bytes.from(0)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sniffer.update(buffer, 0, n);
            }
        }
        return sniffer.detect(filename, bytes);
    }
}
