package org.cogov.contracting;

import java.time.LocalDate;

import org.cogov.shared.Domain;
import org.cogov.shared.time.LegalPeriod;
import org.cogov.shared.time.WorkingDayCalendar;

/**
 * The three days a contract is held to after the award (RULES.md "After evaluation"): signed within CONTRACT_SIGNATURE
 * calendar days of the award notice, published within CONTRACT_PUBLICATION working days of the signature, and filed
 * with the finance bureau within CONTRACT_FILING working days of it. Every period starts the day after its event; a
 * period of calendar days whose last day is not a working day ends on the next working day, as {@link LegalPeriod}
 * counts every other period of the platform.
 */
@Domain
public final class ContractDeadlines {

    private ContractDeadlines() {
    }

    /** The last day to sign, from the day the result notice was published. */
    public static LocalDate signBy(WorkingDayCalendar calendar, LocalDate awardNotice, ContractLimits limits) {
        return calendar.lastDay(LegalPeriod.days(awardNotice, limits.signatureDays()));
    }

    /** The last day to publish the signed contract. */
    public static LocalDate publishBy(WorkingDayCalendar calendar, LocalDate signed, ContractLimits limits) {
        return calendar.lastDay(LegalPeriod.workingDays(signed, limits.publicationWorkingDays()));
    }

    /** The last day to file the signed contract with the finance bureau. */
    public static LocalDate fileBy(WorkingDayCalendar calendar, LocalDate signed, ContractLimits limits) {
        return calendar.lastDay(LegalPeriod.workingDays(signed, limits.filingWorkingDays()));
    }
}
