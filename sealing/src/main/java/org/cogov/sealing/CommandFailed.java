package org.cogov.sealing;

/** Why a command of the command-line client stops, and the exit status it stops with. */
final class CommandFailed extends Exception {

    private static final long serialVersionUID = 1L;

    /** The command ran and failed: a refused file, an unreachable or refusing server, an unreadable file. */
    static final int FAILED = 1;
    /** The command cannot run as written: an unknown command or option, a missing or malformed value. */
    static final int USAGE = 2;

    private final int exitCode;

    private CommandFailed(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    static CommandFailed usage(String message) {
        return new CommandFailed(USAGE, message);
    }

    static CommandFailed failed(String message) {
        return new CommandFailed(FAILED, message);
    }

    int exitCode() {
        return exitCode;
    }
}
