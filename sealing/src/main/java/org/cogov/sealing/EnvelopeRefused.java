package org.cogov.sealing;

import java.util.Objects;

/**
 * A sealed-bid envelope that cannot be read or opened, with a stable reason code that the application turns into a
 * message, and a detail in English for logs and the command-line client.
 *
 * <p>The reason codes are those of the constants below. Those that the server can find on arrival ({@link #MAGIC},
 * {@link #FORMAT}, {@link #ALGORITHM}, {@link #TRUNCATED}, {@link #BINDING}) say the file is not a well-formed bid
 * for that row; {@link #AUTHENTICATION} is found only at the opening, with the procedure's private key.
 */
public final class EnvelopeRefused extends Exception {

    private static final long serialVersionUID = 1L;

    /** The file does not begin with {@code COGOVBID}: it is not a sealed bid. */
    public static final String MAGIC = "envelope.magic";
    /** An unknown format version, a wrong length field or a malformed binding in the header. */
    public static final String FORMAT = "envelope.format";
    /** An algorithm id that this version does not know. */
    public static final String ALGORITHM = "envelope.algorithm";
    /** The envelope ends before its header does, or before there is room for the body's tag. */
    public static final String TRUNCATED = "envelope.truncated";
    /** The binding in the header differs from the one the envelope is expected to have. */
    public static final String BINDING = "envelope.binding";
    /** The data key cannot be unwrapped, or the body's tag does not match: a wrong key, or an edited envelope. */
    public static final String AUTHENTICATION = "envelope.authentication";

    private final String reason;

    public EnvelopeRefused(String reason, String detail) {
        super(detail);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The stable reason code, one of this class's constants. */
    public String reason() {
        return reason;
    }

    /** What was found, in English. */
    public String detail() {
        return getMessage();
    }

    @Override
    public String toString() {
        return reason + ": " + getMessage();
    }
}
