package org.cogov.verifier;

import java.nio.charset.StandardCharsets;

/** A signed statement of the tree's size and root at a moment, as an export or witness file lists it. */
record TreeHead(long size, Hash root, String signedAt, String keyId, String algorithm, byte[] signature, String where) {

    static final String FORMAT = "cogov-tree-head/1";

    /** Reads {@code head <size> <root hex> <signed at> <key id> <algorithm> <signature, base64>}. */
    static TreeHead from(Line line) throws Unreadable {
        line.expectFields(7);
        return new TreeHead(
                line.decimal(1, "head size"),
                line.hash(2, "root"),
                line.timestamp(3, "signed at"),
                line.keyId(4),
                line.algorithm(5),
                line.base64(6, "signature"),
                line.where());
    }

    /** The six LF-ended lines the signature covers. */
    byte[] signingInput() {
        String text = FORMAT + "\n" + size + "\n" + root.hex() + "\n" + signedAt + "\n" + keyId + "\n" + algorithm + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "head " + size + " signed at " + signedAt + " by key " + keyId + " (" + where + ")";
    }
}
