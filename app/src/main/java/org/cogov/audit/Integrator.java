package org.cogov.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings pending audit entries into the Merkle tree, once a second: gives each a leaf index, stores
 * its leaf hash and the subtree hashes it completes, and signs one tree head per batch. Safe with many
 * app nodes: each run locks the one audit_integrator row, so runs follow each other and an index is
 * given once, without gap. A leaf is built from the entry as stored, so that the leaf hashed is the
 * leaf anyone recomputes from the row.
 */
@Service
public class Integrator {

    private static final Logger log = LoggerFactory.getLogger(Integrator.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final StoredTree stored;
    private final TreeHeads heads;
    private final SigningKey key;
    private final Clock clock;
    private final int batchSize;
    private final TransactionTemplate transaction;

    Integrator(JdbcClient jdbc, JdbcTemplate batch, StoredTree stored, TreeHeads heads, SigningKey key, Clock clock,
            AuditSettings settings, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.stored = stored;
        this.heads = heads;
        this.key = key;
        this.clock = clock;
        this.batchSize = settings.batchSize();
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Scheduled(fixedDelayString = "${cogov.audit.integrate-every:1s}", initialDelayString = "${cogov.audit.integrate-every:1s}")
    void everySecond() {
        try {
            integrateNow();
        } catch (RuntimeException e) {
            log.error("the audit integrator failed; it tries again in a second", e);
        }
    }

    /** Integrates every entry committed so far, batch by batch, and answers the size of the signed tree. */
    public long integrateNow() {
        while (Boolean.TRUE.equals(transaction.execute(status -> integrateBatch()))) {
            log.debug("another audit batch follows");
        }
        return heads.latest().map(TreeHead::size).orElse(0L);
    }

    /** One batch in one transaction; true when the batch was full and more may wait. */
    private boolean integrateBatch() {
        jdbc.sql("SELECT id FROM audit_integrator WHERE id = 1 FOR UPDATE").query(Integer.class).single();
        List<Leaf> leaves = jdbc.sql("""
                SELECT e.id, e.recorded_at, e.actor_id, e.organization_id, e.action, e.outcome, e.object_type, e.object_id,
                       e.payload_hash
                FROM audit_pending p JOIN audit_entry e ON e.id = p.entry_id
                ORDER BY e.seq
                LIMIT :batch
                """).param("batch", batchSize).query(Integrator::leaf).list();
        if (leaves.isEmpty()) {
            return false;
        }
        long start = stored.size();
        Map<String, byte[]> written = new HashMap<>();
        List<Object[]> leafRows = new ArrayList<>();
        List<Object[]> nodeRows = new ArrayList<>();
        MerkleTree.Subtrees subtrees = (level, index) -> {
            byte[] hash = written.get(level + ":" + index);
            return hash != null ? hash : stored.hash(level, index);
        };
        HexFormat hex = HexFormat.of();
        for (int i = 0; i < leaves.size(); i++) {
            long index = start + i;
            byte[] hash = leaves.get(i).hash();
            written.put("0:" + index, hash);
            leafRows.add(new Object[] { index, leaves.get(i).entryId(), hex.formatHex(hash) });
            // Each leaf that ends a pair completes a subtree on every level where its index is odd.
            long node = index;
            for (int level = 0; (node & 1) == 1; level++, node >>= 1) {
                byte[] parent = MerkleTree.nodeHash(subtrees.hash(level, node - 1), subtrees.hash(level, node));
                written.put((level + 1) + ":" + (node >> 1), parent);
                nodeRows.add(new Object[] { level + 1, node >> 1, hex.formatHex(parent) });
            }
        }
        batch.batchUpdate("INSERT INTO audit_leaf (leaf_index, entry_id, leaf_hash) VALUES (?, ?, ?)", leafRows);
        batch.batchUpdate("INSERT INTO audit_node (level, node_index, hash) VALUES (?, ?, ?)", nodeRows);
        batch.batchUpdate("DELETE FROM audit_pending WHERE entry_id = ?", leaves.stream().map(l -> new Object[] { l.entryId() })
                .toList());
        long size = start + leaves.size();
        heads.add(key.sign(size, new MerkleTree(subtrees).root(size), clock.instant()));
        return leaves.size() == batchSize;
    }

    static Leaf leaf(ResultSet rs, int row) throws SQLException {
        return new Leaf(rs.getObject("id", UUID.class), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getObject("actor_id", UUID.class), rs.getObject("organization_id", UUID.class), rs.getString("action"),
                rs.getString("outcome"), rs.getString("object_type"), rs.getString("object_id"), rs.getString("payload_hash"));
    }
}
