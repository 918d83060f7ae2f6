package org.cogov.shared;

import java.util.List;

/**
 * An imported file with at least one wrong line: nothing of it is imported, and the report names
 * every wrong line, so that the file can be corrected in one pass.
 */
@Domain
public class FileRejected extends RuntimeException {

    private final List<LineProblem> problems;

    public FileRejected(List<LineProblem> problems) {
        super(problems.size() + " wrong line(s)");
        this.problems = List.copyOf(problems);
    }

    public List<LineProblem> problems() {
        return problems;
    }
}
