package org.cogov.shared.document;

import java.io.InputStream;

/**
 * An opened document: its metadata and its bytes, fetched from the database a chunk at a time as the
 * stream is read. The caller closes the stream.
 */
public record DocumentContent(Document document, InputStream stream) {
}
