package org.cogov.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cogov.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone with full access to the database — a superuser on PostgreSQL, with the append-only triggers
 * switched off — changes the log. Each change is caught by checking a new export against the heads a
 * witness kept before, and the finding names the leaf or the head. The tampering happens in a
 * transaction that is rolled back, so the log the other tests see stays whole.
 */
@DatabaseTest
class TamperTests {

    private static final Pattern LEAF = Pattern.compile("leaf (\\d+) was changed|between (\\d+) and (\\d+)|leaves (\\d+) to (\\d+)");

    @Autowired
    Integrator integrator;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TreeHeads heads;
    @Autowired
    DataSourceProperties dataSource;

    private ExportFile witness;
    private final List<Long> leaves = new ArrayList<>();

    /** Five entries, each in a head of its own, and a witness that keeps every head. */
    @BeforeEach
    void aWitnessKeepsTheHeads() {
        leaves.clear();
        for (int i = 0; i < 5; i++) {
            String action = MerkleLogTests.unique("audit.test.tamper." + i);
            new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(
                    new AuditLogTests.Changed(action, Map.of("i", action))));
            integrator.integrateNow();
            leaves.add(jdbc.sql("SELECT l.leaf_index FROM audit_leaf l JOIN audit_entry e ON e.seq = l.entry_seq WHERE e.action = :a")
                    .param("a", action).query(Long.class).single());
        }
        StringWriter kept = new StringWriter();
        new TransactionTemplate(transactions).executeWithoutResult(s -> new AuditExport(jdbc).write(heads.keys(), kept));
        witness = ExportFile.read(kept.toString(), ExportFile.EXPORT);
        assertThat(Verification.of(witness, List.of())).as("the log before tampering").isEmpty();
    }

    @Test
    void aChangedLeafIsNamedByTheVerification() throws Exception {
        long victim = leaves.get(2);

        List<Verification.Finding> findings = tampered(db -> db.sql("""
                UPDATE audit_entry SET action = 'audit.test.forged'
                WHERE seq = (SELECT entry_seq FROM audit_leaf WHERE leaf_index = :i)""").param("i", victim).update());

        assertThat(findings).anySatisfy(finding -> assertThat(names(finding, victim)).as(finding.toString()).isTrue());
    }

    @Test
    void theLastEntriesDeletedAreNamedAsMissingFromAKeptHead() throws Exception {
        long cut = leaves.get(3);

        List<Verification.Finding> findings = tampered(db -> {
            db.sql("DELETE FROM audit_tree_head WHERE tree_size > :cut").param("cut", cut).update();
            db.sql("DELETE FROM audit_node WHERE (node_index + 1) * POWER(2, level) > :cut").param("cut", cut).update();
            List<UUID> gone = db.sql("""
                    SELECT e.id FROM audit_leaf l JOIN audit_entry e ON e.seq = l.entry_seq WHERE l.leaf_index >= :cut""")
                    .param("cut", cut).query(UUID.class).list();
            db.sql("DELETE FROM audit_leaf WHERE leaf_index >= :cut").param("cut", cut).update();
            db.sql("DELETE FROM audit_payload WHERE entry_id IN (:gone)").param("gone", gone).update();
            db.sql("DELETE FROM audit_entry WHERE id IN (:gone)").param("gone", gone).update();
        });

        assertThat(findings).anySatisfy(finding -> assertThat(finding.problem()).contains("leaves " + cut + " to")
                .contains("missing"));
    }

    @Test
    void aTableRebuiltWithRecomputedHashesIsCaughtByTheKeptHeads() throws Exception {
        long victim = leaves.get(1);

        List<Verification.Finding> findings = tampered(db -> {
            db.sql("""
                    UPDATE audit_entry SET actor_id = :someone
                    WHERE seq = (SELECT entry_seq FROM audit_leaf WHERE leaf_index = :i)""")
                    .param("someone", UUID.randomUUID()).param("i", victim).update();
            // The forger recomputes every leaf and subtree and drops the heads it cannot sign again.
            List<Long> all = db.sql("SELECT entry_seq FROM audit_leaf ORDER BY leaf_index").query(Long.class).list();
            db.sql("DELETE FROM audit_tree_head").update();
            db.sql("DELETE FROM audit_node").update();
            db.sql("DELETE FROM audit_leaf").update();
            for (int i = 0; i < all.size(); i++) {
                Leaf leaf = db.sql("SELECT * FROM audit_entry WHERE seq = :seq").param("seq", all.get(i)).query(Integrator::leaf)
                        .single();
                db.sql("INSERT INTO audit_leaf (leaf_index, entry_seq, leaf_hash) VALUES (:i, :seq, :hash)").param("i", i)
                        .param("seq", all.get(i)).param("hash", java.util.HexFormat.of().formatHex(leaf.hash())).update();
            }
        });

        assertThat(findings).anySatisfy(finding -> assertThat(names(finding, victim)).as(finding.toString()).isTrue());
    }

    @Test
    void twoSwappedEntriesAreNamedByTheVerification() throws Exception {
        long first = leaves.get(1);
        long second = leaves.get(3);

        List<Verification.Finding> findings = tampered(db -> {
            long one = db.sql("SELECT entry_seq FROM audit_leaf WHERE leaf_index = :i").param("i", first).query(Long.class).single();
            long other = db.sql("SELECT entry_seq FROM audit_leaf WHERE leaf_index = :i").param("i", second).query(Long.class)
                    .single();
            db.sql("DELETE FROM audit_leaf WHERE leaf_index IN (:a, :b)").param("a", first).param("b", second).update();
            db.sql("INSERT INTO audit_leaf (leaf_index, entry_seq, leaf_hash) VALUES (:i, :seq, 'swapped')").param("i", first)
                    .param("seq", other).update();
            db.sql("INSERT INTO audit_leaf (leaf_index, entry_seq, leaf_hash) VALUES (:i, :seq, 'swapped')").param("i", second)
                    .param("seq", one).update();
        });

        assertThat(findings).anySatisfy(finding -> assertThat(names(finding, first)).as(finding.toString()).isTrue());
    }

    /** The findings of an export taken inside the tampering transaction, against the witness's heads. */
    private List<Verification.Finding> tampered(Consumer<JdbcClient> tampering) throws Exception {
        try (Connection connection = superuser()) {
            connection.setAutoCommit(false);
            boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            if (postgres) {
                try (Statement statement = connection.createStatement()) {
                    // Switches off every trigger of this session: the append-only ones and the foreign keys.
                    statement.execute("SET LOCAL session_replication_role = replica");
                }
            }
            JdbcClient db = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            try {
                tampering.accept(db);
                StringWriter out = new StringWriter();
                new AuditExport(db).write(heads.keys(), out);
                return Verification.of(ExportFile.read(out.toString(), ExportFile.EXPORT), List.of(witness));
            } finally {
                connection.rollback();
            }
        }
    }

    /** The database's superuser on PostgreSQL (CI trusts local connections); on H2 the app's user owns everything. */
    private Connection superuser() throws Exception {
        String url = dataSource.determineUrl();
        if (url.startsWith("jdbc:postgresql:")) {
            return DriverManager.getConnection(url, System.getenv().getOrDefault("COGOV_TEST_SUPERUSER", "postgres"),
                    System.getenv().getOrDefault("COGOV_TEST_SUPERUSER_PASSWORD", ""));
        }
        return DriverManager.getConnection(url, dataSource.determineUsername(), dataSource.determinePassword());
    }

    /** Whether the finding names this leaf, alone or in the range of leaves it gives. */
    private static boolean names(Verification.Finding finding, long leaf) {
        Matcher m = LEAF.matcher(finding.problem());
        if (!m.find()) {
            return false;
        }
        if (m.group(1) != null) {
            return Long.parseLong(m.group(1)) == leaf;
        }
        int from = m.group(2) != null ? 2 : 4;
        return Long.parseLong(m.group(from)) <= leaf && leaf <= Long.parseLong(m.group(from + 1));
    }
}
