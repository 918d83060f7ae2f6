package org.cogov.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.cogov.CogovApplication;
import org.cogov.TestUsers;
import org.cogov.shared.time.SettableClock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whole application instances — each with its own scheduler, connection pool and test clock — on the
 * one PostgreSQL schema of the database tests: deadlines close their procedures exactly once between
 * two nodes, and a deadline that passed while the application was down closes its procedure at start.
 * On H2 these are skipped: the README's test command has no second node to run.
 */
@Tag("db")
class ClosingAcrossNodesTests {

    private static final Logger log = LoggerFactory.getLogger(ClosingAcrossNodesTests.class);

    /** Where every node's test clock starts unless told otherwise: the test profile's start. */
    private static final Instant START = Instant.parse("2026-01-05T01:00:00Z");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int PROCEDURES = 200;

    /** The procedures a node closed: those of the events its own runs published. */
    static final class Closes implements ApplicationListener<PayloadApplicationEvent<ProcedureClosed>> {

        private final Set<UUID> procedures = ConcurrentHashMap.newKeySet();

        @Override
        public void onApplicationEvent(PayloadApplicationEvent<ProcedureClosed> event) {
            procedures.add(event.getPayload().procedureId());
        }

        /** Those of the procedures given. */
        Set<UUID> of(List<ProcedureId> ids) {
            return ids.stream().map(ProcedureId::value).filter(procedures::contains).collect(Collectors.toSet());
        }
    }

