package org.cogov.procurement.challenges;

import java.time.Instant;
import java.util.UUID;

import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.SuspensionEnded;
import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/** The finance bureau's suspension of a procedure on a complaint: from which state, why, until when at the latest, and its end. */
@Domain
public record Suspension(UUID id, ProcedureId procedure, ComplaintId complaint, Procedure.State from, String reason,
        UUID suspendedBy, Instant suspendedAt, Instant endsBy, SuspensionEnded.@Nullable Ending ending, @Nullable UUID endedBy,
        @Nullable Instant endedAt, @Nullable String endReason) {

    public boolean open() {
        return ending == null;
    }
}
