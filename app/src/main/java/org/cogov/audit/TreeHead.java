package org.cogov.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

import org.cogov.shared.Domain;

/**
 * A signed statement that the log had {@code size} entries with this {@code root} at {@code signedAt}.
 * Heads are what witnesses keep: a later tree that is not an extension of a kept head is caught.
 */
@Domain
record TreeHead(long size, byte[] root, Instant signedAt, String keyId, String algorithm, byte[] signature) {

    static final String FORMAT = "cogov-tree-head/1";

    TreeHead {
        if (size < 0 || root.length != 32) {
            throw new IllegalArgumentException("a tree head has a size of zero or more and a 32-byte root");
        }
        signedAt = signedAt.truncatedTo(ChronoUnit.MICROS);
        root = root.clone();
        signature = signature.clone();
    }

    /** The bytes the signature covers (docs/audit-log.md): six lines, each ended by LF. */
    byte[] signingInput() {
        return (FORMAT + "\n" + size + "\n" + rootHex() + "\n" + Leaf.INSTANT.format(signedAt) + "\n" + keyId + "\n"
                + algorithm + "\n").getBytes(StandardCharsets.UTF_8);
    }

    TreeHead withSignature(byte[] signature) {
        return new TreeHead(size, root, signedAt, keyId, algorithm, signature);
    }

    boolean signedBy(PublishedKey key) {
        return key.keyId().equals(keyId) && key.algorithm().equals(algorithm) && key.verifies(signingInput(), signature);
    }

    String rootHex() {
        return HexFormat.of().formatHex(root);
    }

    String signatureBase64() {
        return Base64.getEncoder().encodeToString(signature);
    }

    String exportLine() {
        return "head " + size + " " + rootHex() + " " + Leaf.INSTANT.format(signedAt) + " " + keyId + " " + algorithm + " "
                + signatureBase64();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TreeHead head && head.size == size && Arrays.equals(head.root, root)
                && head.signedAt.equals(signedAt) && head.keyId.equals(keyId) && head.algorithm.equals(algorithm)
                && Arrays.equals(head.signature, signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(size, Arrays.hashCode(root), signedAt, keyId);
    }

    @Override
    public String toString() {
        return "head of size " + size + " root " + rootHex();
    }
}
