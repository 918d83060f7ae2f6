package org.cogov.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
 * Brings new audit entries into the Merkle tree, once a second: gives each a leaf index, stores its
 * leaf hash and the subtree hashes it completes, and signs one tree head per batch. Safe with many
 * app nodes: each run locks the one audit_integrator row, so runs follow each other and an index is
 * given once, without gap. A leaf is built from the entry as stored, so that the leaf hashed is the
 * leaf anyone recomputes from the row. Writers do nothing for the tree: their cost stays that of the
 * entry alone.
 *
 * <p>Finding the new entries without scanning the log: an entry's seq is drawn when it is written but
 * the entry becomes visible when its transaction commits, so a lower seq may appear after a higher one
 * was integrated. Each run therefore looks {@link #LOOKBACK} seqs below the highest one integrated; an
 * entry that commits later still is found by the sweep, once a minute, from the settled seq, below
 * which every entry has its leaf. The settled seq passes only entries older than {@link #IN_FLIGHT}:
 * a seq without a visible entry that old belongs to a transaction that rolled back.
 */
@Service
public class Integrator {

    private static final Logger log = LoggerFactory.getLogger(Integrator.class);

    static final long LOOKBACK = 1_000;
    private static final int ROWS_PER_STATEMENT = 1_000;
    static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    static final Duration IN_FLIGHT = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final StoredTree stored;
    private final TreeHeads heads;
    private final SigningKey key;
    private final Clock clock;
    private final int batchSize;
    private final TransactionTemplate transaction;
    private volatile Instant sweptAt = Instant.MIN;

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

    /** At a fixed rate, not with a fixed delay after each run: a run that took long is followed at once. */
    @Scheduled(fixedRateString = "${cogov.audit.integrate-every:1s}", initialDelayString = "${cogov.audit.integrate-every:1s}")
    void everySecond() {
        try {
            integrate();
        } catch (RuntimeException e) {
            log.error("the audit integrator failed; it tries again in a second", e);
        }
    }

    /**
     * Integrates every entry committed so far (sweeping from the settled seq, so that none is left),
     * batch by batch, and answers the size of the signed tree.
     */
    public long integrateNow() {
        sweptAt = Instant.MIN;
        integrate();
        return heads.latest().map(TreeHead::size).orElse(0L);
    }

    private void integrate() {
        while (Boolean.TRUE.equals(transaction.execute(status -> integrateBatch()))) {
            log.debug("another audit batch follows");
        }
    }

    private record Marks(long settled, long highest) {
    }

    private record Found(long seq, Leaf leaf) {
    }

    /** One batch in one transaction; true when the batch was full and more may wait. */
    private boolean integrateBatch() {
        Marks marks = jdbc.sql("SELECT settled_seq, highest_seq FROM audit_integrator WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Marks(rs.getLong("settled_seq"), rs.getLong("highest_seq"))).single();
        Instant now = clock.instant();
        boolean sweep = !now.isBefore(sweptAt.plus(SWEEP_EVERY));
        List<Found> found = jdbc.sql("""
                SELECT e.seq, e.id, e.recorded_at, e.actor_id, e.organization_id, e.action, e.outcome, e.object_type,
                       e.object_id, e.payload_hash
                FROM audit_entry e
                WHERE e.seq > :from
                  AND NOT EXISTS (SELECT 1 FROM audit_leaf l WHERE l.entry_seq = e.seq AND l.entry_seq > :from)
                ORDER BY e.seq
                LIMIT :batch
                """).param("from", sweep ? marks.settled() : Math.max(marks.settled(), marks.highest() - LOOKBACK))
                .param("batch", batchSize).query((rs, n) -> new Found(rs.getLong("seq"), leaf(rs, n))).list();
        long highest = Math.max(marks.highest(), found.stream().mapToLong(Found::seq).max().orElse(0));
        if (!found.isEmpty()) {
            append(found, now);
        }
        boolean full = found.size() == batchSize;
        long settled = marks.settled();
        if (sweep && !full) {
            // Every visible entry from the settled seq up is now in the tree; what is still invisible and
            // older than IN_FLIGHT never committed.
            long old = jdbc.sql("""
                    SELECT seq FROM audit_entry WHERE recorded_at < :settled ORDER BY recorded_at DESC LIMIT 1
                    """).param("settled", TreeHeads.utc(now.minus(IN_FLIGHT))).query(Long.class).optional().orElse(0L);
            settled = Math.max(settled, Math.min(old, highest));
            sweptAt = now;
        }
        if (settled != marks.settled() || highest > marks.highest()) {
            jdbc.sql("UPDATE audit_integrator SET settled_seq = :settled, highest_seq = :highest WHERE id = 1")
                    .param("settled", settled).param("highest", highest).update();
        }
        return full;
    }

    /** Gives the leaves the next indexes, stores them and the subtrees they complete, and signs the new head. */
    private void append(List<Found> found, Instant now) {
        long start = stored.size();
        Map<String, byte[]> written = new HashMap<>();
        List<Object[]> leafRows = new ArrayList<>();
        List<Object[]> nodeRows = new ArrayList<>();
        MerkleTree.Subtrees subtrees = (level, index) -> {
            byte[] hash = written.get(level + ":" + index);
            return hash != null ? hash : stored.hash(level, index);
        };
        HexFormat hex = HexFormat.of();
        for (int i = 0; i < found.size(); i++) {
            long index = start + i;
            byte[] hash = found.get(i).leaf().hash();
            written.put("0:" + index, hash);
            leafRows.add(new Object[] { index, found.get(i).seq(), hex.formatHex(hash) });
            // A leaf that ends a pair completes a subtree on every level where its index is odd.
            long node = index;
            for (int level = 0; (node & 1) == 1; level++, node >>= 1) {
                byte[] parent = MerkleTree.nodeHash(subtrees.hash(level, node - 1), subtrees.hash(level, node));
                written.put((level + 1) + ":" + (node >> 1), parent);
                if (level + 1 >= StoredTree.LOWEST_STORED_LEVEL) {
                    nodeRows.add(new Object[] { level + 1, node >> 1, hex.formatHex(parent) });
                }
            }
        }
        insert("INSERT INTO audit_leaf (leaf_index, entry_seq, leaf_hash) VALUES ", leafRows);
        insert("INSERT INTO audit_node (level, node_index, hash) VALUES ", nodeRows);
        long size = start + found.size();
        heads.add(key.sign(size, new MerkleTree(subtrees).root(size), now));
    }

    /**
     * Many rows per statement: the database then does the work of one statement per thousand rows, not
     * per row, which keeps the integrator's share of a busy database small. Only placeholders are joined.
     */
    private void insert(String statement, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            batch.update(statement + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?)")),
                    chunk.stream().flatMap(Arrays::stream).toArray());
        }
    }

    static Leaf leaf(ResultSet rs, int row) throws SQLException {
        return new Leaf(rs.getObject("id", UUID.class), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getObject("actor_id", UUID.class), rs.getObject("organization_id", UUID.class), rs.getString("action"),
                rs.getString("outcome"), rs.getString("object_type"), rs.getString("object_id"), rs.getString("payload_hash"));
    }
}
