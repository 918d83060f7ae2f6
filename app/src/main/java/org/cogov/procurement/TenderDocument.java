package org.cogov.procurement;

import java.time.Instant;

import org.cogov.shared.Domain;
import org.cogov.shared.document.DocumentId;

/**
 * A version of one kind of a procedure's documents: a new upload of the kind is its next version.
 *
 * @param sha256 of the content: the notice publishes it, so that a downloaded copy can be checked
 */
@Domain
public record TenderDocument(Kind kind, int version, DocumentId document, String filename, String sha256, Instant uploadedAt) {

    public enum Kind { TENDER_DOCUMENTS, TECHNICAL_SPECIFICATION, CONTRACT_TEMPLATE, OTHER }
}
