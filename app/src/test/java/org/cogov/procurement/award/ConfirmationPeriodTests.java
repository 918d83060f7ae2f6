package org.cogov.procurement.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cogov.shared.time.ShippedDays;
import org.junit.jupiter.api.Test;

/** The purchaser's period to confirm stands still while its procedure is suspended, counted on the shipped calendar. */
class ConfirmationPeriodTests {

    private static LocalDate lastDay(String lastDay, String suspended, String resumed) {
        return Awards.lastDayAfterSuspension(LocalDate.parse(lastDay), LocalDate.parse(suspended), LocalDate.parse(resumed),
                ShippedDays.CALENDAR);
    }

    @Test
    void theWorkingDaysASuspensionTookAreGivenBack() {
        assertThat(lastDay("2025-09-19", "2025-09-16", "2025-09-22")).isEqualTo(LocalDate.parse("2025-09-25"));
    }

    @Test
    void onlyTheDaysWithinThePeriodCount() {
        assertThat(lastDay("2025-09-17", "2025-09-16", "2025-09-22")).as("the 16th and 17th").isEqualTo(LocalDate.parse("2025-09-19"));
    }

    @Test
    void aSuspensionAfterThePeriodEndedChangesNothing() {
        assertThat(lastDay("2025-09-12", "2025-09-16", "2025-09-22")).isEqualTo(LocalDate.parse("2025-09-12"));
    }

    @Test
    void aSuspensionOverAWeekendTakesNoWorkingDay() {
        assertThat(lastDay("2025-09-26", "2025-09-20", "2025-09-22")).isEqualTo(LocalDate.parse("2025-09-26"));
    }

    @Test
    void theDaysGivenBackSkipTheNationalDayHoliday() {
        assertThat(lastDay("2025-09-30", "2025-09-29", "2025-10-09")).isEqualTo(LocalDate.parse("2025-10-10"));
    }
}
