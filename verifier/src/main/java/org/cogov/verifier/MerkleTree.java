package org.cogov.verifier;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 9162 Merkle tree that grows one leaf at a time. It keeps, for every height, the hashes of the
 * perfect subtrees at that height from the left; every subtree that a root or a proof needs at any size
 * is either one of them or a few of them folded together, so roots and proofs cost O(log n) hashes and
 * checking heads and proofs over a million leaves stays linear in the leaves.
 */
final class MerkleTree {

    /** Height h holds the hashes of the subtrees of 2^h leaves that start at multiples of 2^h. */
    private final List<Hashes> heights = new ArrayList<>();

    void append(Hash leafHash) {
        Hash hash = leafHash;
        for (int height = 0; ; height++) {
            if (heights.size() == height) {
                heights.add(new Hashes());
            }
            Hashes level = heights.get(height);
            level.add(hash);
            int count = level.count();
            if (count % 2 == 1) {
                return;
            }
            hash = Hash.node(level.get(count - 2), level.get(count - 1));
        }
    }

    long size() {
        return heights.isEmpty() ? 0 : heights.get(0).count();
    }

    Hash leafHash(long index) {
        return heights.get(0).get(index);
    }

    /** MTH of the first {@code size} leaves. */
    Hash root(long size) {
        requireSize(size);
        return size == 0 ? Hash.EMPTY_TREE : subtree(0, size);
    }

    /** RFC 9162 §2.1.3.1 PATH(index, D[size]). */
    InclusionProof inclusionProof(long index, long size) {
        requireSize(size);
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
        }
        List<Hash> path = new ArrayList<>();
        path(index, 0, size, path);
        return new InclusionProof(index, size, path);
    }

    /** RFC 9162 §2.1.4.1 PROOF(size1, D[size2]); empty when size1 is 0 or equals size2. */
    ConsistencyProof consistencyProof(long size1, long size2) {
        requireSize(size2);
        if (size1 < 0 || size1 > size2) {
            throw new IllegalArgumentException("a tree of " + size1 + " cannot precede a tree of " + size2);
        }
        List<Hash> proof = new ArrayList<>();
        if (size1 > 0) {
            subproof(size1, 0, size2, true, proof);
        }
        return new ConsistencyProof(size1, size2, proof);
    }

    private void path(long index, long start, long size, List<Hash> path) {
        if (size == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(size);
        if (index < k) {
            path(index, start, k, path);
            path.add(subtree(start + k, size - k));
        } else {
            path(index - k, start + k, size - k, path);
            path.add(subtree(start, k));
        }
    }

    private void subproof(long size1, long start, long size, boolean startsTheTree, List<Hash> proof) {
        if (size1 == size) {
            if (!startsTheTree) {
                proof.add(subtree(start, size));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(size);
        if (size1 <= k) {
            subproof(size1, start, k, startsTheTree, proof);
            proof.add(subtree(start + k, size - k));
        } else {
            subproof(size1 - k, start + k, size - k, false, proof);
            proof.add(subtree(start, k));
        }
    }

    /**
     * MTH of the {@code size} leaves from {@code start}. Every subtree the RFC's recursion visits starts at
     * a multiple of the power of two at or above its size, so its binary decomposition (largest piece
     * first) consists of perfect subtrees that are all stored; the MTH folds them from the right.
     */
    private Hash subtree(long start, long size) {
        Hash folded = null;
        for (long pieces = size; pieces != 0; pieces &= pieces - 1) {
            int height = Long.numberOfTrailingZeros(pieces);
            long pieceStart = start + (pieces & (pieces - 1));
            Hash hash = heights.get(height).get(pieceStart >> height);
            folded = folded == null ? hash : Hash.node(hash, folded);
        }
        return folded;
    }

    private void requireSize(long size) {
        if (size < 0 || size > size()) {
            throw new IllegalArgumentException("the tree holds " + size() + " leaves, not " + size);
        }
    }

    private static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }
}
