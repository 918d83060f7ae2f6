package org.cogov.procurement;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/**
 * A procedure's suspension on a complaint ended — lifted by the finance bureau, expired at its legal limit, or with
 * the complaint's decision — and the procedure resumed where it was, unless it had ended meanwhile.
 *
 * @param actorId none when the platform ended it at its limit
 * @param resumedTo the state the procedure resumed to; none when it was no longer suspended
 * @param suspendedAt when the suspension began: time limits that stood still meanwhile run on by as much
 */
public record SuspensionEnded(@Nullable UUID actorId, UUID organizationId, UUID procedureId, String reference, UUID complaintId,
        UUID suspensionId, Ending ending, Procedure.@Nullable State resumedTo, Instant suspendedAt, Instant at) implements Auditable {

    public enum Ending { LIFTED, EXPIRED, DECIDED }

    @Override
    public String action() {
        return "procurement.procedure.resumed";
    }

    @Override
    public String objectType() {
        return "procedure";
    }

    @Override
    public String objectId() {
        return procedureId.toString();
    }

    @Override
    public Map<String, String> payload() {
        return Map.of("reference", reference, "complaint", complaintId.toString(), "suspension", suspensionId.toString(), "ending",
                ending.name(), "resumedTo", resumedTo == null ? "" : resumedTo.name(), "suspendedAt", suspendedAt.toString(),
                "at", at.toString());
    }
}
