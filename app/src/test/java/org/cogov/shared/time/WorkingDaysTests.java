package org.cogov.shared.time;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.cogov.DatabaseTest;
import org.cogov.shared.RuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The calendar service on the loaded calendar, as other modules use it. */
@DatabaseTest
class WorkingDaysTests {

    private static final LegalPeriod SEVEN_WORKING_DAYS_AFTER_9_SEPTEMBER_2025 = LegalPeriod.workingDays(parse("2025-09-09"), 7);

    @Autowired
    private WorkingDays workingDays;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private MessageSource messages;

    @AfterEach
    void removeLaterYears() {
        LaterYears.remove(jdbc);
    }

    @Test
    void sevenWorkingDaysAfterNinthSeptember2025EndOnEighteenth() {
        assertThat(workingDays.lastDay(SEVEN_WORKING_DAYS_AFTER_9_SEPTEMBER_2025)).isEqualTo("2025-09-18");
    }

    @Test
    void adjustedWorkingSundayIsAWorkingDay() {
        assertThat(workingDays.isWorkingDay(parse("2025-09-28"))).isTrue();
    }

    @Test
    void periodsAreCountedInTheConfiguredShanghaiZone() {
        assertThat(workingDays.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(workingDays.deadline(SEVEN_WORKING_DAYS_AFTER_9_SEPTEMBER_2025)).isEqualTo("2025-09-18T16:00:00Z");
    }

    @Test
    void actJustBeforeMidnightShanghaiTimeOnTheLastDayIsOnTime() {
        assertThat(workingDays.isLate(Instant.parse("2025-09-18T15:59:59.999999999Z"), SEVEN_WORKING_DAYS_AFTER_9_SEPTEMBER_2025))
                .isFalse();
    }

    @Test
    void actAtMidnightShanghaiTimeAfterTheLastDayIsLate() {
        assertThat(workingDays.isLate(Instant.parse("2025-09-18T16:00:00Z"), SEVEN_WORKING_DAYS_AFTER_9_SEPTEMBER_2025)).isTrue();
    }

    @Test
    void daysPeriodEndingInGoldenWeekMovesToNinthOctober2025() {
        assertThat(workingDays.plusDays(parse("2025-09-22"), 10)).isEqualTo("2025-10-09");
    }

    @Test
    void periodInto2027IsRefusedWithAReasonTheCallerCanRead() {
        assertThatThrownBy(() -> workingDays.plusWorkingDays(parse("2026-12-28"), 5))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(messages.getMessage(refusal.messageKey(), refusal.arguments(), Locale.ENGLISH))
                            .startsWith("The working-day calendar of 2027 is not loaded");
                    assertThat(messages.getMessage(refusal.messageKey(), refusal.arguments(), Locale.SIMPLIFIED_CHINESE))
                            .startsWith("2027 年的工作日日历尚未导入");
                });
    }

    @Test
    void yearLoadedByAnotherNodeIsUsedWithoutARestart() {
        assertThatThrownBy(() -> workingDays.plusWorkingDays(parse("2026-12-28"), 5)).isInstanceOf(RuleViolation.class);

        anotherNodeLoads2027(true);

        assertThat(workingDays.plusWorkingDays(parse("2026-12-28"), 5)).isEqualTo("2027-01-05");
    }

    @Test
    void yearReplacedByAnotherNodeIsUsedWithoutARestart() {
        anotherNodeLoads2027(false);
        assertThat(workingDays.plusWorkingDays(parse("2026-12-28"), 5)).isEqualTo("2027-01-04");

        jdbc.sql("INSERT INTO calendar_day (calendar_date, year_number, kind, name) VALUES (DATE '2027-01-01', 2027, 'OFF', '元旦')")
                .update();
        jdbc.sql("UPDATE calendar_year SET version = version + 1 WHERE year_number = 2027").update();

        assertThat(workingDays.plusWorkingDays(parse("2026-12-28"), 5)).isEqualTo("2027-01-05");
    }

    /** What another node's load leaves in the shared database, bypassing this node's services. */
    private void anotherNodeLoads2027(boolean newYearsDayOff) {
        jdbc.sql("INSERT INTO calendar_year (year_number, loaded_at, source) VALUES (2027, CURRENT_TIMESTAMP, 'another node')")
                .update();
        if (newYearsDayOff) {
            jdbc.sql("INSERT INTO calendar_day (calendar_date, year_number, kind, name) VALUES (DATE '2027-01-01', 2027, 'OFF', '元旦')")
                    .update();
        }
    }
}
