package org.cogov.sealing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One share of a procedure's opening key, held by one custodian: its index (the point at which
 * Shamir's polynomial was evaluated, 1 to 255) and its value (as long as the key, 32 bytes).
 *
 * <p>The record keeps its own copy of the value: {@link #value()} hands out a copy, {@link #wipe()}
 * zeroes the record's own. {@link #toString()} never shows the value, so that no log ever holds one.
 *
 * <p>Its {@linkplain #commitment() commitment}, published with the tender notice, lets anyone check at
 * the opening that a custodian presents the very share it was given, without learning the share.
 *
 * @param index the share's index, 1 to 255
 * @param value the share's bytes
 */
public record Share(int index, byte[] value) {

    /** The domain label that opens the bytes of a commitment, so that it hashes nothing but a share of this kind. */
    public static final String COMMITMENT_LABEL = "cogov/opening-key-share/v1";

    public Share {
        if (index < 1 || index > 255) {
            throw new IllegalArgumentException("a share's index is 1 to 255, not " + index);
        }
        Objects.requireNonNull(value, "value");
        if (value.length == 0) {
            throw new IllegalArgumentException("a share has a value");
        }
        value = value.clone();
    }

    /** A copy of the share's bytes: the caller wipes it when done. */
    @Override
    public byte[] value() {
        return value.clone();
    }

    /**
     * The commitment to this share, published before anyone holds it: the SHA-256, in lowercase hex, of
     * these bytes in this order —
     * <ol>
     * <li>the ASCII bytes of {@value #COMMITMENT_LABEL} (26 bytes),</li>
     * <li>one zero byte,</li>
     * <li>the index as one unsigned byte (1 to 255),</li>
     * <li>the value (32 bytes for an opening key).</li>
     * </ol>
     * For example, with {@code sha256sum}: {@code printf 'cogov/opening-key-share/v1\0\x01' | cat - share.bin | sha256sum}.
     */
    public String commitment() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(COMMITMENT_LABEL.getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) 0);
            sha256.update((byte) index);
            sha256.update(value);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Zeroes the record's own copy of the value; the share is of no use afterwards. */
    public void wipe() {
        Arrays.fill(value, (byte) 0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Share share && index == share.index && MessageDigest.isEqual(value, share.value);
    }

    @Override
    public int hashCode() {
        return 31 * index + Arrays.hashCode(value);
    }

    /** The index only: a share's value never reaches a log. */
    @Override
    public String toString() {
        return "Share[index=" + index + ", value=(" + value.length + " bytes, not shown)]";
    }
}
