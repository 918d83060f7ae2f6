package org.cogov.sealing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One run of the command-line client, in-process, with what it printed and its exit status. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(String... args) {
        return withEnvironment(Map.of(), args);
    }

    static CommandRun withEnvironment(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment);
        return new CommandRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The value printed after {@code label:} on a line of its own. */
    String printed(String label) {
        return out.lines().filter(line -> line.startsWith(label + ":")).map(line -> line.substring(label.length() + 1).strip())
                .findFirst().orElseThrow(() -> new AssertionError("no " + label + " in\n" + out));
    }
}
