package org.cogov.shared.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The shipped 2024–2026 calendar, read the way the application reads it, for tests without a database. */
public final class ShippedDays {

    private static final String LOCATION = "calendar/calendar-cn.csv";

    static final List<SpecialDay> DAYS = CalendarFile.read(text(), null);

    public static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(Set.of(2024, 2025, 2026), DAYS);

    private ShippedDays() {
    }

    static String text() {
        try (InputStream in = ShippedDays.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(LOCATION + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped days of some years only, as a calendar with only those years loaded. */
    static WorkingDayCalendar calendarOf(Integer... years) {
        Set<Integer> loaded = Set.of(years);
        return new WorkingDayCalendar(loaded,
                DAYS.stream().filter(day -> loaded.contains(day.date().getYear())).collect(Collectors.toList()));
    }
}
