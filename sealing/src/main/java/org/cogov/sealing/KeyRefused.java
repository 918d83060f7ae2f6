package org.cogov.sealing;

import java.util.Objects;

/**
 * A procedure's opening key was not rebuilt from the shares the custodians presented (see
 * {@link OpeningKey#rebuild}), with a stable reason code that the application turns into a message, the index of
 * the share at fault (0 when no single share is), and a detail in English that names that share.
 *
 * <p>Never carries a key or a share's bytes: not in its message, not in its {@link #toString()}.
 */
public final class KeyRefused extends Exception {

    private static final long serialVersionUID = 1L;

    /** A share whose commitment differs from the one published for its index: it is not the share that was given. */
    public static final String COMMITMENT = "key.share-commitment";
    /** A share whose index has no published commitment: it is not a share of this procedure's key. */
    public static final String UNKNOWN_SHARE = "key.share-unknown";
    /** One share presented more than once. */
    public static final String REPEATED = "key.share-repeated";
    /** Fewer good, distinct shares than the procedure needs to open. */
    public static final String TOO_FEW = "key.too-few-shares";
    /** The shares passed their commitments, but the rebuilt key's public key is not the published one. */
    public static final String MISMATCH = "key.mismatch";

    private final String reason;
    private final int share;

    /**
     * @param reason one of this class's constants
     * @param share the index of the share at fault, 1 to 255, or 0 when no single share is
     * @param detail what was found, in English, naming the share; never a key's or a share's bytes
     */
    public KeyRefused(String reason, int share, String detail) {
        super(detail);
        this.reason = Objects.requireNonNull(reason, "reason");
        if (share < 0 || share > OpeningKey.MAX_SHARES) {
            throw new IllegalArgumentException("a share's index is 1 to 255, or 0 for none, not " + share);
        }
        this.share = share;
    }

    /** The stable reason code, one of this class's constants. */
    public String reason() {
        return reason;
    }

    /** The index of the share at fault, or 0 when no single share is (too few shares, a key that does not match). */
    public int share() {
        return share;
    }

    /** What was found, in English. */
    public String detail() {
        return getMessage();
    }

    @Override
    public String toString() {
        return reason + (share > 0 ? " (share " + share + ")" : "") + ": " + getMessage();
    }
}
