package org.cogov.shared.document;

import java.time.Instant;
import java.util.UUID;

import org.cogov.shared.Domain;

/**
 * One use of a stored content: the same bytes uploaded twice are one blob and two documents, each
 * with its own name, owner and purpose.
 *
 * @param sha256 the content's SHA-256, lowercase hex: anyone holding the bytes can check them against it
 * @param mediaType the type detected from the content, never the one the sender declared
 * @param purpose what the document is for, e.g. {@code attachment}, {@code tender-document}, {@code deliverable}
 */
@Domain
public record Document(DocumentId id, String sha256, String filename, String mediaType, long size,
        UUID organizationId, UUID uploadedBy, Instant uploadedAt, String purpose) {
}
