package org.cogov.shared.document;

import java.time.Instant;
import java.util.UUID;

import org.cogov.shared.Domain;

/** One entry of a document's download log. */
@Domain
public record Download(UUID userId, UUID organizationId, Instant at) {
}
