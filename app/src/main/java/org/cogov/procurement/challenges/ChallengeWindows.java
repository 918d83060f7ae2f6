package org.cogov.procurement.challenges;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.cogov.procurement.Method;
import org.cogov.procurement.ProcurementRule;
import org.cogov.procurement.Rulebook;
import org.cogov.shared.Domain;
import org.cogov.shared.time.LegalPeriod;
import org.cogov.shared.time.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;

/**
 * The periods of challenges and complaints (RULES.md "After evaluation"), as pure functions of the working-day
 * calendar and the rule table: nothing here reads a clock or a database, so that the dates the law gives can be
 * checked on their own. Every window closes at 24:00 of its last day in the configured zone; an act is on time
 * strictly before that instant.
 * <ul>
 * <li>a challenge is on time within CHALLENGE_PERIOD working days of the moment the rules name for its kind;</li>
 * <li>the purchaser's reply is due CHALLENGE_REPLY working days after the challenge's receipt;</li>
 * <li>a complaint is on time within COMPLAINT_PERIOD working days after the reply period ends — the day the reply
 * was due, even when it came earlier (a supplier answered early must not lose days it was promised);</li>
 * <li>the finance bureau's decision is due COMPLAINT_DECISION working days after the complaint's receipt;</li>
 * <li>a suspension lasts at most SUSPENSION_MAX calendar days from the instant it began.</li>
 * </ul>
 */
@Domain
public final class ChallengeWindows {

    private ChallengeWindows() {
    }

    /** The periods in force for a method on a day, read from the rule table. */
    public record Periods(int resultDisplay, int challenge, int reply, int complaint, int decision, int suspensionDays) {

        public Periods {
            if (resultDisplay < 1 || challenge < 1 || reply < 1 || complaint < 1 || decision < 1 || suspensionDays < 1) {
                throw new IllegalArgumentException("every period after evaluation lasts at least a day");
            }
        }

        public static Periods of(Rulebook rulebook, @Nullable Method method, LocalDate day) {
            return new Periods(count(rulebook, ProcurementRule.Name.RESULT_DISPLAY, method, day),
                    count(rulebook, ProcurementRule.Name.CHALLENGE_PERIOD, method, day),
                    count(rulebook, ProcurementRule.Name.CHALLENGE_REPLY, method, day),
                    count(rulebook, ProcurementRule.Name.COMPLAINT_PERIOD, method, day),
                    count(rulebook, ProcurementRule.Name.COMPLAINT_DECISION, method, day),
                    count(rulebook, ProcurementRule.Name.SUSPENSION_MAX, method, day));
        }

        private static int count(Rulebook rulebook, ProcurementRule.Name name, @Nullable Method method, LocalDate day) {
            return rulebook.required(name, method, day).count();
        }
    }

    /** A period's last day and the instant it ends: 24:00 of that day in the zone. */
    public record Window(LocalDate lastDay, Instant ends, ZoneId zone) {

        public boolean isOpenAt(Instant at) {
            return at.isBefore(ends);
        }
    }

    /**
     * The moment a challenge to the documents counts from: the later of the day the supplier's organization first
     * obtained them and the last day they were available. Order 94 Art. 10 names both; taking the later one means
     * that a supplier who obtained the documents on their first day keeps its seven working days after the period
     * in which others could still obtain (and challenge) them, so that no supplier's window ends before a later
     * one's begins, and a supplier that obtained them last is never worse off than one that obtained them first.
     *
     * @param availableUntil the documents' availability period's last day, when the timetable sets one
     */
    public static LocalDate documentsMoment(LocalDate obtainedOn, @Nullable LocalDate availableUntil) {
        return availableUntil != null && availableUntil.isAfter(obtainedOn) ? availableUntil : obtainedOn;
    }

    /** The last day of a result notice's display, published on {@code publishedOn}: the moment a RESULT challenge counts from. */
    public static LocalDate displayEnds(WorkingDayCalendar calendar, Periods periods, LocalDate publishedOn) {
        return calendar.lastDay(LegalPeriod.workingDays(publishedOn, periods.resultDisplay()));
    }

    /** The window of a challenge counted from its moment. */
    public static Window challenge(WorkingDayCalendar calendar, Periods periods, LocalDate moment, ZoneId zone) {
        return window(calendar, LegalPeriod.workingDays(moment, periods.challenge()), zone);
    }

    /** When the reply to a challenge received on {@code receivedOn} is due. */
    public static Window reply(WorkingDayCalendar calendar, Periods periods, LocalDate receivedOn, ZoneId zone) {
        return window(calendar, LegalPeriod.workingDays(receivedOn, periods.reply()), zone);
    }

    /** The window of a complaint, counted from the last day of the reply period, answered early or not. */
    public static Window complaint(WorkingDayCalendar calendar, Periods periods, LocalDate replyDueOn, ZoneId zone) {
        return window(calendar, LegalPeriod.workingDays(replyDueOn, periods.complaint()), zone);
    }

    /** When the finance bureau's decision on a complaint received on {@code receivedOn} is due. */
    public static Window decision(WorkingDayCalendar calendar, Periods periods, LocalDate receivedOn, ZoneId zone) {
        return window(calendar, LegalPeriod.workingDays(receivedOn, periods.decision()), zone);
    }

    /**
     * The latest end of a suspension that began at {@code suspendedAt}: so many calendar days later, to the minute. Not
     * moved to a working day and not stretched to the end of a day, since either would make it last longer than the
     * law allows.
     */
    public static Instant suspensionEnds(Periods periods, Instant suspendedAt, ZoneId zone) {
        return suspendedAt.atZone(zone).plusDays(periods.suspensionDays()).toInstant();
    }

    private static Window window(WorkingDayCalendar calendar, LegalPeriod period, ZoneId zone) {
        return new Window(calendar.lastDay(period), calendar.deadline(period, zone), zone);
    }
}
