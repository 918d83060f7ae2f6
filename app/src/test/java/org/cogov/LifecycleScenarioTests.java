package org.cogov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cogov.catalogue.SubjectKind;
import org.cogov.contracting.Contract;
import org.cogov.contracting.ContractId;
import org.cogov.contracting.ContractImplementation;
import org.cogov.contracting.Grade;
import org.cogov.contracting.Milestone;
import org.cogov.contracting.MilestoneDelivery;
import org.cogov.contracting.PaymentTerms;
import org.cogov.contracting.drafting.ContractDrafts;
import org.cogov.contracting.drafting.ContractSignatures;
import org.cogov.contracting.drafting.SignerKeys;
import org.cogov.contracting.implementation.Implementation;
import org.cogov.performance.EvaluationKind;
import org.cogov.performance.PerformanceResult;
import org.cogov.performance.Scoring;
import org.cogov.performance.evaluation.Evaluations;
import org.cogov.performance.survey.SurveyAnswers;
import org.cogov.planning.BudgetLine;
import org.cogov.planning.BudgetLineId;
import org.cogov.planning.Budgets;
import org.cogov.planning.ContractTerm;
import org.cogov.planning.PurchaseRequestId;
import org.cogov.planning.PurchaseRequests;
import org.cogov.procurement.AwardCriteria;
import org.cogov.procurement.ChallengeKind;
import org.cogov.procurement.Clarifications;
import org.cogov.procurement.Deadlines;
import org.cogov.procurement.Enquiries;
import org.cogov.procurement.EnquiryId;
import org.cogov.procurement.Lot;
import org.cogov.procurement.Method;
import org.cogov.procurement.Notice;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.TenderDocument;
import org.cogov.procurement.Timetable;
import org.cogov.procurement.award.Awards;
import org.cogov.procurement.award.LotAward;
import org.cogov.procurement.bidding.Bidders;
import org.cogov.procurement.bidding.Bidding;
import org.cogov.procurement.bidding.Opening;
import org.cogov.procurement.bidding.OpeningRecord;
import org.cogov.procurement.challenges.ChallengeId;
import org.cogov.procurement.challenges.Challenges;
import org.cogov.procurement.evaluation.EvaluatedLots;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.registry.Verdict;
import org.cogov.shared.Actor;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.document.Documents;
import org.cogov.shared.time.LegalPeriod;
import org.cogov.shared.time.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * One procedure's whole life, step by step through the services as the people who run it would go: a department's
 * request for industry statistics in two lots, its public tender, a question and its published answer, sealed bids
 * from three associations on both lots, the opening by three custodians, the panels' evaluation, the award of each
 * lot, a losing bidder's challenge of a result, answered, the signature of each lot's contract by both parties, their
 * publication and filing, the delivery of each milestone, its acceptance with the beneficiaries heard, the payments out of
 * the budget line, an add-on, the completion of a contract, and its performance evaluation with the beneficiaries'
 * survey, to its grade. Later issues carry it on to the open data. It runs on both databases.
 */
@DatabaseTest
class LifecycleScenarioTests {

    private static final String STATISTICS = "030102";

    @Autowired
    ApplicationContext context;
    @Autowired
    TestUsers users;
    @Autowired
    Budgets budgets;
    @Autowired
    PurchaseRequests requests;
    @Autowired
    ProcedureDrafts drafts;
    @Autowired
    Publication publication;
    @Autowired
    Documents documents;
    @Autowired
    Enquiries enquiries;
    @Autowired
    Clarifications clarifications;
    @Autowired
    Bidding bidding;
    @Autowired
    Opening opening;
    @Autowired
    Awards awards;
    @Autowired
    Challenges challenges;
    @Autowired
    ContractDrafts contractDrafts;
    @Autowired
    SignerKeys signerKeys;
    @Autowired
    ContractSignatures signatures;
    @Autowired
    Implementation implementation;
    @Autowired
    WorkingDays days;
    @Autowired
    Clock clock;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Registry registry;

