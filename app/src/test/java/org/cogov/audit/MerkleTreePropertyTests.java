package org.cogov.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Every proof of every tree up to 2,000 leaves verifies, and a proof stops verifying when any one bit
 * of it, of the leaf, of the index or of a size changes. A changed size is checked against the root
 * of a tree of that size, as a verifier holding the signed head of that size would: the head binds
 * size and root together, a path alone does not bind the size.
 */
class MerkleTreePropertyTests {

    private static final int MAX = 2000;
    private static final List<byte[]> LEAF_HASHES = new ArrayList<>();
    private static final Map<Long, byte[]> ROOTS = new HashMap<>();
    private static final MerkleTree TREE;

    static {
        for (int i = 0; i < MAX; i++) {
            LEAF_HASHES.add(MerkleTree.leafHash(("leaf " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        TREE = MerkleTree.of(LEAF_HASHES);
    }

    record Inclusion(long index, long size) {
    }

    record Consistency(long first, long second) {
    }

    @Provide
    Arbitrary<Inclusion> inclusions() {
        return Arbitraries.longs().between(1, MAX).flatMap(size -> Arbitraries.longs().between(0, size - 1)
                .map(index -> new Inclusion(index, size)));
    }

    @Provide
    Arbitrary<Consistency> consistencies() {
        return Arbitraries.longs().between(1, MAX).flatMap(second -> Arbitraries.longs().between(0, second)
                .map(first -> new Consistency(first, second)));
    }

    @Property(tries = 300)
    void everyInclusionProofVerifies(@ForAll("inclusions") Inclusion p) {
        assertThat(MerkleTree.verifyInclusion(leaf(p.index()), p.index(), p.size(), TREE.inclusionPath(p.index(), p.size()),
                root(p.size()))).isTrue();
    }

    @Property(tries = 300)
    void everyConsistencyProofVerifies(@ForAll("consistencies") Consistency p) {
        assertThat(MerkleTree.verifyConsistency(p.first(), p.second(), root(p.first()), root(p.second()),
                TREE.consistencyProof(p.first(), p.second()))).isTrue();
    }

    @Property(tries = 300)
    void aChangedBitInAnInclusionProofFails(@ForAll("inclusions") Inclusion p, @ForAll @IntRange(max = 100_000) int at) {
        List<byte[]> path = TREE.inclusionPath(p.index(), p.size());
        if (path.isEmpty()) {
            return;
        }
        List<byte[]> changed = flip(path, at);
        assertThat(MerkleTree.verifyInclusion(leaf(p.index()), p.index(), p.size(), changed, root(p.size()))).isFalse();
    }

    @Property(tries = 300)
    void aChangedBitInTheLeafFails(@ForAll("inclusions") Inclusion p, @ForAll @IntRange(max = 255) int bit) {
        byte[] leaf = leaf(p.index()).clone();
        leaf[bit / 8] ^= (byte) (1 << (bit % 8));
        assertThat(MerkleTree.verifyInclusion(leaf, p.index(), p.size(), TREE.inclusionPath(p.index(), p.size()),
                root(p.size()))).isFalse();
    }

    @Property(tries = 300)
    void aChangedBitInTheIndexFails(@ForAll("inclusions") Inclusion p, @ForAll @IntRange(max = 62) int bit) {
        long index = p.index() ^ (1L << bit);
        assertThat(MerkleTree.verifyInclusion(leaf(p.index()), index, p.size(), TREE.inclusionPath(p.index(), p.size()),
                root(p.size()))).isFalse();
    }

    @Property(tries = 300)
    void aChangedBitInTheSizeFails(@ForAll("inclusions") Inclusion p, @ForAll @IntRange(max = 62) int bit) {
        long size = p.size() ^ (1L << bit);
        assertThat(MerkleTree.verifyInclusion(leaf(p.index()), p.index(), size, TREE.inclusionPath(p.index(), p.size()),
                root(size))).isFalse();
    }

    @Property(tries = 300)
    void aChangedBitInAConsistencyProofFails(@ForAll("consistencies") Consistency p, @ForAll @IntRange(max = 100_000) int at) {
        List<byte[]> proof = TREE.consistencyProof(p.first(), p.second());
        if (proof.isEmpty()) {
            return;
        }
        assertThat(MerkleTree.verifyConsistency(p.first(), p.second(), root(p.first()), root(p.second()), flip(proof, at)))
                .isFalse();
    }

    @Property(tries = 300)
    void aChangedBitInEitherSizeFails(@ForAll("consistencies") Consistency p, @ForAll @IntRange(max = 62) int bit,
            @ForAll boolean firstSize) {
        long first = firstSize ? p.first() ^ (1L << bit) : p.first();
        long second = firstSize ? p.second() : p.second() ^ (1L << bit);
        List<byte[]> proof = TREE.consistencyProof(p.first(), p.second());
        if (proof.isEmpty() && (first == 0 && second >= 0 || first == second)) {
            // An empty proof is the true proof of these two claims: the empty tree, or a tree, precedes itself.
            return;
        }
        assertThat(MerkleTree.verifyConsistency(first, second, root(first), root(second), proof)).isFalse();
    }

    @Property(tries = 200)
    void aDroppedOrAddedProofElementFails(@ForAll("consistencies") Consistency p, @ForAll boolean drop) {
        List<byte[]> proof = new ArrayList<>(TREE.consistencyProof(p.first(), p.second()));
        if (drop && proof.isEmpty()) {
            return;
        }
        if (drop) {
            proof.remove(proof.size() - 1);
        } else {
            proof.add(root(p.second()));
        }
        assertThat(MerkleTree.verifyConsistency(p.first(), p.second(), root(p.first()), root(p.second()), proof)).isFalse();
    }

    private static List<byte[]> flip(List<byte[]> hashes, int at) {
        int bit = at % (hashes.size() * 256);
        List<byte[]> changed = new ArrayList<>(hashes);
        byte[] hash = changed.get(bit / 256).clone();
        hash[(bit % 256) / 8] ^= (byte) (1 << (bit % 8));
        changed.set(bit / 256, hash);
        return changed;
    }

    private static byte[] leaf(long index) {
        return LEAF_HASHES.get(Math.toIntExact(index));
    }

    /** The root of a tree of the first {@code size} leaves; beyond them, of as many more as the size asks. */
    private static byte[] root(long size) {
        if (size < 0) {
            return MerkleTree.EMPTY_ROOT;
        }
        if (size > MAX) {
            // A size no tree here reaches: no root of it can equal one of ours, short of a collision.
            return MerkleTree.sha256(Long.toString(size).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return ROOTS.computeIfAbsent(size, TREE::root);
    }
}
