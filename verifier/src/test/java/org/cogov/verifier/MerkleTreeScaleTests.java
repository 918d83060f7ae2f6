package org.cogov.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A million leaves with a thousand heads, as a year of a busy log may hold. Recomputing every root from
 * the leaves would take a billion hashes; the tree needs a few million, so the minute is generous.
 */
class MerkleTreeScaleTests {

    private static final int LEAVES = 1_000_000;
    private static final int HEADS = 1_000;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aThousandHeadsOverAMillionLeavesAreCheckedInLinearTime() {
        MerkleTree tree = new MerkleTree();
        for (int i = 0; i < LEAVES; i++) {
            tree.append(Hash.leaf(ByteBuffer.allocate(4).putInt(i).array()));
        }
        long previousSize = 0;
        Hash previousRoot = Hash.EMPTY_TREE;
        for (int head = 1; head <= HEADS; head++) {
            long size = (long) LEAVES * head / HEADS - head % 7;
            Hash root = tree.root(size);
            assertThat(tree.consistencyProof(previousSize, size).verifies(previousRoot, root)).isTrue();
            assertThat(tree.inclusionProof(size - 1, LEAVES).verifies(tree.leafHash(size - 1), tree.root(LEAVES))).isTrue();
            previousSize = size;
            previousRoot = root;
        }
    }
}
