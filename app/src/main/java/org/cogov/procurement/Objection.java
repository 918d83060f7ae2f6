package org.cogov.procurement;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.cogov.registry.OrganizationId;
import org.cogov.shared.Domain;
import org.cogov.shared.document.DocumentId;
import org.jspecify.annotations.Nullable;

/**
 * An objection to a single-source publicity (单一来源公示异议): a supplier says, within the publicity
 * period, why the purchase should not go to the one supplier named. It suspends the procedure until the
 * finance bureau decides: dismissed, the procedure resumes; upheld, it fails and the purchaser must buy by
 * a competitive method. The objecting organization is known to the finance bureau and the auditors only.
 */
@Domain
public record Objection(ObjectionId id, ProcedureId procedure, OrganizationId organization, UUID lodgedBy, Instant lodgedAt,
        String reasons, @Nullable DocumentId document, Status status, @Nullable String decisionReason,
        @Nullable Instant decidedAt, @Nullable NoticeId notice, int version) {

    public enum Status {
        PENDING, DISMISSED, UPHELD,
        /** Never decided: the procedure ended (cancelled, or failed on another objection) first. */
        MOOT
    }

    public Objection {
        Objects.requireNonNull(reasons, "reasons");
    }

    public boolean pending() {
        return status == Status.PENDING;
    }
}
