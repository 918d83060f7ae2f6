package org.cogov.verifier;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.regex.Pattern;

/** An instant as the log writes it: ISO-8601 in UTC with exactly six fraction digits. */
final class Timestamp {

    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");

    private Timestamp() {
    }

    static boolean isValid(String text) {
        if (!FORM.matcher(text).matches()) {
            return false;
        }
        try {
            // Cheaper than Instant.parse, which a million leaves would feel, and as strict about the calendar.
            LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
                    number(text, 11, 13), number(text, 14, 16), number(text, 17, 19));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static int number(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }
}
