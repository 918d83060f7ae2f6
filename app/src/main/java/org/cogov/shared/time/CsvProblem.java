package org.cogov.shared.time;

import java.util.List;

import org.cogov.shared.Domain;

/**
 * What is wrong with one line of a calendar file: the line number (1 for the first line, comments
 * included, as an editor shows it), the column, and a message key with its arguments, translated
 * where the report is shown.
 */
@Domain
record CsvProblem(int line, String field, String messageKey, List<Object> arguments) {

    CsvProblem(int line, String field, String messageKey, Object... arguments) {
        this(line, field, messageKey, List.of(arguments));
    }
}
