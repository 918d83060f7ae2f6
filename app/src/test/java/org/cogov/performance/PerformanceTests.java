package org.cogov.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestCreditCodes;
import org.cogov.TestUsers;
import org.cogov.contracting.Contract;
import org.cogov.contracting.ContractId;
import org.cogov.contracting.ContractImplementation;
import org.cogov.contracting.FinalInstalment;
import org.cogov.contracting.Grade;
import org.cogov.contracting.MilestoneDelivery;
import org.cogov.contracting.ServicePeriod;
import org.cogov.contracting.SignedContracts;
import org.cogov.contracting.drafting.ContractDrafts;
import org.cogov.contracting.implementation.Implementation;
import org.cogov.performance.evaluation.Evaluations;
import org.cogov.performance.survey.SurveyAnswers;
import org.cogov.planning.BudgetLineId;
import org.cogov.planning.Budgets;
import org.cogov.procurement.PastPerformance;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.OrganizationKind;
import org.cogov.registry.People;
import org.cogov.registry.PersonId;
import org.cogov.registry.Position;
import org.cogov.registry.Post;
import org.cogov.registry.Profile;
import org.cogov.registry.Registry;
import org.cogov.registry.Suppliers;
import org.cogov.registry.Tenure;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.document.DocumentId;
import org.cogov.shared.time.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * A contract's performance evaluated and what the grade changes: the worked example of RULES.md from the evaluators'
 * scores and the beneficiaries' answers to 89.30 and 良, a poor grade that withholds the final payment, blocks renewal and
 * enters the credit record, a survey too small to count, an evaluator who is not independent, and the doors each party
 * may open — each scenario on a contract of its own.
 */
@DatabaseTest
class PerformanceTests {

    private static final List<String> SCENARIOS = List.of("example", "poor", "short", "doors", "page");
    private static Map<String, ContractId> signed;

