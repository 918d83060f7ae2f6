package org.cogov.procurement.challenges;

import java.time.Instant;
import java.util.UUID;

import org.cogov.procurement.NoticeId;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Remedy;
import org.cogov.registry.OrganizationId;
import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * The challenger's complaint (投诉) to the finance bureau, and the bureau's decision once published: dismissed, or
 * upheld with a remedy for a lot.
 */
@Domain
public record Complaint(ComplaintId id, ChallengeId challenge, ProcedureId procedure, OrganizationId organization, UUID lodgedBy,
        Instant lodgedAt, String statement, Instant decisionDue, Status status, @Nullable Integer lot, @Nullable Remedy remedy,
        @Nullable String reason, @Nullable UUID decidedBy, @Nullable Instant decidedAt, boolean decidedLate,
        @Nullable NoticeId notice, int version) {

    public enum Status { PENDING, UPHELD, DISMISSED }

    public boolean pending() {
        return status == Status.PENDING;
    }
}
