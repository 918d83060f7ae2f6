package org.cogov.procurement;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.cogov.registry.OrganizationId;
import org.cogov.shared.Domain;

/**
 * A platform incident (电子交易平台故障) as the finance bureau declared it, once it was over: the window
 * {@code [start, end)} in which the platform was down or broken, its reason, and who declared it when. A
 * public fact, never changed: every deadline that fell inside the window was extended by the declaration.
 *
 * @param reference its number, e.g. {@code INC-2026-001}
 */
@Domain
public record PlatformIncident(IncidentId id, String reference, Instant start, Instant end, String reason, UUID declaredBy,
        OrganizationId organization, Instant declaredAt) {

    public static final int REASON_MAX = 2000;

    public PlatformIncident {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(reason, "reason");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("an incident starts before it ends: " + start + " – " + end);
        }
        if (end.isAfter(declaredAt)) {
            throw new IllegalArgumentException("an incident is declared once it is over: " + end + " after " + declaredAt);
        }
    }

    /** Whether a deadline fell inside the incident: from its start, included, to its end, excluded. */
    public boolean covers(Instant deadline) {
        return IncidentExtension.inside(deadline, start, end);
    }
}
