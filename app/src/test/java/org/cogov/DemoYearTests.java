package org.cogov;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cogov.identity.UserProvisioning;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.experts.Panels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The README's run command on an empty database: the demo city lives its past year through the
 * services, on a clock that starts a year behind and catches up with real time. Its own application
 * on its own in-memory database, with the platform's real clock, as a newcomer would start it.
 */
class DemoYearTests {

    private static final String DATABASE = "jdbc:h2:mem:demo-year-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private static ConfigurableApplicationContext demo;
    private static Instant started;

    @BeforeAll
    static void startTheDemoOnAnEmptyDatabase() {
        started = Clock.systemUTC().instant();
        demo = start();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CogovApplication.class).run("--server.port=0", "--spring.datasource.url=" + DATABASE,
                "--spring.datasource.username=cogov", "--spring.datasource.password=cogov", "--cogov.demo.enabled=true");
    }

    private static JdbcClient jdbc() {
        return demo.getBean(JdbcClient.class);
    }

    @Test
    void proceduresWerePublishedAllYearRound() {
        List<Instant> published = jdbc().sql("SELECT published_at FROM procurement_procedure WHERE published_at IS NOT NULL")
                .query(java.time.OffsetDateTime.class).list().stream().map(java.time.OffsetDateTime::toInstant).toList();

        assertThat(published).anySatisfy(at -> assertThat(at).isBefore(started.minus(Duration.ofDays(300))))
                .anySatisfy(at -> assertThat(at).isAfter(started.minus(Duration.ofDays(30))));
    }

    @Test
    void aLateClarificationMovedADeadlineAndAnAmendmentBroughtNewDocuments() {
        Map<String, Integer> notices = jdbc().sql("SELECT kind, COUNT(*) AS n FROM procurement_notice GROUP BY kind")
                .query((rs, n) -> Map.entry(rs.getString("kind"), rs.getInt("n"))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(notices).containsKeys("TENDER_NOTICE", "CONSULTATION_NOTICE", "CLARIFICATION", "AMENDMENT");
        assertThat(jdbc().sql("SELECT COUNT(*) FROM procedure_document WHERE version = 2").query(Integer.class).single())
                .isPositive();
    }

    @Test
    void aQuestionWaitsForItsAnswerToday() {
        assertThat(jdbc().sql("SELECT COUNT(*) FROM procurement_enquiry WHERE answer IS NULL").query(Integer.class).single())
                .isPositive();
    }

    @Test
    void itsProceduresAreInEveryStateBuiltSoFar() {
        assertThat(states()).containsKeys("DRAFT", "TENDERING", "OPENED", "CANCELLED", "FAILED", "SUSPENDED");
        assertThat(jdbc().sql("SELECT COUNT(*) FROM procurement_objection WHERE status = 'DISMISSED'").query(Integer.class).single())
                .isPositive();
    }

    @Test
    void itsClosedProceduresWereOpenedByThreeCustodiansOrFailedWithTooFewBids() {
        Map<String, Integer> lots = jdbc().sql("SELECT outcome, COUNT(*) AS n FROM lot_opening GROUP BY outcome")
                .query((rs, n) -> Map.entry(rs.getString("outcome"), rs.getInt("n"))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(lots).containsEntry("OPENED", 2).containsEntry("FAILED", 2);
        assertThat(jdbc().sql("SELECT COUNT(*) FROM opened_bid WHERE outcome = 'OPENED' AND price IS NOT NULL").query(Integer.class)
                .single()).as("the consultations' bids, the last version of each").isEqualTo(4);
        assertThat(jdbc().sql("SELECT COUNT(*) FROM opening_presentation WHERE sealed_share IS NOT NULL").query(Integer.class)
                .single()).as("no share kept after an opening").isZero();
    }

    @Test
    void theConsultationOpenedInThePastYearDrawsAPanelOfFiveFromTheDemoPool() {
        var users = demo.getBean(UserProvisioning.class);
        UUID consultation = jdbc().sql("""
                SELECT id FROM procurement_procedure
                WHERE state = 'OPENED' AND method = 'COMPETITIVE_CONSULTATION' AND catalogue_code = '030102'""")
                .query(UUID.class).single();
        var day = demo.getBean(Clock.class).instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().plusDays(1);

        var panel = demo.getBean(Panels.class).draw(users.actingAs("purchaser"),
                new ProcedureId(consultation),
                new Panels.DrawRequest(1, 5, false, null, day, List.of()));

        assertThat(panel.panel().members()).hasSize(5);
        assertThat(panel.minimum()).as("at or above the public-tender threshold").isEqualTo(5);
    }

    private static Map<String, Integer> states() {
        return jdbc().sql("SELECT state, COUNT(*) AS n FROM procurement_procedure GROUP BY state")
                .query((rs, n) -> Map.entry(rs.getString("state"), rs.getInt("n"))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void everyPublishedProcedureThatSealsItsBidsHasItsOpeningKeySplitAmongTheFourCustodians() {
        List<Map<String, Object>> published = jdbc().sql("""
                SELECT p.method, k.needed, (SELECT COUNT(*) FROM opening_share s WHERE s.procedure_id = p.id) AS shares
                FROM procurement_procedure p LEFT JOIN opening_key k ON k.procedure_id = p.id
                WHERE p.published_at IS NOT NULL""").query().listOfRows();

        assertThat(published).filteredOn(row -> !"SINGLE_SOURCE".equals(row.get("method"))).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("needed")).isEqualTo(3);
            assertThat(((Number) row.get("shares")).intValue()).isEqualTo(4);
        });
        assertThat(published).filteredOn(row -> "SINGLE_SOURCE".equals(row.get("method")))
                .allSatisfy(row -> assertThat(row.get("needed")).isNull());
        assertThat(jdbc().sql("SELECT COUNT(*) FROM custodian_key WHERE argon2_memory_kib = 65536 AND argon2_iterations = 3")
                .query(Integer.class).single()).as("the production cost, outside tests").isEqualTo(4);
    }

    @Test
    void theClockHasCaughtUpWithRealTime() {
        Instant demoNow = demo.getBean(Clock.class).instant();

        assertThat(demoNow).isAfterOrEqualTo(started).isBefore(Clock.systemUTC().instant().plusSeconds(1));
    }
}
