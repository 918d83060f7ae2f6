package org.cogov.audit;

import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tree as stored: leaf hashes in audit_leaf, the hashes of completed perfect subtrees in audit_node. */
@Repository
class StoredTree implements MerkleTree.Subtrees {

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
        String hex = level == 0
                ? jdbc.sql("SELECT leaf_hash FROM audit_leaf WHERE leaf_index = :i").param("i", index).query(String.class).single()
                : jdbc.sql("SELECT hash FROM audit_node WHERE level = :level AND node_index = :i").param("level", level)
                        .param("i", index).query(String.class).single();
        return HexFormat.of().parseHex(hex);
    }
}