    @Test
    void aTwoLotTenderFromTheRequestToItsPaidContracts() {
        Actor purchaser = users.user("purchaser");
        LocalDate today = clock.instant().atZone(days.zone()).toLocalDate();

        // Step 1: the finance bureau records the commerce bureau's budget line; the bureau requests the service.
        BudgetLineId line = budgets.record(users.user("finance"), new OrganizationId(purchaser.organizationId()),
                new Budgets.NewLine(today.getYear(), "LC-" + UUID.randomUUID().toString().substring(0, 8), "行业统计监测经费",
                        Money.yuan(5_000_000)));
        PurchaseRequestId request = requests.submit(purchaser, new PurchaseRequests.NewRequest(line, STATISTICS,
                "重点行业运行监测与年度分析", null, Money.yuan(2_600_000), new ContractTerm(today.plusMonths(2), today.plusMonths(11)),
                null, "本市商贸企业", SubjectKind.SERVICE, false, false, false, false)).id();

        // Step 2: a public tender in two lots, each scored on its plan, with its dates, custodians and documents; published.
        ProcedureId id = drafts.create(purchaser, request, new ProcedureDrafts.Description("重点行业运行监测服务采购", null,
                Method.PUBLIC_TENDER, null, null, null));
        drafts.divide(purchaser, id, version(id), List.of(
                new Lot(1, "行业运行监测", "月度监测与快报", Money.yuan(1_600_000), scoring("监测方案")),
                new Lot(2, "年度分析报告", "年度分析与专题报告", Money.yuan(1_000_000), scoring("研究方案"))));
        LocalDate deadline = days.lastDay(LegalPeriod.days(today, 20));
        drafts.schedule(purchaser, id, version(id), new Timetable(today, days.plusWorkingDays(today, 5),
                deadline.atTime(LocalTime.of(9, 30)).atZone(days.zone()).toInstant(),
                deadline.atTime(LocalTime.of(9, 30)).atZone(days.zone()).toInstant(),
                deadline.atTime(LocalTime.of(12, 0)).atZone(days.zone()).toInstant(), null, null, null, null));
        drafts.nameCustodians(purchaser, id, version(id), 3, List.of(purchaser.userId(), users.user("finance").userId(),
                users.user("registrar").userId(), users.user("auditor").userId()));
        drafts.attach(purchaser, id, TenderDocument.Kind.TENDER_DOCUMENTS, new ByteArrayInputStream(
                "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)), "采购文件.pdf");
        if (drafts.draft(purchaser, id).intentionWarning()) {
            drafts.acknowledgeIntentionWarning(purchaser, id, version(id));
        }
        publication.publish(purchaser, id, version(id));
        assertThat(state(id)).isEqualTo(Procedure.State.TENDERING);
        assertThat(notices(id, Notice.Kind.TENDER_NOTICE)).singleElement()
                .satisfies(n -> assertThat(n.textZh()).contains("行业运行监测", "年度分析报告"));

        // Step 3: three associations obtain the documents; one asks a question, answered in a published clarification.
        String third = Bidders.ofVerdict(context, new OrganizationId(purchaser.organizationId()), Verdict.ELIGIBLE,
                users.user("provider").organizationId(), users.user("provider2").organizationId());
        List<String> bidders = List.of("provider", "provider2", third);
        bidders.forEach(bidder -> obtain(bidder, id));
        EnquiryId enquiry = enquiries.ask(users.user("provider2"), id, "年度分析报告是否需要提交英文摘要？");
        clarifications.answer(purchaser, enquiry, version(id), "年度分析报告是否需要提交英文摘要？", "需要，摘要不少于两千字。", false);
        assertThat(enquiries.answered(id)).singleElement().satisfies(e -> assertThat(e.answer()).contains("两千字"));

        // Step 4: each association seals a bid on each lot before the deadline; a first version is revised.
        Map<String, List<String>> prices = Map.of("provider", List.of("1480000.00", "960000.00"),
                "provider2", List.of("1450000.00", "990000.00"), third, List.of("1530000.00", "975000.00"));
        bidding.submit(users.user("provider"), id, 1, new Bidding.Proposal(new BigDecimal("1500000.00"), "初版方案", List.of()),
                true, null);
        for (String bidder : bidders) {
            for (int lot = 1; lot <= 2; lot++) {
                bidding.submit(users.user(bidder), id, lot, new Bidding.Proposal(new BigDecimal(prices.get(bidder).get(lot - 1)),
                        "投标方案", List.of()), true, null);
            }
        }

        // Step 5: the deadline passes and three custodians open every lot: the record shows the last version of each bid.
        Deadlines.passNow(context, List.of(id));
        assertThat(state(id)).isEqualTo(Procedure.State.CLOSED);
        for (String custodian : List.of("auditor", "registrar", "purchaser")) {
            opening.present(users.user(custodian), id, (custodian + "-opening-key").toCharArray());
        }
        OpeningRecord record = opening.record(id);
        assertThat(record.lots()).extracting(OpeningRecord.Lot::outcome)
                .containsExactly(OpeningRecord.LotOutcome.OPENED, OpeningRecord.LotOutcome.OPENED);
        assertThat(record.lots().get(0).bids()).filteredOn(b -> b.bidder().equals(org("provider"))).singleElement()
                .satisfies(b -> assertThat(b.price()).isEqualByComparingTo("1480000.00"));

        // Step 6: each lot's panel qualifies, votes and scores the bids alike and signs: the lower price ranks first.
        EvaluatedLots.complete(context, users, id, 1);
        EvaluatedLots.complete(context, users, id, 2);
        assertThat(state(id)).isEqualTo(Procedure.State.AWARD_PENDING);

        // Step 7: the bureau awards each lot to its first candidate; the results are published and the procedure awarded.
        for (LotAward lot : awards.of(purchaser, id)) {
            awards.confirm(purchaser, id, lot.lot(), lot.next().orElseThrow().bidder(), null);
        }
        assertThat(awards.of(purchaser, id)).extracting(a -> a.standing().orElseThrow().winner())
                .containsExactly(org("provider2"), org("provider"));
        assertThat(state(id)).isEqualTo(Procedure.State.AWARDED);
        assertThat(notices(id, Notice.Kind.RESULT)).hasSize(2);

        // Step 8: the association second on lot 2 challenges its result; the bureau answers within its time.
        Challenges.ChallengeView challenge = challenges.lodge(users.user(third), id, ChallengeKind.RESULT, 2,
                "我会报价与第一名相差不足百分之二，技术方案更完整，排序不合理。");
        Challenges.ChallengeView answered = challenges.answer(purchaser, new ChallengeId(challenge.id()), challenge.version(), false,
                null, "经核查，评审小组按招标文件规定的评分标准评分，质疑不成立。");
        assertThat(answered.reply()).contains("质疑不成立");
        assertThat(answered.answeredLate()).isFalse();
        assertThat(awards.of(purchaser, id).get(1).standing()).as("a dismissed challenge leaves the award standing")
                .hasValueSatisfying(d -> assertThat(d.winner()).isEqualTo(org("provider")));

        // Step 9: each award drafted its contract; the parties enrol their signer keys and sign, lot by lot: the procedure
        // is contracted only once both lots are signed, and anyone who reads a contract can verify its signatures.
        List<Contract> contracts = contractDrafts.contracts(purchaser).stream().filter(c -> c.procedureId().equals(id.value()))
                .sorted(java.util.Comparator.comparingInt(Contract::lot)).toList();
        assertThat(contracts).extracting(Contract::status).containsExactly(Contract.Status.DRAFT, Contract.Status.DRAFT);
        Contract monitoring = contracts.get(0);
        LocalDate start = monitoring.term().start();
        contractDrafts.changeMilestones(purchaser, monitoring.id(), monitoring.version(), List.of(
                new Milestone("预付款", start, new BigDecimal("30"), true),
                new Milestone("上半年月度监测报告", start.plusMonths(4), new BigDecimal("30"), false),
                new Milestone("全年监测报告与数据库", monitoring.term().end(), new BigDecimal("40"), false)));
        for (String signer : List.of("purchaser", "provider", "provider2")) {
            signerKeys.enrol(users.user(signer), (signer + " signs the lifecycle").toCharArray());
        }
        signatures.sign(purchaser, contracts.get(0).id(), "purchaser signs the lifecycle".toCharArray());
        Contract first = signatures.sign(users.user("provider2"), contracts.get(0).id(), "provider2 signs the lifecycle".toCharArray());
        assertThat(first.status()).isEqualTo(Contract.Status.SIGNED);
        assertThat(state(id)).as("one lot signed of two").isEqualTo(Procedure.State.AWARDED);
        signatures.sign(users.user("provider"), contracts.get(1).id(), "provider signs the lifecycle".toCharArray());
        signatures.sign(purchaser, contracts.get(1).id(), "purchaser signs the lifecycle".toCharArray());
        assertThat(state(id)).isEqualTo(Procedure.State.CONTRACTED);
        assertThat(signatures.verify(users.user("auditor"), contracts.get(1).id()).verified()).isTrue();

        // Step 10: the bureau publishes both contracts and files them with the finance bureau, in time: no flag is raised.
        for (Contract contract : contracts) {
            implementation.publish(purchaser, contract.id());
            implementation.file(purchaser, contract.id());
        }
        assertThat(implementation.contracts(users.user("finance"))).filteredOn(f -> f.contract().procedureId().equals(id.value()))
                .allSatisfy(f -> assertThat(f.flags()).isEmpty());

        // Step 11: the monitoring contract's advance was ordered at signature; the bureau pays it out of the budget line.
        Actor monitor = users.user("provider2");
        ContractId lot1 = monitoring.id();
        BigDecimal committed = budget(line).committed().amount();
        ContractImplementation advanced = implementation.pay(purchaser, lot1, 1, "GK-2026-LC-01");
        Money advance = advanced.payments().get(0).amount();
        assertThat(advance).isEqualTo(Money.yuan("435000.00"));
        assertThat(budget(line).spent()).isEqualTo(advance);

        // Step 12: the association reports, submits its first reports; the bureau rejects them for a missing sector, then
        // accepts them resubmitted, with the opinions of two member firms' representatives; the payment falls due.
        implementation.report(monitor, lot1, 2, "已完成 4 期月度监测，第 5 期数据回收中。", 70);
        implementation.submit(monitor, lot1, 2, "上半年 6 期月度监测报告", null);
        implementation.reject(purchaser, lot1, 2, "缺少餐饮业分行业数据");
        implementation.submit(monitor, lot1, 2, "上半年 6 期月度监测报告（补充餐饮业）", null);
        ContractImplementation accepted = implementation.accept(purchaser, lot1, 2, List.of(
                new MilestoneDelivery.BeneficiaryOpinion("周立", "澜江市连锁经营协会会员企业", 5, "数据及时，对经营决策有参考价值"),
                new MilestoneDelivery.BeneficiaryOpinion("陈静", "澜江市餐饮企业代表", 4, "补充后的分行业数据可用")), "复核合格");
        assertThat(accepted.milestone(2).submissions()).hasSize(2);
        LocalDate acceptedOn = accepted.milestone(2).acceptedOn();
        assertThat(accepted.payments().get(1).dueOn()).isEqualTo(PaymentTerms.dueOn(days.calendar(), acceptedOn, 30));

        // Step 13: an add-on of 5 % is delivered with the final reports; then the final reports are accepted and both
        // payments made: the contract is completed, and what the lot held of the budget and did not spend goes back.
        implementation.addOn(purchaser, lot1, new Implementation.AddOnRequest(Money.yuan(72_500), null, "增加 2 个重点行业", true, true,
                "市政府新增重点行业监测要求", 3));
        assertThatThrownBy(() -> implementation.addOn(purchaser, lot1, new Implementation.AddOnRequest(Money.yuan(80_000), null, null, true,
                true, "再次追加", 3))).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("contracting.add-on.over-cap"));
        implementation.pay(purchaser, lot1, 2, "GK-2026-LC-02");
        implementation.submit(monitor, lot1, 3, "全年监测报告与行业数据库", null);
        implementation.accept(purchaser, lot1, 3, List.of(
                new MilestoneDelivery.BeneficiaryOpinion("周立", "澜江市连锁经营协会会员企业", 5, "年度报告完整")), null);
        ContractImplementation done = implementation.pay(purchaser, lot1, 3, "GK-2026-LC-03");
        assertThat(done.contract().status()).isEqualTo(Contract.Status.COMPLETED);
        assertThat(done.paid()).isEqualTo(Money.yuan("1522500.00"));
        assertThat(budget(line).spent()).isEqualTo(Money.yuan("1522500.00"));
        // The request committed 2,600,000; lot 1 held its 1,600,000 and the add-on: what it did not spend is back.
        assertThat(budget(line).committed()).isEqualTo(new Money(committed).minus(Money.yuan(1_600_000)));

        // Step 14: the completed contract is evaluated. The bureau hands survey links to the member firms served: 35 answer,
        // 31 satisfied, 3 not, 1 cannot say. It assigns the evaluation centre, which shares no one with either party. The
        // association evaluates itself; the bureau and the centre evaluate the contract against its indicators, each score
        // on its evidence. The bureau concludes: the centre's evaluation governs, with the survey's 31 satisfied of 34 valid.
        SurveyAnswers.answer(context, purchaser, lot1, 31, 3, 1);
        Actor centre = users.user("evaluator");
        evaluations.assign(purchaser, lot1, new OrganizationId(centre.organizationId()));
        evaluations.submit(monitor, lot1, EvaluationKind.SELF, monitoring(monitor, "4", "99.5", "80", "20", "100"));
        evaluations.submit(purchaser, lot1, EvaluationKind.PURCHASER, monitoring(purchaser, "4", "99", "75", "18", "95.16"));
        evaluations.submit(centre, lot1, EvaluationKind.THIRD_PARTY, monitoring(centre, "4", "99", "72", "17", "95.16"));
        PerformanceResult result = evaluations.conclude(purchaser, lot1);
        // Outputs 30 + 20, effects 9 (72 of 80 %) + 17, satisfaction 31 / 34 × 10 = 9.1176, budget 95.16 % of 10 = 9.516.
        assertThat(result.governing().kind()).isEqualTo(EvaluationKind.THIRD_PARTY);
        assertThat(result.satisfactionPoints()).isEqualByComparingTo("9.1176");
        assertThat(result.total()).isEqualByComparingTo("94.63");
        assertThat(result.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(result.finalSettlement()).as("the final payment did not depend on the grade").isNull();
        assertThat(registry.trackRecord(new OrganizationId(monitor.organizationId())).entries())
                .anySatisfy(e -> assertThat(e.outcome()).isEqualTo("优 94.63"));
        assertThat(evaluations.published(lot1)).isPresent();
    }

    /** An evaluation of the monitoring contract on its statistics indicators, each score on evidence the evaluator uploaded. */
    private Evaluations.Submission monitoring(Actor by, String reports, String validSample, String coverage, String findings,
            String budgetExecuted) {
        UUID evidence = documents.store(by, new java.io.ByteArrayInputStream("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII)), "监测报告核查记录.pdf", "performance-evidence").id().value();
        return new Evaluations.Submission("全年 4 份监测报告均按期提交，样本数据有效，监测结论为市商务局两项政策所采用。", null, List.of(
                new Scoring.ScoreEntry(0, 0, new BigDecimal(reports), null, null, evidence),
                new Scoring.ScoreEntry(0, 1, new BigDecimal(validSample), null, null, evidence),
                new Scoring.ScoreEntry(1, 0, new BigDecimal(coverage), null, null, evidence),
                new Scoring.ScoreEntry(1, 1, null, new BigDecimal(findings), "监测结论被采用于两项稳增长政策，个别季度分析深度不足", evidence),
                new Scoring.ScoreEntry(3, 0, new BigDecimal(budgetExecuted), null, null, evidence)));
    }

    private BudgetLine budget(BudgetLineId line) {
        return budgets.line(users.user("finance"), line);
    }

    private static AwardCriteria scoring(String plan) {
        return new AwardCriteria.ComprehensiveScoring(BigDecimal.valueOf(20), false, List.of(new AwardCriteria.Factor(plan,
                BigDecimal.valueOf(80), "内容完整、方法可行", AwardCriteria.Factor.Kind.GENERAL)),
                List.of(AwardCriteria.TieBreak.higherFactor(1), AwardCriteria.TieBreak.earlierReceipt()));
    }

    private void obtain(String provider, ProcedureId id) {
        for (TenderDocument document : drafts.draft(users.user("purchaser"), id).documents()) {
            try (InputStream content = documents.open(users.user(provider), document.document()).stream()) {
                content.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private int version(ProcedureId id) {
        return drafts.draft(users.user("purchaser"), id).procedure().version();
    }

    private Procedure.State state(ProcedureId id) {
        return drafts.draft(users.user("purchaser"), id).procedure().state();
    }

    private List<Notice> notices(ProcedureId id, Notice.Kind kind) {
        return publication.published(id).orElseThrow().notices().stream().filter(n -> n.kind() == kind).toList();
    }

    private UUID org(String username) {
        return users.user(username).organizationId();
    }
}
