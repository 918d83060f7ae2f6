package org.cogov.audit;

import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tree as stored: leaf hashes in audit_leaf, the hashes of completed perfect subtrees of
 * {@code 2^LOWEST_STORED_LEVEL} leaves and more in audit_node. A smaller subtree is hashed from its
 * leaves, read in one range: storing it would cost the integrator a row for almost every leaf.
 */
@Repository
class StoredTree implements MerkleTree.Subtrees {

    static final int LOWEST_STORED_LEVEL = 4;

    private final JdbcClient jdbc;

    StoredTree(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long size() {
        return jdbc.sql("SELECT COALESCE(MAX(leaf_index) + 1, 0) FROM audit_leaf").query(Long.class).single();
    }

    MerkleTree tree() {
        return new MerkleTree(this);
    }

    @Override
    public byte[] hash(int level, long index) {
        if (level >= LOWEST_STORED_LEVEL) {
            return HexFormat.of().parseHex(jdbc.sql("SELECT hash FROM audit_node WHERE level = :level AND node_index = :i")
                    .param("level", level).param("i", index).query(String.class).single());
        }
        List<byte[]> leaves = jdbc.sql("""
                SELECT leaf_hash FROM audit_leaf WHERE leaf_index >= :first AND leaf_index < :end ORDER BY leaf_index
                """).param("first", index << level).param("end", (index + 1) << level).query(String.class).list().stream()
                .map(HexFormat.of()::parseHex).toList();
        if (leaves.size() != 1 << level) {
            throw new IllegalStateException("leaves " + (index << level) + " to " + (((index + 1) << level) - 1)
                    + " are not all stored");
        }
        return MerkleTree.of(leaves).root(leaves.size());
    }
}
