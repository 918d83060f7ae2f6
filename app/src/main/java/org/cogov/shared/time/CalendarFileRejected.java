package org.cogov.shared.time;

import java.util.List;

import org.cogov.shared.Domain;

/** A calendar file with at least one wrong line: the whole file is refused, with every reason found. */
@Domain
class CalendarFileRejected extends RuntimeException {

    private final List<CsvProblem> problems;
    private final boolean truncated;

    CalendarFileRejected(List<CsvProblem> problems, boolean truncated) {
        super(problems.size() + " wrong lines in the calendar file, first: " + problems.get(0));
        this.problems = List.copyOf(problems);
        this.truncated = truncated;
    }

    List<CsvProblem> problems() {
        return problems;
    }

    /** True when reading stopped at {@link CalendarFile#MAX_PROBLEMS}: the lines after were not checked. */
    boolean truncated() {
        return truncated;
    }
}
