package org.cogov.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.ShippedDays;
import org.junit.jupiter.api.Test;

class TimetableRulesTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final TimetableRules rules = new TimetableRules(RuleTableFixture.rulebook(), ShippedDays.CALENDAR, SHANGHAI);

    private static Timetable tender(LocalDate issued, LocalDate deadline) {
        return new Timetable(issued, issued.plusDays(7), LocalDateTime.of(deadline, java.time.LocalTime.of(9, 30))
                .atZone(SHANGHAI).toInstant(), null, null, null, null, null, null);
    }

    @Test
    void aTenderDeadlineTwentyDaysAfterTheDocumentsIsOnTime() {
        assertThat(rules.violations(Method.PUBLIC_TENDER, tender(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 25)))).isEmpty();
    }

    @Test
    void aTenderDeadlineNineteenDaysAfterTheDocumentsIsRefusedNamingTheEarliestDay() {
        assertThat(rules.violations(Method.PUBLIC_TENDER, tender(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 24))))
                .singleElement().satisfies(violation -> {
                    assertThat(violation.messageKey()).isEqualTo("procurement.date.documents-to-deadline");
                    assertThat(violation.field()).isEqualTo("deadline");
                    assertThat(violation.arguments()[0]).isEqualTo("2025-03-25");
                });
    }

    @Test
    void aTenderNoticeShorterThanFiveWorkingDaysIsRefused() {
        Timetable dates = new Timetable(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 11), null, null, null, null, null,
                null, null);
        assertThat(rules.violations(Method.PUBLIC_TENDER, dates)).extracting(RuleViolation::messageKey)
                .contains("procurement.date.notice-period");
    }

    @Test
    void singleSourcePublicityFromMondayFirstSeptemberCannotEndBeforeMondayEighth() {
        Timetable shortPublicity = new Timetable(null, null, null, null, null, null, null, LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 5));
        assertThat(rules.violations(Method.SINGLE_SOURCE, shortPublicity)).singleElement()
                .satisfies(v -> assertThat(v.arguments()[0]).isEqualTo("2025-09-08"));
        Timetable enough = new Timetable(null, null, null, null, null, null, null, LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 8));
        assertThat(rules.violations(Method.SINGLE_SOURCE, enough)).isEmpty();
    }

    @Test
    void aPeriodEndingOnAHolidayMovesToTheNextWorkingDay() {
        // Ten days from 22 Sep 2025 is 2 Oct, in the National Day holiday (1–8 Oct): the period ends on Thu 9 Oct.
        assertThat(rules.earliest(Method.COMPETITIVE_CONSULTATION, ProcurementRule.Name.DOCUMENTS_TO_DEADLINE,
                LocalDate.of(2025, 9, 22))).contains(LocalDate.of(2025, 10, 9));
    }

    @Test
    void theOpeningCannotStartBeforeTheDeadline() {
        Timetable dates = new Timetable(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 12),
                LocalDateTime.of(2025, 3, 25, 9, 30).atZone(SHANGHAI).toInstant(),
                LocalDateTime.of(2025, 3, 25, 9, 0).atZone(SHANGHAI).toInstant(),
                LocalDateTime.of(2025, 3, 25, 12, 0).atZone(SHANGHAI).toInstant(), null, null, null, null);
        assertThat(rules.violations(Method.PUBLIC_TENDER, dates)).extracting(RuleViolation::messageKey)
                .containsExactly("procurement.date.opening-before-deadline");
    }
}
