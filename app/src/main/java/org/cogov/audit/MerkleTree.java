package org.cogov.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cogov.shared.Domain;

/**
 * The Merkle tree of RFC 6962 / RFC 9162 §2.1: tree hashes, inclusion paths and consistency proofs,
 * and their verification. A tree is read through its {@link Subtrees}, the hashes of its perfect,
 * aligned subtrees: the RFC's recursion only ever asks for those, so a stored tree answers any root
 * or proof with O(log² n) look-ups instead of a pass over its leaves.
 */
@Domain
final class MerkleTree {

    /** The root of the empty tree: SHA-256 of nothing. */
    static final byte[] EMPTY_ROOT = sha256(new byte[0]);

    /**
     * The hashes of a tree's perfect subtrees: {@code hash(level, index)} covers the leaves
     * {@code index·2^level … (index+1)·2^level − 1}; level 0 is the leaf hashes.
     */
    interface Subtrees {
        byte[] hash(int level, long index);
    }

    private final Subtrees subtrees;

    MerkleTree(Subtrees subtrees) {
        this.subtrees = subtrees;
    }

    /** A tree held in memory, from its leaf hashes. */
    static MerkleTree of(List<byte[]> leafHashes) {
        List<List<byte[]>> levels = new ArrayList<>();
        levels.add(List.copyOf(leafHashes));
        while (levels.get(levels.size() - 1).size() > 1) {
            List<byte[]> below = levels.get(levels.size() - 1);
            List<byte[]> above = new ArrayList<>();
            for (int i = 0; i + 1 < below.size(); i += 2) {
                above.add(nodeHash(below.get(i), below.get(i + 1)));
            }
            levels.add(above);
        }
        return new MerkleTree((level, index) -> levels.get(level).get(Math.toIntExact(index)));
    }

    static byte[] leafHash(byte[] leaf) {
        return sha256(new byte[] { 0x00 }, leaf);
    }

    static byte[] nodeHash(byte[] left, byte[] right) {
        return sha256(new byte[] { 0x01 }, left, right);
    }

    /** MTH of the first {@code size} leaves. */
    byte[] root(long size) {
        return size == 0 ? EMPTY_ROOT.clone() : hash(0, size);
    }

    /** PATH(m, D[n]): the inclusion path of leaf {@code index} in the tree of {@code size} leaves, leaf end first. */
    List<byte[]> inclusionPath(long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(index, 0, size, path);
        return path;
    }

    /** PROOF(m, D[n]): that the tree of {@code first} leaves is a prefix of the tree of {@code second}. */
    List<byte[]> consistencyProof(long first, long second) {
        if (first < 0 || first > second) {
            throw new IllegalArgumentException("no consistency proof from " + first + " to " + second);
        }
        List<byte[]> proof = new ArrayList<>();
        if (first > 0 && first < second) {
            subproof(first, 0, second, true, proof);
        }
        return proof;
    }

    /** RFC 9162 §2.1.3.2. */
    static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size || !allHashes(path) || leafHash.length != 32) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** RFC 9162 §2.1.4.2, with the trivial cases: equal sizes need equal roots, the empty tree precedes all. */
    static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
        if (first < 0 || first > second || !allHashes(proof)) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (first == 0) {
            return proof.isEmpty() && Arrays.equals(firstRoot, EMPTY_ROOT);
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
    }

    /** MTH(D[start : start+size]); the RFC's splits keep every part aligned, so perfect parts are stored subtrees. */
    private byte[] hash(long start, long size) {
        if (Long.bitCount(size) == 1 && start % size == 0) {
            int level = Long.numberOfTrailingZeros(size);
            return subtrees.hash(level, start >> level);
        }
        long k = splitOf(size);
        return nodeHash(hash(start, k), hash(start + k, size - k));
    }

    private void path(long index, long start, long size, List<byte[]> into) {
        if (size == 1) {
            return;
        }
        long k = splitOf(size);
        if (index < k) {
            path(index, start, k, into);
            into.add(hash(start + k, size - k));
        } else {
            path(index - k, start + k, size - k, into);
            into.add(hash(start, k));
        }
    }

    private void subproof(long first, long start, long size, boolean whole, List<byte[]> into) {
        if (first == size) {
            if (!whole) {
                into.add(hash(start, size));
            }
            return;
        }
        long k = splitOf(size);
        if (first <= k) {
            subproof(first, start, k, whole, into);
            into.add(hash(start + k, size - k));
        } else {
            subproof(first - k, start + k, size - k, false, into);
            into.add(hash(start, k));
        }
    }

    /** The largest power of two smaller than {@code size} (size ≥ 2). */
    static long splitOf(long size) {
        return Long.highestOneBit(size - 1);
    }

    private static boolean allHashes(List<byte[]> hashes) {
        return hashes.stream().allMatch(h -> h != null && h.length == 32);
    }

    static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
