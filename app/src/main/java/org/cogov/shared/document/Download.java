package org.cogov.shared.document;

import java.time.Instant;
import java.util.UUID;

/** One entry of a document's download log. */
public record Download(UUID userId, UUID organizationId, Instant at) {
}
