package org.cogov.verifier;

import java.io.PrintStream;

/** What a command concludes, and the exit status that carries it: 0 holds, 1 fails, 2 could not be checked. */
record Verdict(int exitCode, String message) {

    static Verdict holds(String message) {
        return new Verdict(0, message);
    }

    static Verdict fails(String message) {
        return new Verdict(1, message);
    }

    static Verdict cannotCheck(String message) {
        return new Verdict(2, message);
    }

    void print(PrintStream out, PrintStream err) {
        (exitCode == 2 ? err : out).println(message);
    }
}
