package org.cogov.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of proofs over trees of up to 2,000 leaves. A proof binds its leaf, index and roots: any changed
 * bit there fails. It does not bind the sizes; the signed tree head does. A changed size verifies exactly
 * when the proof keeps its shape, which RFC 9162's recursive definitions (PATH and SUBPROOF, §2.1.3.1 and
 * §2.1.4.1) give independently of the bit arithmetic that the verification algorithms use.
 */
class MerkleTreePropertyTests {

    private static final int MAX_SIZE = 2_000;
    private static final MerkleTree TREE = treeOf(MAX_SIZE);

    record Position(int index, int size) {
    }

    record Sizes(int size1, int size2) {
    }

    @Provide
    Arbitrary<Position> positions() {
        return Arbitraries.integers().between(1, MAX_SIZE)
                .flatMap(size -> Arbitraries.integers().between(0, size - 1).map(index -> new Position(index, size)));
    }

    @Provide
    Arbitrary<Sizes> sizes() {
        return Arbitraries.integers().between(0, MAX_SIZE)
                .flatMap(size2 -> Arbitraries.integers().between(0, size2).map(size1 -> new Sizes(size1, size2)));
    }

    @Provide
    Arbitrary<Sizes> growingSizes() {
        return Arbitraries.integers().between(2, MAX_SIZE)
                .flatMap(size2 -> Arbitraries.integers().between(1, size2 - 1).map(size1 -> new Sizes(size1, size2)));
    }

    @Property
    void everyLeafIsProvenInEveryTreeThatHoldsIt(@ForAll("positions") Position at) {
        InclusionProof proof = TREE.inclusionProof(at.index(), at.size());

        assertThat(proof.verifies(TREE.leafHash(at.index()), TREE.root(at.size()))).isTrue();
    }

    @Property
    void everyTreeIsProvenToExtendEveryEarlierTree(@ForAll("sizes") Sizes sizes) {
        ConsistencyProof proof = TREE.consistencyProof(sizes.size1(), sizes.size2());

        assertThat(proof.verifies(TREE.root(sizes.size1()), TREE.root(sizes.size2()))).isTrue();
    }

    @Property
    void aChangedBitInTheLeafFailsItsInclusion(@ForAll("positions") Position at, @ForAll @IntRange(max = 1_000) int bit) {
        byte[] leaf = leaf(at.index());
        flip(leaf, bit % (8 * leaf.length));

        assertThat(TREE.inclusionProof(at.index(), at.size()).verifies(Hash.leaf(leaf), TREE.root(at.size()))).isFalse();
    }

    @Property
    void aChangedBitInAnInclusionPathFails(@ForAll("positions") Position at, @ForAll @IntRange(max = 100_000) int bit) {
        InclusionProof proof = TREE.inclusionProof(at.index(), at.size());
        if (proof.path().isEmpty()) {
            return;
        }
        InclusionProof changed = new InclusionProof(at.index(), at.size(), flipped(proof.path(), bit));

        assertThat(changed.verifies(TREE.leafHash(at.index()), TREE.root(at.size()))).isFalse();
    }

    @Property
    void aChangedBitInTheRootFailsAnInclusionProof(@ForAll("positions") Position at, @ForAll @IntRange(max = 255) int bit) {
        InclusionProof proof = TREE.inclusionProof(at.index(), at.size());

        assertThat(proof.verifies(TREE.leafHash(at.index()), flipped(TREE.root(at.size()), bit))).isFalse();
    }

    @Property
    void aChangedBitInTheIndexFails(@ForAll("positions") Position at, @ForAll @IntRange(max = 62) int bit) {
        InclusionProof proof = TREE.inclusionProof(at.index(), at.size());
        InclusionProof moved = new InclusionProof(at.index() ^ (1L << bit), at.size(), proof.path());

        assertThat(moved.verifies(TREE.leafHash(at.index()), TREE.root(at.size()))).isFalse();
    }

    @Property
    void aChangedBitInTheSizeFailsUnlessTheLeafsPathKeepsItsShape(
            @ForAll("positions") Position at, @ForAll @IntRange(max = 62) int bit) {
        InclusionProof proof = TREE.inclusionProof(at.index(), at.size());
        long size = at.size() ^ (1L << bit);
        boolean sameShape = at.index() < size && pathShape(at.index(), size).equals(pathShape(at.index(), at.size()));

        assertThat(new InclusionProof(at.index(), size, proof.path()).verifies(TREE.leafHash(at.index()), TREE.root(at.size())))
                .isEqualTo(sameShape);
    }

