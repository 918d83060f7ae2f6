package org.cogov.procurement;

import java.time.Instant;
import java.util.UUID;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * How a procedure ended before award, recorded once: cancelled by the organization that runs it, with its
 * own words, or failed as a rule says, with the message key of that rule.
 *
 * @param reason the runner's reason for a cancellation; a message key ({@code procurement.failure.*}) for a failure
 * @param endedBy who cancelled it or whose decision failed it; none when the platform did
 * @param notice the cancellation or failure notice; none for a draft, which nobody outside saw
 */
@Domain
public record ProcedureEnding(ProcedureId procedure, Outcome outcome, Procedure.State from, String reason,
        @Nullable UUID endedBy, Instant endedAt, @Nullable NoticeId notice) {

    public enum Outcome { CANCELLED, FAILED }
}