    @BeforeEach
    void onPostgresqlOnly() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
                "two nodes share a PostgreSQL database (the CI stage, or /work/pgtest.sh)");
    }

    /** An application instance on the database tests' database, its clock starting at {@code start}. */
    private static ConfigurableApplicationContext node(String name, Instant start, boolean demo, Closes closes) {
        // As arguments, which come before the test profile's settings (default properties would not).
        return new SpringApplicationBuilder(CogovApplication.class).profiles("test", "test-clock").listeners(closes)
                .run("--server.port=0", "--spring.main.banner-mode=off", "--cogov.scheduler.name=" + name,
                        "--cogov.test-clock.start=" + start, "--cogov.demo.enabled=" + demo);
    }

    private static ProcedureId publishedTender(ConfigurableApplicationContext node) {
        TestUsers users = new TestUsers(node.getBean(JdbcClient.class));
        ProcedureId id = ReadyDraft.of(node, users::user, Method.PUBLIC_TENDER, null, 2_500_000);
        node.getBean(Publication.class).publish(users.user("purchaser"), id,
                ReadyDraft.version(node.getBean(ProcedureDrafts.class), users.user("purchaser"), id));
        return id;
    }

    private static Instant deadline(JdbcClient jdbc, ProcedureId id) {
        return jdbc.sql("SELECT deadline FROM procurement_procedure WHERE id = :id").param("id", id.value())
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).single();
    }

    private static long closed(JdbcClient jdbc, List<ProcedureId> ids) {
        return jdbc.sql("SELECT COUNT(*) FROM procurement_procedure WHERE state = 'CLOSED' AND id IN (:ids)")
                .param("ids", ids.stream().map(ProcedureId::value).toList()).query(Long.class).single();
    }

    /** The closed entries of the log per procedure, for those that have any. */
    private static Map<UUID, Integer> closedEntries(JdbcClient jdbc, List<ProcedureId> ids) {
        return jdbc.sql("""
                SELECT object_id, COUNT(*) AS entries FROM audit_entry
                WHERE action = 'procurement.procedure.closed' AND object_id IN (:ids) GROUP BY object_id""")
                .param("ids", ids.stream().map(id -> id.value().toString()).toList())
                .query((rs, n) -> Map.entry(UUID.fromString(rs.getString("object_id")), rs.getInt("entries"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Copies of a published tender, straight into the table (publishing 200 through the services would
     * take minutes), each with its own deadline, their closes put on the agenda as publication does.
     */
    private static List<ProcedureId> copies(ConfigurableApplicationContext node, ProcedureId template, List<Instant> deadlines) {
        JdbcClient jdbc = node.getBean(JdbcClient.class);
        Closing closing = node.getBean(Closing.class);
        String reference = jdbc.sql("SELECT reference FROM procurement_procedure WHERE id = :id").param("id", template.value())
                .query(String.class).single();
        List<ProcedureId> ids = new ArrayList<>();
        for (int i = 0; i < deadlines.size(); i++) {
            ProcedureId id = new ProcedureId(UUID.randomUUID());
            jdbc.sql("""
                    INSERT INTO procurement_procedure (id, reference, purchaser_id, agency_id, request_id, catalogue_code, title,
                            method, state, notice_on, documents_until, deadline, opening_from, opening_until, custodians_needed,
                            published_at, created_by, created_at, version)
                    SELECT :id, :reference, purchaser_id, agency_id, request_id, catalogue_code, title, method, 'TENDERING',
                           notice_on, documents_until, :deadline, :deadline, opening_until, custodians_needed, published_at,
                           created_by, created_at, 1
                    FROM procurement_procedure WHERE id = :template""").param("id", id.value())
                    .param("reference", reference + "-" + (i + 1)).param("deadline", deadlines.get(i).atOffset(ZoneOffset.UTC))
                    .param("template", template.value()).update();
            closing.schedule(id, deadlines.get(i));
            ids.add(id);
        }
        return ids;
    }

    @Test
    void eachOfTwoHundredDeadlinesClosesItsProcedureOnceWithTwoNodes() {
        Closes closesOnA = new Closes();
        Closes closesOnB = new Closes();
        try (ConfigurableApplicationContext a = node("node-a", START, true, closesOnA);
                ConfigurableApplicationContext b = node("node-b", START, false, closesOnB)) {
            JdbcClient jdbc = a.getBean(JdbcClient.class);
            ProcedureId first = publishedTender(a);
            Instant deadline = deadline(jdbc, first);
            List<Instant> deadlines = new ArrayList<>();
            for (int i = 1; i < PROCEDURES; i++) {
                deadlines.add(deadline.plus(Duration.ofMinutes(i)));
            }
            List<ProcedureId> all = new ArrayList<>(List.of(first));
            all.addAll(copies(a, first, deadlines));

            // Time passes in four steps of fifty minutes, on both nodes' clocks; each step's deadlines close.
            for (int step = 1; step <= 4; step++) {
                Instant now = deadline.plus(Duration.ofMinutes(50L * step - 1));
                a.getBean(SettableClock.class).set(now);
                b.getBean(SettableClock.class).set(now);
                long due = 50L * step;
                await().atMost(PATIENCE).until(() -> closed(jdbc, all) == due);
            }

            Map<UUID, Integer> entries = closedEntries(jdbc, all);
            assertThat(entries).hasSize(PROCEDURES).allSatisfy((id, count) -> assertThat(count).as(id.toString()).isEqualTo(1));
            Set<UUID> onA = closesOnA.of(all);
            Set<UUID> onB = closesOnB.of(all);
            log.info("of {} procedures, node A closed {} and node B {}", PROCEDURES, onA.size(), onB.size());
            assertThat(onA).as("closed by both nodes").doesNotContainAnyElementsOf(onB);
            assertThat(onA.size() + onB.size()).isEqualTo(PROCEDURES);
        }
    }

    @Test
    void aDeadlineThatPassedWhileTheApplicationWasDownClosesItsProcedureAtStart() {
        ProcedureId id;
        Instant deadline;
        try (ConfigurableApplicationContext before = node("before", START, true, new Closes())) {
            id = publishedTender(before);
            deadline = deadline(before.getBean(JdbcClient.class), id);
        }

        Closes closes = new Closes();
        try (ConfigurableApplicationContext after = node("after", deadline.plus(Duration.ofHours(1)), false, closes)) {
            JdbcClient jdbc = after.getBean(JdbcClient.class);

            await().atMost(PATIENCE).until(() -> closed(jdbc, List.of(id)) == 1);
            assertThat(closedEntries(jdbc, List.of(id))).containsExactly(Map.entry(id.value(), 1));
            assertThat(closes.of(List.of(id))).as("closed by the node that started").containsExactly(id.value());
            assertThat(after.getBean(SettableClock.class).instant()).isEqualTo(deadline.plus(Duration.ofHours(1)));
        }
    }
}
