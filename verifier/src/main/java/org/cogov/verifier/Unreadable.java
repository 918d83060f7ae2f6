package org.cogov.verifier;

/** An export or witness file that cannot be read as the format says: nothing about the log follows from it. */
final class Unreadable extends Exception {

    Unreadable(String where, String reason) {
        super(where + ": " + reason);
    }
}
