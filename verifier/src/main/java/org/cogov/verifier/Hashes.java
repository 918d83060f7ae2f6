package org.cogov.verifier;

import java.util.Arrays;

/** A growing run of hashes kept in one array, 32 bytes each, so that a million of them cost 32 MB and no objects. */
final class Hashes {

    private static final int MAX_COUNT = (Integer.MAX_VALUE - 8) / Hash.SIZE;

    private byte[] bytes = new byte[Hash.SIZE * 16];
    private int count;

    void add(Hash hash) {
        if (count == bytes.length / Hash.SIZE) {
            if (count == MAX_COUNT) {
                throw new IllegalStateException("more than " + MAX_COUNT + " hashes do not fit in memory here");
            }
            bytes = Arrays.copyOf(bytes, Hash.SIZE * (int) Math.min(MAX_COUNT, 2L * count));
        }
        hash.copyTo(bytes, Hash.SIZE * count);
        count++;
    }

    Hash get(long index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("hash " + index + " of " + count);
        }
        return Hash.of(bytes, Hash.SIZE * (int) index);
    }

    int count() {
        return count;
    }
}
