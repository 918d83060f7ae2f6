package org.cogov.procurement.challenges;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cogov.procurement.ChallengeKind;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Remedy;
import org.cogov.registry.OrganizationId;
import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * A supplier's challenge (质疑) to the purchaser, as received — with the moment its window counted from, the end of that
 * window and the reply's due time, all fixed at receipt — and the purchaser's answer once given, on time or late.
 */
@Domain
public record Challenge(ChallengeId id, ProcedureId procedure, OrganizationId organization, UUID lodgedBy, Instant lodgedAt,
        ChallengeKind kind, @Nullable Integer lot, String statement, LocalDate countedFrom, Instant windowEnds, Instant replyDue,
        Status status, @Nullable String reply, @Nullable Remedy remedy, @Nullable UUID answeredBy, @Nullable Instant answeredAt,
        boolean answeredLate, int version) {

    public enum Status { PENDING, UPHELD, DISMISSED }

    public boolean pending() {
        return status == Status.PENDING;
    }

    /** Whether an upheld answer must name a remedy: a challenge of a lot's process or result. */
    public boolean remediable() {
        return kind != ChallengeKind.DOCUMENTS && lot != null;
    }
}
