package org.cogov.procurement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * What the notice of a deadline extended after a platform incident says, once, for both languages: the
 * procedure, the incident with its window and reason, the deadline and opening window before and after,
 * and whether the procedure had closed at its old deadline and now takes bids again. Never a bidder.
 *
 * @param reopened the procedure had closed at its old deadline (not yet opened) and takes bids again
 */
@Domain
public record IncidentNoticeFacts(String number, LocalDate publishedOn, String reference, String title,
        NoticeFacts.Names purchaser, NoticeFacts.@Nullable Names agency, String incident, Instant incidentStart,
        Instant incidentEnd, String reason, Instant deadlineBefore, Instant deadline, @Nullable Instant openingFromBefore,
        @Nullable Instant openingUntilBefore, @Nullable Instant openingFrom, @Nullable Instant openingUntil, boolean reopened,
        int workingDays, ZoneId zone) {

    public IncidentNoticeFacts {
        if (!deadline.isAfter(deadlineBefore)) {
            throw new IllegalArgumentException("an extension moves the deadline later");
        }
    }
}
