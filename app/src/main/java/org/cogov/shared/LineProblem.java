package org.cogov.shared;

import java.util.List;

/** What is wrong on one line of an imported file, and in which column: a message key and its arguments. */
@Domain
public record LineProblem(int line, String column, String messageKey, List<Object> arguments) {

    public LineProblem {
        arguments = List.copyOf(arguments);
    }

    public LineProblem(int line, String column, String messageKey, Object... arguments) {
        this(line, column, messageKey, List.of(arguments));
    }
}
