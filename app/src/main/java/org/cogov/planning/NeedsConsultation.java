package org.cogov.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.cogov.registry.OrganizationId;
import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * A needs consultation (需求征询): a department puts a planned purchase to the providers before it fixes
 * what it will buy, and they comment until the closing day ends. A period ends at 24:00 of its last day in
 * the platform's zone (RULES.md "Time"): a comment at or after that instant is late.
 *
 * @param request the purchase request the consultation prepares, if the department has written it
 */
@Domain
public record NeedsConsultation(ConsultationId id, OrganizationId department, @Nullable PurchaseRequestId request,
        String catalogueCode, String title, String description, LocalDate closesOn, Instant publishedAt) {

    /** 24:00 of the closing day in the zone: the first instant at which a comment is late. */
    public Instant deadline(ZoneId zone) {
        return closesOn.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean isOpenAt(Instant instant, ZoneId zone) {
        return instant.isBefore(deadline(zone));
    }
}
