package org.cogov.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cogov.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
class ShippedCalendarTests {

    private static final List<SpecialDay> DAYS_2099 = List.of(
            new SpecialDay(LocalDate.parse("2099-01-01"), DayKind.OFF, "元旦 New Year"),
            new SpecialDay(LocalDate.parse("2099-01-03"), DayKind.WORK, "a working Saturday"));

    @Autowired
    private ShippedCalendar shipped;

    @Autowired
    private CalendarLoading loading;

    @Autowired
    private CalendarYears years;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private PlatformTransactionManager transactions;

    @AfterEach
    void removeLaterYears() {
        LaterYears.remove(jdbc);
    }

    @Test
    void shippedYearsAreLoadedWhenTheApplicationStarts() {
        assertThat(years.all()).filteredOn(year -> year.year() < LaterYears.FIRST)
                .extracting(CalendarYears.LoadedYear::year, CalendarYears.LoadedYear::source)
                .contains(tuple(2024, "shipped calendar/calendar-cn.csv"),
                        tuple(2025, "shipped calendar/calendar-cn.csv"),
                        tuple(2026, "shipped calendar/calendar-cn.csv"));
    }

    @Test
    void everyShippedDayOf2025IsInTheDatabase() {
        assertThat(years.days(2025))
                .containsExactlyElementsOf(ShippedDays.DAYS.stream().filter(day -> day.date().getYear() == 2025).toList());
    }

    @Test
    void startingAgainLoadsNothingTwiceAndDoesNotFail() {
        CalendarYears.Fingerprint before = years.fingerprint();
        long entries = LaterYears.auditEntries(jdbc, "calendar.year.loaded", 2025);

        shipped.afterSingletonsInstantiated();

        assertThat(years.fingerprint()).isEqualTo(before);
        assertThat(LaterYears.auditEntries(jdbc, "calendar.year.loaded", 2025)).isEqualTo(entries);
    }

    @Test
    void loadingAYearWritesAnAuditEntryWithTheLoad() {
        long before = LaterYears.auditEntries(jdbc, "calendar.year.loaded", 2099);

        loading.loadIfAbsent(2099, DAYS_2099, "shipped test");

        assertThat(LaterYears.auditEntries(jdbc, "calendar.year.loaded", 2099)).isEqualTo(before + 1);
    }

    @Test
    void twoNodesLoadingTheSameYearAtOnceLoadItOnceAndNeitherFails() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch firstClaimed = new CountDownLatch(1);
            TransactionTemplate transaction = new TransactionTemplate(transactions);
            Future<Boolean> first = nodes.submit(() -> transaction.execute(status -> {
                boolean loaded = loading.loadIfAbsent(2099, DAYS_2099, "node A");
                firstClaimed.countDown();
                pause(300); // the second node arrives while the first has not committed
                return loaded;
            }));
            assertThat(firstClaimed.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Boolean> second = nodes.submit(() -> loading.loadIfAbsent(2099, DAYS_2099, "node B"));

            assertThat(first.get(20, TimeUnit.SECONDS)).isTrue();
            assertThat(second.get(20, TimeUnit.SECONDS)).isFalse();
            assertThat(years.find(2099)).hasValueSatisfying(year -> assertThat(year.source()).isEqualTo("node A"));
            assertThat(years.days(2099)).hasSameSizeAs(DAYS_2099);
        } finally {
            nodes.shutdownNow();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
