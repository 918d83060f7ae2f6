package org.cogov.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Known answers, published with Certificate Transparency's reference implementation and repeated by
 * transparency-dev/merkle: the eight leaves below, the root of every size from 0 to 8, and their
 * inclusion and consistency proofs. A tree no other implementation agrees with proves nothing.
 */
class MerkleTreeTests {

    private static final HexFormat HEX = HexFormat.of();

    static final List<byte[]> LEAVES = Stream.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f").map(HEX::parseHex).toList();

    static final List<String> ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    private final MerkleTree tree = MerkleTree.of(LEAVES.stream().map(MerkleTree::leafHash).toList());

    @Test
    void theRootOfEverySizeIsThePublishedOne() {
        for (int size = 0; size <= 8; size++) {
            assertThat(HEX.formatHex(tree.root(size))).as("size " + size).isEqualTo(ROOTS.get(size));
            assertThat(HEX.formatHex(MerkleTree.of(LEAVES.subList(0, size).stream().map(MerkleTree::leafHash).toList())
                    .root(size))).as("a tree of exactly " + size).isEqualTo(ROOTS.get(size));
        }
    }

    @Test
    void inclusionPathsAreThePublishedOnes() {
        assertThat(hex(tree.inclusionPath(0, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(tree.inclusionPath(5, 8))).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(tree.inclusionPath(2, 3))).containsExactly(
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
        assertThat(hex(tree.inclusionPath(1, 5))).containsExactly(
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertThat(tree.inclusionPath(0, 1)).isEmpty();
    }

    @Test
    void consistencyProofsAreThePublishedOnes() {
        assertThat(hex(tree.consistencyProof(1, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(tree.consistencyProof(6, 8))).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(tree.consistencyProof(2, 5))).containsExactly(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertThat(tree.consistencyProof(1, 1)).isEmpty();
    }

    @Test
    void thePublishedProofsVerify() {
        assertThat(MerkleTree.verifyInclusion(MerkleTree.leafHash(LEAVES.get(5)), 5, 8, tree.inclusionPath(5, 8), root(8))).isTrue();
        assertThat(MerkleTree.verifyConsistency(6, 8, root(6), root(8), tree.consistencyProof(6, 8))).isTrue();
        assertThat(MerkleTree.verifyConsistency(2, 5, root(2), root(5), tree.consistencyProof(2, 5))).isTrue();
    }

    @Test
    void theTrivialConsistencyCasesHoldOnlyWithAnEmptyProof() {
        assertThat(MerkleTree.verifyConsistency(4, 4, root(4), root(4), List.of())).isTrue();
        assertThat(MerkleTree.verifyConsistency(4, 4, root(4), root(5), List.of())).isFalse();
        assertThat(MerkleTree.verifyConsistency(4, 4, root(4), root(4), List.of(root(4)))).isFalse();
        assertThat(MerkleTree.verifyConsistency(0, 8, root(0), root(8), List.of())).isTrue();
        assertThat(MerkleTree.verifyConsistency(0, 8, root(1), root(8), List.of())).isFalse();
        assertThat(MerkleTree.verifyConsistency(6, 8, root(6), root(8), List.of())).isFalse();
        assertThat(MerkleTree.verifyConsistency(8, 6, root(8), root(6), tree.consistencyProof(6, 8))).isFalse();
    }

    @Test
    void aLeafOutsideTheTreeHasNoPath() {
        assertThatThrownBy(() -> tree.inclusionPath(8, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThat(MerkleTree.verifyInclusion(MerkleTree.leafHash(LEAVES.get(5)), 8, 8, tree.inclusionPath(5, 8), root(8)))
                .isFalse();
    }

    private static byte[] root(int size) {
        return HEX.parseHex(ROOTS.get(size));
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }
}
