package org.cogov.verifier;

import java.util.Arrays;
import java.util.UUID;

/**
 * What each leaf read so far says about itself, 48 bytes a leaf: its entry id, to name it in a finding,
 * and its payload hash, for the payload line that may follow it anywhere later in the export.
 */
final class Leaves {

    private long[] entryIds = new long[2 * 16];
    private final Hashes payloadHashes = new Hashes();

    void add(Leaf leaf) {
        int index = payloadHashes.count();
        payloadHashes.add(leaf.payloadHash());
        if (entryIds.length < 2 * (index + 1)) {
            entryIds = Arrays.copyOf(entryIds, 4 * (index + 1));
        }
        UUID entryId = UUID.fromString(leaf.entryId());
        entryIds[2 * index] = entryId.getMostSignificantBits();
        entryIds[2 * index + 1] = entryId.getLeastSignificantBits();
    }

    long count() {
        return payloadHashes.count();
    }

    Hash payloadHash(long index) {
        return payloadHashes.get(index);
    }

    /** "leaf 4 (entry …)", the way a finding names a leaf. */
    String name(long index) {
        int i = (int) index;
        return name(index, new UUID(entryIds[2 * i], entryIds[2 * i + 1]).toString());
    }

    static String name(long index, String entryId) {
        return entryId == null ? "leaf " + index : "leaf " + index + " (entry " + entryId + ")";
    }
}
