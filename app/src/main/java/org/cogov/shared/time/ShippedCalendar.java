package org.cogov.shared.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the calendar years shipped in {@code calendar/calendar-cn.csv} that are not loaded yet.
 * Runs once every bean exists and before anything is started (web server, schedulers), so that no
 * deadline is asked of an empty calendar on a fresh database. Every node runs it at every start:
 * each year is claimed with an insert-if-absent, so a restart or a second node loads nothing twice
 * and does not fail, and a year an administrator has replaced is left as it is.
 */
@Component
class ShippedCalendar implements SmartInitializingSingleton {

    static final String LOCATION = "calendar/calendar-cn.csv";

    private static final Logger log = LoggerFactory.getLogger(ShippedCalendar.class);

    private final CalendarLoading loading;

    ShippedCalendar(CalendarLoading loading) {
        this.loading = loading;
    }

    @Override
    public void afterSingletonsInstantiated() {
        // A wrong shipped file is a broken release: FileRejected stops the start.
        Map<Integer, List<SpecialDay>> byYear = CalendarFile.read(read(), null).stream()
                .collect(Collectors.groupingBy(day -> day.date().getYear(), TreeMap::new, Collectors.toList()));
        byYear.forEach((year, days) -> {
            if (loading.loadIfAbsent(year, days, "shipped " + LOCATION)) {
                log.info("loaded the shipped working-day calendar of {}: {} special days", year, days.size());
            }
        });
    }

    private static String read() {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped calendar " + LOCATION + " cannot be read", e);
        }
    }
}
