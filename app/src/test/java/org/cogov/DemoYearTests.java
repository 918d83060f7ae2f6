package org.cogov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cogov.identity.UserProvisioning;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.evaluation.EvaluationViews;
import org.cogov.procurement.evaluation.LotEvaluation;
import org.cogov.procurement.experts.PanelMember;
import org.cogov.procurement.experts.Panels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The README's run command on an empty database: the demo city lives its past year through the
 * services, on a clock that starts a year behind and catches up with real time — its consultations evaluated and
 * waiting for their award. Its own application on its own in-memory database (or the empty one the environment names),
 * with the platform's real clock, as a newcomer would start it.
 */
class DemoYearTests {

    private static final String DATABASE = "jdbc:h2:mem:demo-year-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    /** The procedures of the past year, leaving out the earlier year's, whose contracts were completed and evaluated. */
    private static final String OF_THE_YEAR = "procedure_id NOT IN (SELECT procedure_id FROM contract WHERE status = 'COMPLETED')";

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

    /**
     * On an in-memory H2 database of its own; or, when the environment names a database (PostgreSQL in a fresh schema, as
     * {@code pgtest} and CI give it, the migrations run by their own owner), on that one, which must be empty.
     */
    private static ConfigurableApplicationContext start() {
        if (System.getenv("SPRING_DATASOURCE_URL") != null) {
            return new SpringApplicationBuilder(CogovApplication.class).run("--server.port=0", "--cogov.demo.enabled=true");
        }
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
        assertThat(states()).containsKeys("DRAFT", "TENDERING", "AWARDED", "CANCELLED", "FAILED", "SUSPENDED");
        assertThat(jdbc().sql("SELECT COUNT(*) FROM procurement_objection WHERE status = 'DISMISSED'").query(Integer.class).single())
                .isPositive();
    }

    @Test
    void eachAwardOfItsPastYearDraftedItsContractAndTheTrainingIsBeingDelivered() {
        String ofTheYear = "contract_id IN (SELECT id FROM contract WHERE status <> 'COMPLETED')";
        assertThat(jdbc().sql("SELECT status FROM contract WHERE status <> 'COMPLETED' ORDER BY status").query(String.class).list())
                .as("the two consultations' lots: one awaiting signature, the training signed").containsExactly("DRAFT", "SIGNED");
        assertThat(jdbc().sql("SELECT COUNT(*) FROM contract WHERE status <> 'COMPLETED' AND published_on IS NOT NULL AND filed_on IS NOT NULL")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc().sql("SELECT COUNT(*) FROM contract_signature WHERE " + ofTheYear).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc().sql("SELECT decision FROM milestone_submission WHERE " + ofTheYear).query(String.class).list())
                .containsExactly("ACCEPTED");
        assertThat(jdbc().sql("SELECT COUNT(*) FROM acceptance_opinion WHERE " + ofTheYear).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc().sql("SELECT COUNT(*) FROM contract_payment WHERE paid_on IS NOT NULL AND " + ofTheYear).query(Integer.class)
                .single()).as("the advance and the first session").isEqualTo(2);
    }

