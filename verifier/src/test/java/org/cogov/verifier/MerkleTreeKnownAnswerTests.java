package org.cogov.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The RFC 6962 test vectors as the certificate-transparency code publishes them (transparency-dev/merkle,
 * testonly/constants.go and proof/verify_test.go): eight leaves, the root of every tree over their first
 * n, and known inclusion and consistency proofs. None of these values is computed here.
 */
class MerkleTreeKnownAnswerTests {

    private static final List<String> LEAVES = List.of(
            "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f");

    private static final List<String> ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    private final MerkleTree tree = treeOfTheEightLeaves();

    @Test
    void theEmptyTreeHasTheRootOfNothing() {
        assertThat(new MerkleTree().root(0)).isEqualTo(Hash.parse(ROOTS.get(0)));
    }

    @ParameterizedTest(name = "tree of {0}")
    @MethodSource("sizes")
    void everyTreeOverTheFirstLeavesHasThePublishedRoot(int size) {
        assertThat(tree.root(size)).isEqualTo(Hash.parse(ROOTS.get(size)));
    }

    @Test
    void aTreeGrownLeafByLeafKeepsEveryEarlierRoot() {
        MerkleTree growing = new MerkleTree();
        for (int size = 1; size <= LEAVES.size(); size++) {
            growing.append(Hash.leaf(HexFormat.of().parseHex(LEAVES.get(size - 1))));
            for (int earlier = 0; earlier <= size; earlier++) {
                assertThat(growing.root(earlier)).as("root %d of %d", earlier, size).isEqualTo(Hash.parse(ROOTS.get(earlier)));
            }
        }
    }

    @ParameterizedTest(name = "leaf {0} of {1}")
    @MethodSource("inclusionProofs")
    void inclusionProofsAreThePublishedOnesAndVerify(int index, int size, List<String> path) {
        InclusionProof proof = tree.inclusionProof(index, size);

        assertThat(proof.path()).isEqualTo(hashes(path));
        assertThat(new InclusionProof(index, size, hashes(path)).verifies(leafHash(index), Hash.parse(ROOTS.get(size))))
                .isTrue();
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("consistencyProofs")
    void consistencyProofsAreThePublishedOnesAndVerify(int size1, int size2, List<String> proof) {
        assertThat(tree.consistencyProof(size1, size2).path()).isEqualTo(hashes(proof));
        assertThat(new ConsistencyProof(size1, size2, hashes(proof))
                .verifies(Hash.parse(ROOTS.get(size1)), Hash.parse(ROOTS.get(size2)))).isTrue();
    }

    @Test
    void aProofDoesNotVerifyAgainstTheRootOfAnotherSize() {
        InclusionProof proof = new InclusionProof(5, 8, hashes(List.of(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")));

        assertThat(proof.verifies(leafHash(5), Hash.parse(ROOTS.get(7)))).isFalse();
    }

    @Test
    void aPublishedPathAlsoLeadsToItsRootAsALargerTreeOfTheSameShapeSoTheSignedHeadMustVouchForTheSize() {
        List<Hash> path = hashes(List.of(
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"));
        Hash root5 = Hash.parse(ROOTS.get(5));

        assertThat(Stream.of(4, 5, 6, 7, 8, 9).filter(size -> new InclusionProof(1, size, path).verifies(leafHash(1), root5)))
                .containsExactly(5, 6, 7, 8);
    }

    static Stream<Integer> sizes() {
        return Stream.of(1, 2, 3, 4, 5, 6, 7, 8);
    }

    /** The published vectors number leaves from 1; these are 0-based indexes. */
    static Stream<Arguments> inclusionProofs() {
        return Stream.of(
                Arguments.of(0, 1, List.of()),
                Arguments.of(0, 8, List.of(
                        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
                Arguments.of(5, 8, List.of(
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
                Arguments.of(2, 3, List.of(
                        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")),
                Arguments.of(1, 5, List.of(
                        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")));
    }

    static Stream<Arguments> consistencyProofs() {
        return Stream.of(
                Arguments.of(1, 1, List.of()),
                Arguments.of(1, 8, List.of(
                        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
                Arguments.of(6, 8, List.of(
                        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
                Arguments.of(2, 5, List.of(
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")),
                Arguments.of(6, 7, List.of(
                        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                        "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")));
    }

    private static MerkleTree treeOfTheEightLeaves() {
        MerkleTree tree = new MerkleTree();
        for (int i = 0; i < LEAVES.size(); i++) {
            tree.append(leafHash(i));
        }
        return tree;
    }

    private static Hash leafHash(int index) {
        return Hash.leaf(HexFormat.of().parseHex(LEAVES.get(index)));
    }

    private static List<Hash> hashes(List<String> hex) {
        return hex.stream().map(Hash::parse).toList();
    }
}
