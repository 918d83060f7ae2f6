package org.cogov.verifier;

import java.util.ArrayList;
import java.util.List;

/** The hashes that show a tree of size2 leaves to extend a tree of its first size1 leaves (RFC 9162 §2.1.4). */
record ConsistencyProof(long size1, long size2, List<Hash> path) {

    ConsistencyProof {
        if (size1 < 0 || size2 < 0) {
            throw new IllegalArgumentException("a size is never negative");
        }
        path = List.copyOf(path);
    }

    /**
     * RFC 9162 §2.1.4.2, with its preconditions made explicit: equal sizes need equal roots and an empty
     * proof, and the empty tree, whose root is fixed, is extended by every tree.
     */
    boolean verifies(Hash root1, Hash root2) {
        if (size1 > size2) {
            return false;
        }
        if (size1 == 0) {
            return path.isEmpty() && root1.equals(Hash.EMPTY_TREE) && (size2 > 0 || root2.equals(Hash.EMPTY_TREE));
        }
        if (size1 == size2) {
            return path.isEmpty() && root1.equals(root2);
        }
        if (path.isEmpty()) {
            return false;
        }
        List<Hash> c = new ArrayList<>(path);
        if (Long.bitCount(size1) == 1) {
            c.add(0, root1);
        }
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        Hash fr = c.get(0);
        Hash sr = c.get(0);
        for (Hash hash : c.subList(1, c.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Hash.node(hash, fr);
                sr = Hash.node(hash, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = Hash.node(sr, hash);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && fr.equals(root1) && sr.equals(root2);
    }
}
