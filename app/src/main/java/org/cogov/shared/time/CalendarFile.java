package org.cogov.shared.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cogov.shared.Domain;
import org.cogov.shared.FileRejected;
import org.cogov.shared.LineProblem;
import org.jspecify.annotations.Nullable;

/**
 * Reads a calendar file: {@code date,kind,name} lines (kind {@code off} or {@code work}), blank
 * lines and {@code #} comments allowed, the header line optional. The shipped calendar and an
 * administrator's upload go through the same checks, so that a shipped year can be no less right
 * than an uploaded one.
 */
@Domain
final class CalendarFile {

    static final String KIND = "calendar-file";
    static final int MAX_NAME_LENGTH = 100;

    /** A report longer than this helps no one: the file is plainly not a calendar. */
    static final int MAX_PROBLEMS = 100;

    private static final String HEADER = "date,kind,name";

    private CalendarFile() {
    }

    /**
     * @param year the year every listed day must lie in, or {@code null} to accept any year
     * @throws FileRejected listing every wrong line, if there is one
     */
    static List<SpecialDay> read(String text, @Nullable Integer year) {
        List<SpecialDay> days = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        Map<LocalDate, Integer> firstLineOf = new HashMap<>();
        boolean headerAllowed = true;
        int number = 0;
        for (String raw : withoutByteOrderMark(text).lines().toList()) {
            number++;
            if (problems.size() >= MAX_PROBLEMS) {
                throw new FileRejected(KIND, problems, true);
            }
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (headerAllowed && line.replace(" ", "").equalsIgnoreCase(HEADER)) {
                headerAllowed = false;
                continue;
            }
            headerAllowed = false;
            SpecialDay day = readLine(number, line, year, firstLineOf, problems);
            if (day != null) {
                days.add(day);
            }
        }
        if (problems.isEmpty() && days.isEmpty()) {
            problems.add(new LineProblem(Math.max(number, 1), "file", "calendar.file.empty"));
        }
        if (!problems.isEmpty()) {
            throw new FileRejected(KIND, problems, false);
        }
        return List.copyOf(days);
    }

    private static @Nullable SpecialDay readLine(int number, String line, @Nullable Integer year,
            Map<LocalDate, Integer> firstLineOf, List<LineProblem> problems) {
        // The name may hold commas ("National Day, Mid-Autumn"): it is everything after the second.
        String[] fields = line.split(",", 3);
        if (fields.length < 3) {
            problems.add(new LineProblem(number, "line", "calendar.file.fields"));
            return null;
        }
        int before = problems.size();
        LocalDate date = date(number, fields[0].strip(), year, firstLineOf, problems);
        DayKind kind = kind(number, fields[1].strip(), problems);
        String name = unquote(fields[2].strip());
        if (name.isBlank()) {
            problems.add(new LineProblem(number, "name", "calendar.file.name-missing"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(new LineProblem(number, "name", "calendar.file.name-too-long", MAX_NAME_LENGTH));
        }
        if (date != null && kind == DayKind.WORK && !isWeekend(date)) {
            // Every weekday is worked already: a "work" weekday is a typo for another date.
            problems.add(new LineProblem(number, "kind", "calendar.file.work-on-weekday", date.toString()));
        }
        if (problems.size() > before || date == null || kind == null) {
            return null;
        }
        return new SpecialDay(date, kind, name);
    }

    private static @Nullable LocalDate date(int number, String text, @Nullable Integer year,
            Map<LocalDate, Integer> firstLineOf, List<LineProblem> problems) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new LineProblem(number, "date", "calendar.file.bad-date", text));
            return null;
        }
        if (year != null && date.getYear() != year) {
            problems.add(new LineProblem(number, "date", "calendar.file.wrong-year", date.toString(), String.valueOf(year)));
            return null;
        }
        Integer first = firstLineOf.putIfAbsent(date, number);
        if (first != null) {
            problems.add(new LineProblem(number, "date", "calendar.file.duplicate", date.toString(), first));
            return null;
        }
        return date;
    }

    private static @Nullable DayKind kind(int number, String text, List<LineProblem> problems) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "off" -> DayKind.OFF;
            case "work" -> DayKind.WORK;
            default -> {
                problems.add(new LineProblem(number, "kind", "calendar.file.bad-kind", text));
                yield null;
            }
        };
    }

    /** Spreadsheets quote a field that holds a comma and double the quotes inside it. */
    private static String unquote(String text) {
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"").strip();
        }
        return text;
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