    @Property
    void aChangedBitInAConsistencyProofFails(@ForAll("growingSizes") Sizes sizes, @ForAll @IntRange(max = 100_000) int bit) {
        ConsistencyProof proof = TREE.consistencyProof(sizes.size1(), sizes.size2());
        ConsistencyProof changed = new ConsistencyProof(sizes.size1(), sizes.size2(), flipped(proof.path(), bit));

        assertThat(changed.verifies(TREE.root(sizes.size1()), TREE.root(sizes.size2()))).isFalse();
    }

    @Property
    void aChangedBitInEitherRootFailsAConsistencyProof(
            @ForAll("growingSizes") Sizes sizes, @ForAll @IntRange(max = 255) int bit) {
        ConsistencyProof proof = TREE.consistencyProof(sizes.size1(), sizes.size2());
        Hash root1 = TREE.root(sizes.size1());
        Hash root2 = TREE.root(sizes.size2());

        assertThat(proof.verifies(flipped(root1, bit), root2)).isFalse();
        assertThat(proof.verifies(root1, flipped(root2, bit))).isFalse();
    }

    @Property
    void aChangedBitInTheEarlierSizeFailsUnlessTheProofKeepsItsShape(
            @ForAll("growingSizes") Sizes sizes, @ForAll @IntRange(max = 62) int bit) {
        long size1 = sizes.size1() ^ (1L << bit);

        assertThat(verifiesWithSizes(sizes, size1, sizes.size2()))
                .isEqualTo(0 < size1 && size1 < sizes.size2() && sameProofShape(sizes, size1, sizes.size2()));
    }

    @Property
    void aChangedBitInTheLaterSizeFailsUnlessTheProofKeepsItsShape(
            @ForAll("growingSizes") Sizes sizes, @ForAll @IntRange(max = 62) int bit) {
        long size2 = sizes.size2() ^ (1L << bit);

        assertThat(verifiesWithSizes(sizes, sizes.size1(), size2))
                .isEqualTo(sizes.size1() < size2 && sameProofShape(sizes, sizes.size1(), size2));
    }

    private static boolean verifiesWithSizes(Sizes proven, long size1, long size2) {
        ConsistencyProof proof = TREE.consistencyProof(proven.size1(), proven.size2());
        return new ConsistencyProof(size1, size2, proof.path()).verifies(TREE.root(proven.size1()), TREE.root(proven.size2()));
    }

    private static boolean sameProofShape(Sizes proven, long size1, long size2) {
        return proofShape(size1, size2).equals(proofShape(proven.size1(), proven.size2()));
    }

    /** Per hash of PATH(m, D[n]), bottom up: does it stand left or right of the path. */
    private static List<String> pathShape(long m, long n) {
        if (n == 1) {
            return new ArrayList<>();
        }
        long k = Long.highestOneBit(n - 1);
        List<String> shape = m < k ? pathShape(m, k) : pathShape(m - k, n - k);
        shape.add(m < k ? "right" : "left");
        return shape;
    }

    /**
     * Per hash of PROOF(m, D[n]), bottom up: where it stands and whether the earlier tree holds it. The
     * verifier seeds a proof whose earlier tree is a perfect subtree with that tree's root.
     */
    private static List<String> proofShape(long m, long n) {
        List<String> shape = subproofShape(m, n, true);
        if (Long.bitCount(m) == 1) {
            shape.add(0, "earlier root");
        }
        return shape;
    }

    private static List<String> subproofShape(long m, long n, boolean wholeEarlierTree) {
        if (m == n) {
            return wholeEarlierTree ? new ArrayList<>() : new ArrayList<>(List.of("earlier subtree"));
        }
        long k = Long.highestOneBit(n - 1);
        List<String> shape = m <= k ? subproofShape(m, k, wholeEarlierTree) : subproofShape(m - k, n - k, false);
        shape.add(m <= k ? "right, later only" : "left, in both");
        return shape;
    }

    private static List<Hash> flipped(List<Hash> path, int bit) {
        List<Hash> changed = new ArrayList<>(path);
        int element = (bit / 256) % path.size();
        changed.set(element, flipped(path.get(element), bit % 256));
        return changed;
    }

    private static Hash flipped(Hash hash, int bit) {
        byte[] bytes = hash.bytes();
        flip(bytes, bit);
        return Hash.of(bytes);
    }

    private static void flip(byte[] bytes, int bit) {
        bytes[bit / 8] ^= (byte) (1 << (bit % 8));
    }

    private static byte[] leaf(int index) {
        return ("entry " + index).getBytes(StandardCharsets.UTF_8);
    }

    private static MerkleTree treeOf(int size) {
        MerkleTree tree = new MerkleTree();
        for (int i = 0; i < size; i++) {
            tree.append(Hash.leaf(leaf(i)));
        }
        return tree;
    }
}
