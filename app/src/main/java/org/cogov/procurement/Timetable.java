package org.cogov.procurement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * A procedure's key dates, any of them still open while drafting.
 *
 * @param noticeOn               the day the notice is published and the documents issued
 * @param documentsUntil         the last day the documents may be obtained (the notice period ends with it)
 * @param deadline               bids (or first responses) are on time strictly before this instant
 * @param openingFrom            the opening window, in which the custodians present their shares
 * @param prequalificationOn     invitational tender: the day the pre-qualification notice is published
 * @param prequalificationUntil  invitational tender: the last day to apply for pre-qualification
 * @param publicityFrom          single source: the first day of the publicity of project and supplier
 * @param publicityUntil         single source: the last day of the publicity
 */
@Domain
public record Timetable(@Nullable LocalDate noticeOn, @Nullable LocalDate documentsUntil, @Nullable Instant deadline,
        @Nullable Instant openingFrom, @Nullable Instant openingUntil, @Nullable LocalDate prequalificationOn,
        @Nullable LocalDate prequalificationUntil, @Nullable LocalDate publicityFrom, @Nullable LocalDate publicityUntil) {

    public static final Timetable EMPTY = new Timetable(null, null, null, null, null, null, null, null, null);

    /**
     * The timetable with its deadline and opening window moved together by {@code by}, as a clarification
     * that moves the deadline or an extension after a platform incident leaves it; the other dates stay.
     */
    public Timetable shifted(Duration by) {
        return new Timetable(noticeOn, documentsUntil, plus(deadline, by), plus(openingFrom, by), plus(openingUntil, by),
                prequalificationOn, prequalificationUntil, publicityFrom, publicityUntil);
    }

    private static @Nullable Instant plus(@Nullable Instant instant, Duration by) {
        return instant == null ? null : instant.plus(by);
    }
}
