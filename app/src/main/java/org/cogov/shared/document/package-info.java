/**
 * Documents: content-addressed blobs (SHA-256) streamed in and out of the database in chunks, a
 * metadata row per use, a size limit and a type allow-list checked by content, and a log of every
 * download. Other modules store and open documents through {@link org.cogov.shared.document.Documents}
 * and grant their assignees access through {@link org.cogov.shared.document.DocumentAccess}.
 */
@NamedInterface("document")
@NullMarked
package org.cogov.shared.document;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
