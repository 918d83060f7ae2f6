package org.cogov.shared;

import java.util.List;

/**
 * An imported file with at least one wrong line: nothing of it is imported, and the report names
 * every wrong line, so that the file can be corrected in one pass. The kind of file ({@code
 * calendar-file}, {@code organization-file}) names the problem and its messages, {@code problem.<kind>.*}.
 */
@Domain
public class FileRejected extends RuntimeException {

    private final String kind;
    private final List<LineProblem> problems;
    private final boolean truncated;

    public FileRejected(String kind, List<LineProblem> problems, boolean truncated) {
        super(problems.size() + " wrong line(s) in the " + kind);
        this.kind = kind;
        this.problems = List.copyOf(problems);
        this.truncated = truncated;
    }

    public String kind() {
        return kind;
    }

    public List<LineProblem> problems() {
        return problems;
    }

    /** True when reading stopped at a limit of problems: the lines after it were not checked. */
    public boolean truncated() {
        return truncated;
    }
}
