package org.cogov.verifier;

import java.util.List;

/** The hashes that lead from one leaf to the root of a tree of a given size (RFC 9162 §2.1.3). */
record InclusionProof(long index, long size, List<Hash> path) {

    InclusionProof {
        if (index < 0 || size < 0) {
            throw new IllegalArgumentException("an index and a size are never negative");
        }
        path = List.copyOf(path);
    }

    /**
     * RFC 9162 §2.1.3.2. The proof binds the leaf to its index and the root; it does not bind the size,
     * which the signed tree head does: a tree of another size whose path to this leaf has the same shape
     * accepts the same proof.
     */
    boolean verifies(Hash leafHash, Hash root) {
        if (index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        Hash r = leafHash;
        for (Hash p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Hash.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = Hash.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && r.equals(root);
    }
}