    @Autowired
    Evaluations evaluations;
    @Autowired
    Implementation implementation;
    @Autowired
    ContractDrafts drafts;
    @Autowired
    org.cogov.shared.document.Documents documents;
    @Autowired
    Registry registry;
    @Autowired
    People people;
    @Autowired
    Suppliers suppliers;
    @Autowired
    PastPerformance pastPerformance;
    @Autowired
    Budgets budgets;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    TestUsers users;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void theWorkedExampleIsGradedGoodAndItsFinalPaymentPaidInFull() throws Exception {
        ContractId id = contract("example");
        deliver(id);
        SurveyAnswers.answer(context, purchaser(), id, 176, 24, 3);
        evaluations.assign(purchaser(), id, evaluatorOrganization());
        evaluations.submit(provider(), id, EvaluationKind.SELF, submission(provider(), "95", "95", "28", "100"));
        evaluations.submit(purchaser(), id, EvaluationKind.PURCHASER, submission(purchaser(), "92", "88", "27", "95"));
        evaluations.submit(evaluator(), id, EvaluationKind.THIRD_PARTY, submission(evaluator(), "90", "90", "26", "95"));
        assertThat(implementation.of(purchaser(), id).finalAwaitsGrade()).isTrue();

        PerformanceResult result = evaluations.conclude(purchaser(), id);

        assertThat(result.governing().kind()).isEqualTo(EvaluationKind.THIRD_PARTY);
        assertThat(result.satisfactionPoints()).isEqualByComparingTo("8.80");
        assertThat(result.total()).isEqualByComparingTo("89.30");
        assertThat(result.grade()).isEqualTo(Grade.GOOD);
        assertThat(result.finalSettlement()).isNotNull();
        assertThat(result.finalSettlement().withheld()).isEqualTo(Money.ZERO);
        ContractImplementation after = implementation.of(purchaser(), id);
        Money last = after.milestone(3).amount();
        assertThat(after.payments()).filteredOn(p -> p.ordinal() == 3).singleElement()
                .satisfies(p -> assertThat(p.amount()).isEqualTo(last));
        implementation.pay(purchaser(), id, 3, "GK-PERF-3");
        assertThat(drafts.contract(purchaser(), id).status()).isEqualTo(Contract.Status.COMPLETED);
        assertThat(auditEntries("performance.contract.evaluated", id)).isEqualTo(1);
        mvc.perform(get("/api/v1/public/performance/{id}", id.value())).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(89.30)).andExpect(jsonPath("$.gradeZh").value("良"))
                .andExpect(jsonPath("$.survey.satisfied").value(176)).andExpect(jsonPath("$.survey.valid").value(200))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("evidence"))));
        mvc.perform(get("/public/performance/{id}", id.value())).andExpect(status().isOk())
                .andExpect(content().string(containsString("89.30")));
        assertThatTheRecordedGradesAreThePastPerformanceOfALaterProcedure();
    }

    /** What a later procedure's past-performance factor reads: the mean of the provider's totals of the last three years. */
    private void assertThatTheRecordedGradesAreThePastPerformanceOfALaterProcedure() {
        OrganizationId provider = new OrganizationId(provider().organizationId());
        List<BigDecimal> totals = jdbc.sql("SELECT total FROM performance_result WHERE provider_id = :p")
                .param("p", provider.value()).query(BigDecimal.class).list();

        Optional<BigDecimal> score = pastPerformance.score(provider, today());

        BigDecimal mean = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(totals.size()), 2, java.math.RoundingMode.HALF_UP);
        assertThat(score).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo(mean));
        assertThat(pastPerformance.score(provider, today().minusYears(4))).isEmpty();
    }

    @Test
    void aPoorGradeWithholdsTheFinalPaymentBlocksRenewalAndEntersTheCreditRecord() {
        ContractId id = contract("poor");
        UUID line = jdbc.sql("SELECT budget_line_id FROM contract WHERE id = :id").param("id", id.value()).query(UUID.class).single();
        deliver(id);
        SurveyAnswers.answer(context, purchaser(), id, 80, 20, 0);
        evaluations.submit(purchaser(), id, EvaluationKind.PURCHASER, submission(purchaser(), "60", "60", "12", "80"));
        BigDecimal committedBefore = committed(line);

        PerformanceResult result = evaluations.conclude(purchaser(), id);

        assertThat(result.governing().kind()).isEqualTo(EvaluationKind.PURCHASER);
        assertThat(result.total()).isEqualByComparingTo("58.00");
        assertThat(result.grade()).isEqualTo(Grade.POOR);
        ContractImplementation after = implementation.of(purchaser(), id);
        Money last = after.milestone(3).amount();
        assertThat(result.finalSettlement().earned()).isEqualTo(Money.ZERO);
        assertThat(result.finalSettlement().withheld()).isEqualTo(last);
        assertThat(after.payments()).noneMatch(p -> p.ordinal() == 3);
        assertThat(after.contract().status()).isEqualTo(Contract.Status.COMPLETED);
        assertThat(after.paid()).isEqualTo(new Money(after.contract().price()).minus(last));
        BigDecimal held = jdbc.sql("SELECT budget_held FROM contract WHERE id = :id").param("id", id.value()).query(BigDecimal.class).single();
        assertThat(committed(line)).isEqualByComparingTo(committedBefore.subtract(held.subtract(after.paid().amount())));
        assertThatThrownBy(() -> implementation.pay(purchaser(), id, 3, "GK-NEVER"))
                .isInstanceOf(RuleViolation.class);
        BudgetLineId nextYear = budgets.record(users.user("finance"), new OrganizationId(purchaser().organizationId()),
                new Budgets.NewLine(2027, "PF-" + UUID.randomUUID().toString().substring(0, 8), "续签经费", Money.yuan(3_000_000)));
        assertThatThrownBy(() -> drafts.renew(purchaser(), id, nextYear))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("contracting.renewal.grade-too-low"));
        assertThat(suppliers.publicRecord(new OrganizationId(provider().organizationId())).poorPerformances())
                .anySatisfy(p -> {
                    assertThat(p.contract()).isEqualTo(id.value());
                    assertThat(p.total()).isEqualByComparingTo("58.00");
                });
        assertThat(registry.trackRecord(new OrganizationId(provider().organizationId())).entries())
                .anySatisfy(e -> {
                    assertThat(e.kindKey()).isEqualTo("performance.track-record.evaluated");
                    assertThat(e.outcome()).isEqualTo("差 58.00");
                });
    }

    @Test
    void aSurveyBelowItsMinimumSampleGivesNoScoreAndSaysSo() {
        ContractId id = contract("short");
        deliver(id);
        SurveyAnswers.answer(context, purchaser(), id, 10, 5, 0);
        evaluations.submit(purchaser(), id, EvaluationKind.PURCHASER, submission(purchaser(), "90", "90", "26", "95"));
        Satisfaction before = evaluations.view(purchaser(), id).satisfaction();
        assertThat(before.enough()).isFalse();
        assertThat(before.points(BigDecimal.TEN)).isEmpty();

        PerformanceResult result = evaluations.conclude(purchaser(), id);

        assertThat(result.satisfactionPoints()).isNull();
        assertThat(result.scoredWeight()).isEqualByComparingTo("90");
        // 80.50 of the 90 points scored, scaled to 100.
        assertThat(result.total()).isEqualByComparingTo("89.44");
        assertThat(result.satisfaction().enough()).isFalse();
    }

    @Test
    void anEvaluatorTiedToTheProviderCannotBeAssigned() {
        ContractId id = contract("doors");
        Organization tied = registry.register(new Organization(new OrganizationId(UUID.randomUUID()), TestCreditCodes.next(),
                "澜江同源绩效评估所", "Lanjiang Tongyuan Evaluation", OrganizationKind.THIRD_PARTY_EVALUATOR), Profile.EMPTY);
        Actor registrar = users.user("registrar");
        PersonId person = people.record(registrar, "周同源");
        LocalDate from = today().minusYears(1);
        suppliers.recordPosition(registrar, new Position(person, tied.id(), Post.DIRECTOR, new Tenure(from, null)));
        suppliers.recordPosition(registrar, new Position(person, new OrganizationId(provider().organizationId()), Post.SUPERVISOR,
                new Tenure(from, null)));

        assertThatThrownBy(() -> evaluations.assign(purchaser(), id, tied.id())).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo("performance.evaluator.not-independent");
            assertThat(v.field()).isEqualTo("evaluator");
        });
        assertThatThrownBy(() -> evaluations.assign(purchaser(), id, new OrganizationId(provider().organizationId())))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("performance.evaluator.not-an-evaluator"));
        assertThat(evaluations.view(purchaser(), id).evaluator()).isNull();
    }

    @Test
    void eachPartyOpensOnlyItsOwnDoors() {
        ContractId id = contract("doors");
        assertThatThrownBy(() -> evaluations.submit(purchaser(), id, EvaluationKind.PURCHASER, submission(purchaser(), "90", "90", "26", "95")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("performance.evaluation.delivery-not-over"));
        deliver(id);
        assertThatThrownBy(() -> evaluations.submit(provider(), id, EvaluationKind.PURCHASER, submission(provider(), "90", "90", "26", "95")))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> evaluations.submit(evaluator(), id, EvaluationKind.THIRD_PARTY, submission(evaluator(), "90", "90", "26", "95")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND));
        assertThatThrownBy(() -> evaluations.view(users.user(SignedContracts.otherDepartment(context)), id))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND));
        assertThatThrownBy(() -> evaluations.conclude(provider(), id)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> evaluations.conclude(purchaser(), id))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("performance.result.awaits-purchaser"));

        evaluations.submit(provider(), id, EvaluationKind.SELF, submission(provider(), "100", "100", "30", "100"));
        assertThatThrownBy(() -> evaluations.submit(provider(), id, EvaluationKind.SELF, submission(provider(), "90", "90", "26", "95")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("performance.evaluation.submitted-already"));
        assertThat(evaluations.view(provider(), id).satisfaction()).isNull();
        evaluations.submit(purchaser(), id, EvaluationKind.PURCHASER, submission(purchaser(), "80", "80", "20", "90"));
        assertThat(evaluations.view(provider(), id).evaluations()).extracting(PerformanceResult.SubmittedEvaluation::kind)
                .containsExactly(EvaluationKind.SELF);
        evaluations.conclude(users.user("finance"), id);
        evaluations.comment(provider(), id, "我会认真对待评价意见，改进培训组织。");
        assertThatThrownBy(() -> evaluations.comment(provider(), id, "再说一次"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("performance.result.commented-already"));
        assertThat(evaluations.published(id)).hasValueSatisfying(r -> assertThat(r.providerComment()).startsWith("我会认真"));
    }

    @Test
    void theEvaluatorSubmitsOnThePageEachScoreWithItsEvidenceFile() throws Exception {
        ContractId id = contract("page");
        deliver(id);
        evaluations.assign(purchaser(), id, evaluatorOrganization());
        mvc.perform(get("/contracts/{id}/performance", id.value()).with(users.as("evaluator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"evaluate-THIRD_PARTY\"")));
        MockMultipartHttpServletRequestBuilder form = multipart("/contracts/{id}/performance/evaluations/third_party", id.value());
        String[] values = { "90", "90", "26", "95" };
        for (int row = 0; row < values.length; row++) {
            form.file(new MockMultipartFile("evidence_" + row, "核查记录" + row + ".pdf", "application/pdf",
                    "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
            form.param(row == 2 ? "points_" + row : "measured_" + row, values[row]);
        }
        form.param("reason_2", "目标基本实现").param("summary", "第三方评估：培训按合同完成。");

        mvc.perform(form.with(users.as("evaluator")).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", "performance.page.submitted"));

        PerformanceResult.SubmittedEvaluation submitted = evaluations.view(evaluator(), id).evaluations().stream()
                .filter(e -> e.kind() == EvaluationKind.THIRD_PARTY).findFirst().orElseThrow();
        assertThat(submitted.scores()).hasSize(4).extracting(Score::evidence).doesNotHaveDuplicates();
        assertThat(documents.document(purchaser(), new DocumentId(submitted.scores().get(0).evidence())).filename()).isEqualTo("核查记录0.pdf");
        mvc.perform(multipart("/contracts/{id}/performance/evaluations/purchaser", id.value()).param("summary", "缺少评分")
                .with(users.as("purchaser")).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("refused"));
        mvc.perform(get("/contracts/{id}/performance", id.value()).with(users.as("purchaser"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"evaluation-THIRD_PARTY\"")));
    }

    /** The evaluation the evaluator submits: both outputs measured in percent, the effects judged, the budget executed. */
    private Evaluations.Submission submission(Actor by, String trainees, String hours, String effects, String budget) {
        UUID evidence = documents.store(by, new ByteArrayInputStream("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII)), "佐证材料.pdf", "performance-evidence").id().value();
        List<Scoring.ScoreEntry> entries = ScoringTests.entries(trainees, hours, effects, budget).stream()
                .map(e -> new Scoring.ScoreEntry(e.group(), e.indicator(), e.measured(), e.points(), e.reason(), evidence)).toList();
        return new Evaluations.Submission("培训按计划完成，考核合格率较高，少数课时调整。", null, entries);
    }

    /** Every milestone delivered, accepted and — but for a final payment that waits for the grade — paid. */
    private void deliver(ContractId id) {
        implementation.pay(purchaser(), id, 1, "GK-ADV-" + id.value().toString().substring(0, 6));
        for (int milestone = 2; milestone <= 3; milestone++) {
            implementation.submit(provider(), id, milestone, "成果已交付", null);
            implementation.accept(purchaser(), id, milestone, List.of(new MilestoneDelivery.BeneficiaryOpinion("李华", "受训企业代表", 5, "满意")),
                    null);
            if (!implementation.of(purchaser(), id).finalAwaitsGrade()) {
                implementation.pay(purchaser(), id, milestone, "GK-" + milestone + "-" + id.value().toString().substring(0, 6));
            }
        }
    }

    /** The scenarios' contracts: the example's indicators, the usual final-payment clause, a stable service. */
    private synchronized ContractId contract(String scenario) {
        if (signed == null) {
            signed = SignedContracts.sign(context, users, "provider2", SCENARIOS, Set.of(), (name, draft) -> {
                Contract terms = drafts.changeTerms(purchaser(), draft.id(), draft.version(), new ContractDrafts.Terms(
                        new ServicePeriod(draft.term().start(), draft.term().months(), true, "年度培训需持续开展，预算已纳入中期财政规划"), null,
                        null, null, null, null, null, null, true, FinalInstalment.usual()));
                return drafts.changeIndicators(purchaser(), terms.id(), terms.version(), ScoringTests.set());
            });
        }
        return signed.get(scenario);
    }

    private OrganizationId evaluatorOrganization() {
        return new OrganizationId(evaluator().organizationId());
    }

    private BigDecimal committed(UUID line) {
        return jdbc.sql("SELECT committed FROM budget_line WHERE id = :id").param("id", line).query(BigDecimal.class).single();
    }

    private int auditEntries(String action, ContractId id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :action AND object_id = :id").param("action", action)
                .param("id", id.value().toString()).query(Integer.class).single();
    }

    private LocalDate today() {
        return context.getBean(Clock.class).instant().atZone(workingDays.zone()).toLocalDate();
    }

    private Actor purchaser() {
        return users.user("purchaser");
    }

    private Actor provider() {
        return users.user("provider2");
    }

    private Actor evaluator() {
        return users.user("evaluator");
    }
}