    @Test
    void aChallengeWasUpheldAnotherDismissedAndItsComplaintDecidedAfterASuspension() {
        Map<String, Integer> challenges = jdbc().sql("SELECT status, COUNT(*) AS n FROM procurement_challenge GROUP BY status")
                .query((rs, n) -> Map.entry(rs.getString("status"), rs.getInt("n"))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(challenges).containsEntry("UPHELD", 1).containsEntry("DISMISSED", 1);
        assertThat(jdbc().sql("SELECT status FROM procurement_complaint").query(String.class).list()).containsExactly("DISMISSED");
        assertThat(jdbc().sql("SELECT COUNT(*) FROM procurement_suspension WHERE ending = 'DECIDED'").query(Integer.class).single())
                .as("the suspension ended with the decision").isEqualTo(1);
        assertThat(jdbc().sql("SELECT COUNT(*) FROM procurement_notice WHERE kind = 'COMPLAINT_DECISION'").query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void itsClosedProceduresWereOpenedByThreeCustodiansOrFailedWithTooFewBids() {
        Map<String, Integer> lots = jdbc().sql("SELECT outcome, COUNT(*) AS n FROM lot_opening WHERE " + OF_THE_YEAR + " GROUP BY outcome")
                .query((rs, n) -> Map.entry(rs.getString("outcome"), rs.getInt("n"))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(lots).containsEntry("OPENED", 2).containsEntry("FAILED", 2);
        assertThat(jdbc().sql("SELECT COUNT(*) FROM opened_bid WHERE outcome = 'OPENED' AND price IS NOT NULL AND " + OF_THE_YEAR)
                .query(Integer.class)
                .single()).as("the consultations' bids, the last version of each").isEqualTo(4);
        assertThat(jdbc().sql("SELECT COUNT(*) FROM opening_presentation WHERE sealed_share IS NOT NULL").query(Integer.class)
                .single()).as("no share kept after an opening").isZero();
    }

    @Test
    void itsOpenedConsultationsWereEvaluatedByTheirPanelsAndAwardedToTheFirstCandidate() {
        var users = demo.getBean(UserProvisioning.class);
        var purchaser = users.actingAs("purchaser");
        EvaluationViews views = demo.getBean(EvaluationViews.class);
        var panels = demo.getBean(Panels.class);
        Map<String, UUID> consultations = jdbc().sql("""
                SELECT catalogue_code, id FROM procurement_procedure
                WHERE method = 'COMPETITIVE_CONSULTATION' AND state IN ('AWARDED', 'CONTRACTED')
                AND id NOT IN (SELECT procedure_id FROM contract WHERE status = 'COMPLETED')""")
                .query((rs, n) -> Map.entry(rs.getString("catalogue_code"), rs.getObject("id", UUID.class))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(consultations).as("the export compliance training and the e-commerce monitoring").containsOnlyKeys("030701",
                "030102");
        // The training's CNY 1.6 million gives a panel of three, the monitoring's 2.2 million one of five.
        Map<String, Integer> seats = Map.of("030701", 3, "030102", 5);
        Map<String, List<String>> totals = Map.of("030701", List.of("86.27", "85.20"), "030102", List.of("86.04", "83.49"));
        UUID software = users.actingAs("provider2").organizationId();

        consultations.forEach((item, id) -> {
            ProcedureId procedure = new ProcedureId(id);
            LotEvaluation lot = views.of(purchaser, procedure, 1);

            assertThat(lot.stage()).isEqualTo(LotEvaluation.Stage.COMPLETED);
            assertThat(lot.bids()).allSatisfy(bid -> assertThat(bid.valid()).isTrue());
            assertThat(lot.bids().stream().sorted(java.util.Comparator.comparing(LotEvaluation.EvaluatedBid::ranking)).toList())
                    .as(item).extracting(b -> b.ranking(), b -> b.shownTotal().toPlainString())
                    .containsExactly(tuple(1, totals.get(item).get(0)), tuple(2, totals.get(item).get(1)));
            assertThat(lot.bids()).filteredOn(b -> b.ranking() == 1).extracting(LotEvaluation.EvaluatedBid::bidder)
                    .containsExactly(software);
            assertThat(lot.members()).hasSize(seats.get(item))
                    .allSatisfy(member -> assertThat(member.signedAt()).isNotNull());
            assertThat(lot.members()).filteredOn(member -> !member.expert()).extracting(LotEvaluation.SeatedMember::user)
                    .containsExactly(purchaser.userId());
            assertThat(lot.members()).filteredOn(member -> member.dissent() != null).hasSize(1);
            assertThat(lot.votes()).filteredOn(vote -> !vote.inFavour()).singleElement()
                    .satisfies(vote -> assertThat(vote.reason()).isNotBlank());
            assertThat(lot.scores()).extracting(LotEvaluation.MemberScore::score).allSatisfy(
                    score -> assertThat(score.multiply(java.math.BigDecimal.valueOf(2)).stripTrailingZeros().scale()).isLessThanOrEqualTo(0));
            assertThat(lot.bids()).as("ranked on the sealed final quotations, not on the first responses")
                    .allSatisfy(bid -> assertThat(bid.evaluatedPrice()).isLessThan(bid.price()));
            assertThat(lot.scoreCorrections()).singleElement().satisfies(c -> assertThat(c.reason()).contains("合计应为"));
            assertThat(lot.startedAt()).as("a few working days after the opening, in working hours").satisfies(at -> {
                var local = at.atZone(ZoneId.of("Asia/Shanghai"));
                assertThat(local.getHour()).isBetween(9, 17);
            });

            var panel = panels.of(procedure, 1).orElseThrow();
            assertThat(panels.record(purchaser, panel.id()).candidates()).as("an expert declined for a conflict and was replaced")
                    .filteredOn(c -> c.status() == PanelMember.Status.DECLINED).hasSize(1);
            assertThat(panels.record(purchaser, panel.id()).replay().matches()).isTrue();

            var award = demo.getBean(org.cogov.procurement.award.Awards.class).of(purchaser, procedure).get(0);
            assertThat(award.standing()).as("confirmed by the purchaser, published with its letter").hasValueSatisfying(d -> {
                assertThat(d.winner()).isEqualTo(software);
                assertThat(d.bySilence()).isFalse();
                assertThat(d.noticeNumber()).isNotNull();
            });

            String report = text(views.report(users.actingAs("auditor"), procedure, 1, Locale.SIMPLIFIED_CHINESE));
            assertThat(report).contains("评审报告", "磋商小组", "最后报价", "供应商", "采购人代表", "澜江市软件行业协会", "澜江市物流行业协会", "反对意见", "合计应为",
                    "保留意见", totals.get(item).get(0));
        });
    }

    private static String text(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
    void itsEarlierYearsContractsWereEvaluatedWithEveryGradeAndThePublicSeesThem() throws Exception {
        String published = get("/api/v1/public/performance");
        assertThat(published).contains("\"gradeZh\":\"优\"", "\"gradeZh\":\"良\"", "\"gradeZh\":\"中\"", "\"gradeZh\":\"差\"");

        var evaluations = demo.getBean(org.cogov.performance.evaluation.Evaluations.class);
        var concluded = evaluations.concluded(50);
        assertThat(concluded).extracting(c -> c.grade()).contains(org.cogov.contracting.Grade.values());
        assertThat(concluded).as("every total is the platform's scoring of the governing evaluation and the survey")
                .allSatisfy(c -> {
                    var result = evaluations.published(new org.cogov.contracting.ContractId(c.contractId())).orElseThrow();
                    var scores = result.governing().scores();
                    var total = org.cogov.performance.Scoring.total(result.contract().indicators(), scores,
                            java.util.Optional.ofNullable(result.satisfaction()));
                    assertThat(result.total()).isEqualByComparingTo(total.total());
                    assertThat(result.grade()).isEqualTo(total.grade());
                });
        var poor = concluded.stream().filter(c -> c.grade() == org.cogov.contracting.Grade.POOR).findFirst().orElseThrow();
        var implementation = demo.getBean(org.cogov.contracting.implementation.Implementation.class);
        var settled = implementation.of(new org.cogov.contracting.ContractId(poor.contractId()));
        assertThat(settled.finalSettlement()).as("the final payment tied to the grade, withheld for a 差").isNotNull()
                .satisfies(f -> assertThat(f.withheld().amount()).isPositive());
        assertThat(settled.payments()).noneMatch(p -> p.ordinal() == 3);
        assertThat(demo.getBean(org.cogov.registry.Suppliers.class)
                .publicRecord(new org.cogov.registry.OrganizationId(poor.provider().organizationId())).poorPerformances())
                .anySatisfy(p -> assertThat(p.contract()).isEqualTo(poor.contractId()));
        assertThat(concluded).filteredOn(c -> c.grade() == org.cogov.contracting.Grade.EXCELLENT || c.grade() == org.cogov.contracting.Grade.GOOD)
                .as("a good grade earned the final payment, paid")
                .anySatisfy(c -> assertThat(implementation.of(new org.cogov.contracting.ContractId(c.contractId())).payments())
                        .anySatisfy(p -> {
                            assertThat(p.ordinal()).isEqualTo(3);
                            assertThat(p.paidOn()).isNotNull();
                        }));

        var results = concluded.stream().map(c -> evaluations.published(new org.cogov.contracting.ContractId(c.contractId())).orElseThrow())
                .toList();
        var shortOne = results.stream().filter(r -> r.satisfaction() != null && !r.satisfaction().enough()).findFirst().orElseThrow();
        assertThat(shortOne.satisfactionPoints()).isNull();
        assertThat(shortOne.scoredWeight()).isEqualByComparingTo("90");
        assertThat(get("/public/performance/" + shortOne.contract().id().value())).contains(shortOne.total().toPlainString(), "不计分");
        assertThat(results).anySatisfy(r -> assertThat(r.providerComment()).isNotBlank());
        assertThat(results).filteredOn(r -> r.governing().kind() == org.cogov.performance.EvaluationKind.THIRD_PARTY)
                .isNotEmpty();

        assertThat(jdbc().sql("SELECT COUNT(*) FROM survey_answer WHERE rating IS NULL").query(Integer.class).single())
                .as("some cannot say").isPositive();
        assertThat(jdbc().sql("SELECT COUNT(*) FROM survey_answer WHERE comment_text IS NOT NULL").query(Integer.class).single())
                .isPositive();
        assertThat(get("/public/performance")).contains("差", "优");
    }

    private static String get(String path) throws Exception {
        var port = demo.getEnvironment().getProperty("local.server.port");
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + path)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void theClockHasCaughtUpWithRealTime() {
        Instant demoNow = demo.getBean(Clock.class).instant();

        assertThat(demoNow).isAfterOrEqualTo(started).isBefore(Clock.systemUTC().instant().plusSeconds(1));
    }
}
