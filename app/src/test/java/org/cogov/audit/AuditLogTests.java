package org.cogov.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import org.cogov.DatabaseTest;
import org.cogov.shared.Auditable;
import org.cogov.shared.Refusal;
import org.cogov.shared.Sha256;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
class AuditLogTests {

    record Changed(String action, Map<String, String> payload) implements Auditable {
        @Override
        public UUID actorId() {
            return null;
        }

        @Override
        public UUID organizationId() {
            return null;
        }

        @Override
        public String objectType() {
            return "probe";
        }

        @Override
        public String objectId() {
            return action;
        }
    }

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Integrator integrator;

    @Test
    void theEntryOfAChangeCommitsWithTheChange() {
        String action = unique("audit.test.committed");

        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(new Changed(action, Map.of())));

        assertThat(entries(action, "DONE")).isEqualTo(1);
    }

    @Test
    void theEntryOfAChangeRollsBackWithTheChange() {
        String action = unique("audit.test.rolled-back");

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new Changed(action, Map.of()));
            status.setRollbackOnly();
        });

        assertThat(entries(action, "DONE")).isZero();
    }

    @Test
    void aRefusalIsKeptThoughTheRefusedRequestRollsBack() {
        String action = unique("audit.test.refused");

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new Refusal(null, null, action, "probe", "1", Map.of("why", "test")));
            status.setRollbackOnly();
        });

        assertThat(entries(action, "REFUSED")).isEqualTo(1);
    }

    @Test
    void aChangePublishedOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> events.publishEvent(new Changed(unique("audit.test.loose"), Map.of())))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theEntryKeepsTheHashOfItsPayloadWhichIsStoredApart() {
        String action = unique("audit.test.hashed");
        Map<String, String> payload = Map.of("name", "赵秘书长", "ip", "10.0.0.1");

        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(new Changed(action, payload)));

        Map<String, Object> row = jdbc.sql("""
                SELECT e.payload_hash, p.payload FROM audit_entry e JOIN audit_payload p ON p.entry_id = e.id
                WHERE e.action = :action""").param("action", action).query().singleRow();
        assertThat(row.get("payload")).isEqualTo(AuditLog.canonical(payload));
        assertThat(row.get("payload_hash")).isEqualTo(Sha256.hex(AuditLog.canonical(payload)));
    }

    @Test
    void onPostgresqlNoOneCanChangeOrRemoveAnEntry() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Assumptions.assumeTrue(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"),
                    "the privileges and the trigger exist on PostgreSQL");
        }
        String action = unique("audit.test.kept");
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(new Changed(action, Map.of())));

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET action = 'forged' WHERE action = :a").param("a", action).update())
                .hasMessageContaining("audit_entry");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE action = :a").param("a", action).update())
                .hasMessageContaining("audit_entry");
        assertThat(entries(action, "DONE")).isEqualTo(1);
    }

    @Test
    void onPostgresqlTheTreeIsAppendOnlyAndAPayloadCanOnlyBeRedacted() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Assumptions.assumeTrue(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"),
                    "the privileges and the triggers exist on PostgreSQL");
        }
        String action = unique("audit.test.tree-kept");
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(new Changed(action, Map.of())));
        integrator.integrateNow();

        for (String change : new String[] { "UPDATE audit_leaf SET leaf_hash = leaf_hash", "DELETE FROM audit_leaf",
                "UPDATE audit_node SET hash = hash", "DELETE FROM audit_node", "DELETE FROM audit_tree_head",
                "UPDATE audit_tree_head SET root_hash = root_hash", "DELETE FROM audit_signing_key", "DELETE FROM audit_payload",
                "UPDATE audit_payload SET payload = 'forged'", "TRUNCATE audit_tree_head" }) {
            assertThatThrownBy(() -> jdbc.sql(change).update()).as(change).hasMessageContaining("audit_");
        }
    }

    private long entries(String action, String outcome) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :action AND outcome = :outcome")
                .param("action", action).param("outcome", outcome).query(Long.class).single();
    }

    private static String unique(String action) {
        return action + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
