package org.cogov.procurement;

import java.time.LocalDate;
import java.util.Optional;

import org.cogov.planning.Intentions;
import org.cogov.shared.time.LegalPeriod;
import org.cogov.shared.time.WorkingDayCalendar;
import org.cogov.shared.time.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * Whether a procedure starts without its procurement intention published early enough (财库〔2020〕10号:
 * "in principle" at least 30 days before): a warning the purchaser must acknowledge, not a refusal.
 */
@Component
class IntentionCheck {

    private final Intentions intentions;
    private final ProcurementRules rules;
    private final WorkingDays workingDays;

    IntentionCheck(Intentions intentions, ProcurementRules rules, WorkingDays workingDays) {
        this.intentions = intentions;
        this.rules = rules;
        this.workingDays = workingDays;
    }

    /** True when no intention of the department for the item was published, or it was published too late for the notice day. */
    boolean warns(Procedure procedure, LocalDate today) {
        Optional<LocalDate> published = intentions.earliestPublished(procedure.purchaser(), procedure.catalogueCode());
        LocalDate start = procedure.timetable().noticeOn() != null ? procedure.timetable().noticeOn() : today;
        return warns(published, start, rules.rulebook(), workingDays.calendar());
    }

    /** The rule itself: an intention must be published at least the lead in force on its day before the procedure starts. */
    static boolean warns(Optional<LocalDate> published, LocalDate start, Rulebook rules, WorkingDayCalendar calendar) {
        if (published.isEmpty()) {
            return true;
        }
        int lead = rules.required(ProcurementRule.Name.INTENTION_LEAD, null, published.get()).count();
        return start.isBefore(calendar.lastDay(LegalPeriod.days(published.get(), lead)));
    }
}
