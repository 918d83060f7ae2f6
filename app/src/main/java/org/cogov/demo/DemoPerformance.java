package org.cogov.demo;

import static org.cogov.demo.DemoProcedures.factor;
import static org.cogov.demo.DemoProcedures.scoring;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cogov.contracting.Contract;
import org.cogov.contracting.ContractId;
import org.cogov.contracting.Dimension;
import org.cogov.contracting.FinalInstalment;
import org.cogov.contracting.Indicator;
import org.cogov.contracting.IndicatorGroup;
import org.cogov.contracting.IndicatorSet;
import org.cogov.contracting.Milestone;
import org.cogov.contracting.MilestoneDelivery;
import org.cogov.contracting.ScoringRule;
import org.cogov.contracting.drafting.ContractDrafts;
import org.cogov.contracting.drafting.ContractSignatures;
import org.cogov.contracting.drafting.SignerKeys;
import org.cogov.contracting.implementation.Implementation;
import org.cogov.performance.EvaluationKind;
import org.cogov.performance.Scoring;
import org.cogov.performance.evaluation.Evaluations;
import org.cogov.performance.survey.Surveys;
import org.cogov.procurement.Lot;
import org.cogov.procurement.Method;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.bidding.Bidding;
import org.cogov.registry.OrganizationId;
import org.cogov.shared.Actor;
import org.cogov.shared.Money;
import org.cogov.shared.document.Documents;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo city's earlier year, lived before its past year ({@link DemoYear}) so that its contracts were carried out and
 * evaluated by then: two consultations of two lots each, one won on both lots by the logistics association (safety
 * training), one by the software association (digital-transformation advice); four contracts of four months with
 * performance indicators, three of them tying the final payment to the grade. Each delivered, its milestones accepted with
 * the beneficiaries heard and paid; its beneficiaries answering a satisfaction survey on single-use tokens (some cannot
 * say, some comment); the provider evaluating itself, the commerce bureau evaluating it, the city's third-party evaluator
 * evaluating three of them — every evaluation on its evidence; the bureau concluding: one 优, one 良, one 中 whose survey
 * fell short of its sample and was not counted, one 差 whose final payment was withheld and which entered the provider's
 * credit record, and on which the provider commented publicly. Every total is the one the platform's scoring gives.
 */
@Component
class DemoPerformance {

    /** From the first publication to the last evaluation: the earlier year needs this many days before the past year. */
    static final int SPAN_DAYS = 290;

    private final Bidding bidding;
    private final ContractDrafts contracts;
    private final SignerKeys signerKeys;
    private final ContractSignatures signatures;
    private final Implementation implementation;
    private final Surveys surveys;
    private final Evaluations evaluations;
    private final Documents documents;
    private final WorkingDays days;

    DemoPerformance(Bidding bidding, ContractDrafts contracts, SignerKeys signerKeys, ContractSignatures signatures,
            Implementation implementation, Surveys surveys, Evaluations evaluations, Documents documents, WorkingDays days) {
        this.bidding = bidding;
        this.contracts = contracts;
        this.signerKeys = signerKeys;
        this.signatures = signatures;
        this.implementation = implementation;
        this.surveys = surveys;
        this.evaluations = evaluations;
        this.documents = documents;
        this.days = days;
    }

    /**
     * One beneficiary's answer to the survey: a rating of 1 to 5, or none for "cannot say", and perhaps a comment.
     */
    record Answer(@Nullable Integer rating, @Nullable String comment) {
    }

    /** An evaluator's scores: the two outputs measured in percent, the effects judged with a reason, the budget executed. */
    record Scores(String first, String second, String effects, String reason, String budget, String summary) {
    }

    /** How one contract is carried out and evaluated. */
    record Story(String provider, boolean linked, boolean lateFinal, List<Answer> answers, Scores self, Scores purchaser,
            @Nullable Scores thirdParty, @Nullable String providerComment, List<MilestoneDelivery.BeneficiaryOpinion> opinions,
            String midTermReport, String finalReport) {
    }

    private record Carried(ContractId id, Story story) {
    }

    /** Lives the earlier year when the past reaches far enough back and the calendar holds it; the clock ends before {@code yearStart}. */
    void live(DemoYear.Living year, Instant yearStart) {
        LocalDate start = year.today();
        if (start.plusDays(SPAN_DAYS).isAfter(yearStart.atZone(days.zone()).toLocalDate()) || !year.calendarAhead(start, SPAN_DAYS)) {
            return;
        }
        UUID logistics = year.provider.organizationId();
        UUID software = year.provider2.organizationId();
        year.on(3, 9);
        // Both consultations buy four months of service from the same day, a quarter ahead.
        LocalDate service = year.today().withDayOfMonth(1).plusMonths(3);

        // The safety training of the city's shops and warehouses, east and west, won by the logistics association.
        ProcedureId safety = consultation(year, service, "030701", "商贸流通企业安全生产培训", "安全生产培训",
                List.of("东片区", "西片区"), "logistics", "provider",
                Map.of(logistics, List.of("86 84", "88 85.5", "84 86")), Map.of(software, List.of("78 80", "80 79", "79.5 81")),
                "628000.00", "639000.00", "612000.00", "624000.00",
                "两期集中培训加上门隐患排查：安全管理人员集中培训，仓储和商场逐家排查，整改闭环跟踪。",
                "以线上课程为主，辅以集中讲座，隐患排查委托合作机构实施。");
        year.on(7, 9);
        // The advice on the digital transformation of small traders, in two districts, won by the software association.
        ProcedureId digital = consultation(year, service, "030701", "中小商贸企业数字化转型培训辅导", "数字化转型培训辅导",
                List.of("上城区", "滨江区"), "software", "provider2",
                Map.of(software, List.of("87 83", "85.5 84", "88 82")), Map.of(logistics, List.of("79 82", "80.5 80", "78 81")),
                "615000.00", "630000.00", "602000.00", "618000.00",
                "逐家上门诊断，出具一企一策转型方案，组织软件企业对接，回访跟踪应用成效。",
                "集中培训与线上诊断结合，方案以行业通用模板为基础。");

        // The contracts, signed in April for May to August, each lot with its indicators.
        year.on(10, 10);
        List<Carried> carried = new ArrayList<>();
        carried.add(new Carried(sign(year, safety, 1, "provider", safetyIndicators(), true), excellent()));
        carried.add(new Carried(sign(year, safety, 2, "provider", safetyIndicators(), true), poor()));
        carried.add(new Carried(sign(year, digital, 1, "provider2", digitalIndicators(), true), good()));
        carried.add(new Carried(sign(year, digital, 2, "provider2", digitalIndicators(), false), fair()));
        LocalDate termStart = contracts.contract(carried.get(0).id().value()).term().start();
        LocalDate termEnd = contracts.contract(carried.get(0).id().value()).term().end();

        // The advances, paid when the service starts.
        at(year, termStart, 10);
        for (Carried c : carried) {
            implementation.pay(year.purchaser, c.id(), 1, voucher(c, 1));
        }
        // The mid-term deliverables, submitted, accepted with the beneficiaries heard, and paid.
        LocalDate midTerm = contracts.contract(carried.get(0).id().value()).milestones().get(1).due();
        at(year, onOrBefore(midTerm.minusDays(3)), 15);
        for (Carried c : carried) {
            implementation.submit(actor(year, c), c.id(), 2, c.story().midTermReport(), null);
        }
        at(year, onOrBefore(midTerm), 10);
        for (Carried c : carried) {
            implementation.accept(year.purchaser, c.id(), 2, c.story().opinions(), "中期成果按合同约定完成，同意验收。");
        }
        year.on(5, 10);
        for (Carried c : carried) {
            implementation.pay(year.purchaser, c.id(), 2, voucher(c, 2));
        }
        // The third-party evaluator is assigned before the end of the service, so that it can follow the last weeks.
        year.on(20, 10);
        for (Carried c : carried) {
            if (c.story().thirdParty() != null) {
                evaluations.assign(year.finance, c.id(), new OrganizationId(year.users.actingAs("evaluator").organizationId()));
            }
        }
        // The survey: tokens printed and handed out to the firms served, answered over a few days.
        at(year, termEnd.minusDays(14), 9);
        List<List<String>> tokens = new ArrayList<>();
        for (Carried c : carried) {
            tokens.add(surveys.issue(year.purchaser, c.id(), c.story().answers().size(), termEnd.plusDays(14)).tokens());
        }
        for (int day = 0; day < 3; day++) {
            year.on(day == 0 ? 0 : 2, 10 + day * 2);
            for (int k = 0; k < carried.size(); k++) {
                List<Answer> answers = carried.get(k).story().answers();
                for (int i = day; i < answers.size(); i += 3) {
                    surveys.answer(tokens.get(k).get(i), answers.get(i).rating(), answers.get(i).comment());
                }
            }
        }
        // The final deliverables: on time, but for one a week late.
        at(year, onOrBefore(termEnd.minusDays(4)), 15);
        for (Carried c : carried) {
            if (!c.story().lateFinal()) {
                implementation.submit(actor(year, c), c.id(), 3, c.story().finalReport(), null);
            }
        }
        at(year, onOrBefore(termEnd), 10);
        for (Carried c : carried) {
            if (!c.story().lateFinal()) {
                implementation.accept(year.purchaser, c.id(), 3, c.story().opinions(), "终期成果按合同约定完成，同意验收。");
            }
        }
        at(year, termEnd.plusDays(4), 16);
        for (Carried c : carried) {
            if (c.story().lateFinal()) {
                implementation.submit(actor(year, c), c.id(), 3, c.story().finalReport(), null);
            }
        }
        year.on(2, 10);
        for (Carried c : carried) {
            if (c.story().lateFinal()) {
                implementation.accept(year.purchaser, c.id(), 3, List.of(new MilestoneDelivery.BeneficiaryOpinion("陈国华",
                        "西片区仓储企业代表", 2, "排查报告迟交一周，部分企业的整改意见照搬模板，针对性不强。")),
                        "终期成果逾期提交，隐患整改复查覆盖不足，予以验收，评价时一并考虑。");
            }
        }
        // The contract without the clause is paid in full and completes.
        year.on(4, 10);
        for (Carried c : carried) {
            if (!c.story().linked()) {
                implementation.pay(year.purchaser, c.id(), 3, voucher(c, 3));
            }
        }

        // The evaluations: the provider's own, the bureau's, the third party's, each on its evidence.
        year.on(3, 10);
        for (Carried c : carried) {
            submit(year, c, EvaluationKind.SELF, actor(year, c), c.story().self());
        }
        year.on(3, 10);
        for (Carried c : carried) {
            submit(year, c, EvaluationKind.PURCHASER, year.purchaser, c.story().purchaser());
        }
        year.on(5, 10);
        for (Carried c : carried) {
            if (c.story().thirdParty() != null) {
                submit(year, c, EvaluationKind.THIRD_PARTY, year.users.actingAs("evaluator"), c.story().thirdParty());
            }
        }
        // The bureau concludes: the totals and grades are published, the final payments settled as the contracts say.
        year.on(2, 15);
        for (Carried c : carried) {
            evaluations.conclude(year.purchaser, c.id());
        }
        year.on(3, 10);
        for (Carried c : carried) {
            if (c.story().providerComment() != null) {
                evaluations.comment(actor(year, c), c.id(), c.story().providerComment());
            }
        }
        // What the good grades earned of the final payments is paid.
        year.on(2, 10);
        for (Carried c : carried) {
            if (c.story().linked() && implementation.of(year.purchaser, c.id()).payments().stream()
                    .anyMatch(p -> p.ordinal() == 3 && p.paidOn() == null)) {
                implementation.pay(year.purchaser, c.id(), 3, voucher(c, 3));
            }
        }
    }

    /**
     * A consultation buying services in two lots of CNY 650,000, bid by both associations on both lots, opened, evaluated
     * by a panel per lot after one round of talks and final quotations, and awarded to the first candidate.
     */
    private ProcedureId consultation(DemoYear.Living year, LocalDate service, String item, String title, String lotTitle, List<String> areas,
            String field, String winner, Map<UUID, List<String>> winning, Map<UUID, List<String>> losing, String winnerPrice,
            String loserPrice, String winnerFinal, String loserFinal, String winnerText, String loserText) {
        List<Lot> lots = new ArrayList<>();
        for (int n = 0; n < areas.size(); n++) {
            lots.add(new Lot(n + 1, lotTitle + "（" + areas.get(n) + "）", null, Money.yuan(650_000),
                    scoring(20, factor("服务方案", 60, "方案完整、针对性强、可操作"), factor("团队与经验", 20, "人员配置与同类服务经验"))));
        }
        ProcedureId id = year.publishToday(item, title, 650_000L * areas.size(), service, 4, Method.COMPETITIVE_CONSULTATION,
                Method.Justification.PURCHASE_OF_SERVICES, "服务内容需结合企业实际与供应商磋商确定", lots);
        Actor first = year.users.actingAs(winner);
        Actor second = winner.equals("provider") ? year.provider2 : year.provider;
        year.obtain(first, id);
        year.obtain(second, id);
        year.on(5, 10);
        for (int n = 1; n <= areas.size(); n++) {
            bidding.submit(first, id, n, new Bidding.Proposal(new BigDecimal(winnerPrice), winnerText, List.of()), true, null);
            bidding.submit(second, id, n, new Bidding.Proposal(new BigDecimal(loserPrice), loserText, List.of()), true, null);
        }
        year.open(id);
        UUID firstId = first.organizationId();
        UUID secondId = second.organizationId();
        Map<UUID, List<List<String>>> scores = Map.of(firstId, rows(winning.get(firstId)), secondId, rows(losing.get(secondId)));
        String slipped = winning.get(firstId).get(1).split(" ")[0];
        year.evaluate(id, new DemoEvaluation.Story("本人近三年曾为参加磋商的一家协会的会员单位提供" + ("logistics".equals(field) ? "安全评价" : "信息化咨询")
                + "服务，申请回避。", 2, secondId, "响应文件的服务方案对片区内企业类型的分析较为笼统，能否满足逐家服务的要求存疑。", scores,
                new DemoEvaluation.Slip(firstId, 0, new BigDecimal(slipped).subtract(BigDecimal.TEN).toPlainString(),
                        "复核时发现“服务方案”分项合计有误，合计应为 " + slipped + " 分，误记为 "
                                + new BigDecimal(slipped).subtract(BigDecimal.TEN).toPlainString() + " 分。"),
                "本人认为第二名的方案成本控制更好，价格分差距不应被方案分抵消；对排序结果保留意见。",
                "未提供参加政府采购活动前三年内在经营活动中没有重大违法记录的书面声明。",
                new DemoEvaluation.Rounds(Map.of(
                        firstId, "第一轮磋商：供应商确认每家服务企业均上门服务不少于两次，并按企业名单逐家建立服务台账。",
                        secondId, "第一轮磋商：供应商确认可增加上门服务次数，但需采购人提供企业联系人名单。"),
                        "经磋商，采购需求调整如下：每家服务企业上门服务不少于两次，服务台账按月报送采购人。请各供应商据此提交最后报价。",
                        Map.of(firstId, winnerFinal, secondId, loserFinal),
                        Map.of(firstId, "按调整后的需求报价，含上门服务与台账报送。", secondId, "按调整后的需求报价。"))));
        year.award(id);
        return id;
    }

    private static List<List<String>> rows(List<String> members) {
        return members.stream().map(m -> List.of(m.split(" "))).toList();
    }

    /**
     * The lot's contract, signed by both parties: an advance of 30 %, a mid-term deliverable of 30 % and the final one of
     * 40 %; served to the public, so that its acceptances hear the beneficiaries; the final payment tied to the grade as
     * usual when {@code linked}; its indicators fixed before the signatures; published and filed.
     */
    private ContractId sign(DemoYear.Living year, ProcedureId id, int lot, String winner, IndicatorSet indicators, boolean linked) {
        Contract draft = contracts.contracts(year.purchaser).stream().filter(c -> c.procedureId().equals(id.value()) && c.lot() == lot)
                .filter(c -> c.status() == Contract.Status.DRAFT).findFirst().orElseThrow();
        LocalDate start = draft.term().start();
        LocalDate end = draft.term().end();
        Contract scheduled = contracts.changeMilestones(year.purchaser, draft.id(), draft.version(), List.of(
                new Milestone("预付款", start, new BigDecimal("30"), true),
                new Milestone("中期服务成果及台账", start.plusDays((end.toEpochDay() - start.toEpochDay()) / 2), new BigDecimal("30"), false),
                new Milestone("终期服务成果及总结报告", end, new BigDecimal("40"), false)));
        Contract terms = contracts.changeTerms(year.purchaser, scheduled.id(), scheduled.version(), new ContractDrafts.Terms(draft.term(),
                null, null, null, null, null, null, true, linked, linked ? FinalInstalment.usual() : null));
        Contract ready = contracts.changeIndicators(year.purchaser, terms.id(), terms.version(), indicators);
        for (String username : List.of("purchaser", winner)) {
            Actor signer = year.users.actingAs(username);
            char[] passphrase = (username + "-signer-key").toCharArray();
            if (signerKeys.current(signer.userId()).isEmpty()) {
                signerKeys.enrol(signer, passphrase.clone());
            }
            signatures.sign(signer, ready.id(), passphrase);
        }
        implementation.publish(year.purchaser, ready.id());
        implementation.file(year.purchaser, ready.id());
        return ready.id();
    }

    private void submit(DemoYear.Living year, Carried c, EvaluationKind kind, Actor by, Scores scores) {
        String what = switch (kind) {
            case SELF -> "Self-evaluation";
            case PURCHASER -> "Purchaser evaluation";
            case THIRD_PARTY -> "Third-party evaluation";
        };
        UUID report = store(by, what + " report, contract " + c.id().value().toString().substring(0, 8), "绩效评价报告.pdf");
        UUID evidence = store(by, what + " evidence: attendance sheets, inspection records, ledgers, vouchers", "绩效评价佐证材料.pdf");
        List<Scoring.ScoreEntry> entries = List.of(
                new Scoring.ScoreEntry(0, 0, new BigDecimal(scores.first()), null, null, evidence),
                new Scoring.ScoreEntry(0, 1, new BigDecimal(scores.second()), null, null, evidence),
                new Scoring.ScoreEntry(1, 0, null, new BigDecimal(scores.effects()), scores.reason(), evidence),
                new Scoring.ScoreEntry(3, 0, new BigDecimal(scores.budget()), null, null, evidence));
        evaluations.submit(by, c.id(), kind, new Evaluations.Submission(scores.summary(), report, entries));
    }

    private UUID store(Actor by, String title, String filename) {
        try (InputStream pdf = DemoProcedures.pdf(title)) {
            return documents.store(by, pdf, filename, "performance-evidence").id().value();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Actor actor(DemoYear.Living year, Carried c) {
        return year.users.actingAs(c.story().provider());
    }

    private static String voucher(Carried c, int milestone) {
        return "GK-2025-" + c.id().value().toString().substring(0, 4).toUpperCase(java.util.Locale.ROOT) + "-" + milestone;
    }

    /** The working day on or before {@code day}. */
    private LocalDate onOrBefore(LocalDate day) {
        while (!days.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** Moves the clock to the hour of the working day on or after {@code day}. */
    private void at(DemoYear.Living year, LocalDate day, int hour) {
        while (!days.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        Instant at = day.atTime(hour, 0).atZone(days.zone()).toInstant();
        if (at.isAfter(year.clock.instant())) {
            year.clock.set(at);
        }
    }

    private static IndicatorSet safetyIndicators() {
        return indicators("培训企业覆盖率", "Share of the firms trained", "片区内重点商贸企业安全管理人员培训覆盖率 100%",
                "隐患排查完成率", "Share of the hazard inspections done", "片区内仓储和商场隐患逐家排查，完成率 100%",
                "企业安全管理水平提升", "Improvement of the firms' safety management", "隐患整改闭环，企业安全制度健全，无较大以上事故");
    }

    private static IndicatorSet digitalIndicators() {
        return indicators("诊断企业完成率", "Share of the firms diagnosed", "区内报名中小商贸企业上门诊断完成率 100%",
                "转型方案交付率", "Share of the plans delivered", "诊断企业一企一策转型方案交付率 100%",
                "企业数字化应用成效", "Effect on the firms' digital practice", "服务企业上线数字化应用，经营数据可追踪");
    }

    private static IndicatorSet indicators(String first, String firstEn, String firstTarget, String second, String secondEn,
            String secondTarget, String effects, String effectsEn, String effectsTarget) {
        ScoringRule percent = new ScoringRule.Linear(new BigDecimal("100"));
        return new IndicatorSet(List.of(
                new IndicatorGroup(Dimension.OUTPUTS, new BigDecimal("50"), List.of(
                        new Indicator(first, firstEn, new BigDecimal("30"), firstTarget, percent),
                        new Indicator(second, secondEn, new BigDecimal("20"), secondTarget, percent))),
                new IndicatorGroup(Dimension.EFFECTS, new BigDecimal("30"), List.of(
                        new Indicator(effects, effectsEn, new BigDecimal("30"), effectsTarget, new ScoringRule.Judgement()))),
                new IndicatorGroup(Dimension.SATISFACTION, new BigDecimal("10"), List.of(
                        new Indicator("服务对象满意率", "Beneficiaries' satisfaction", new BigDecimal("10"), "满意率不低于 90%", percent))),
                new IndicatorGroup(Dimension.BUDGET_EXECUTION, new BigDecimal("10"), List.of(
                        new Indicator("预算执行率", "Budget executed", new BigDecimal("10"), "预算执行率 100%", percent)))));
    }

    /** So many answers of each rating, 5 to 1, and so many who cannot say; the comments go to the first answers given. */
    private static List<Answer> answers(int[] ratings, int cannotSay, List<String> comments) {
        List<Answer> answers = new ArrayList<>();
        for (int r = 0; r < ratings.length; r++) {
            for (int i = 0; i < ratings[r]; i++) {
                answers.add(new Answer(5 - r, null));
            }
        }
        for (int i = 0; i < cannotSay; i++) {
            answers.add(new Answer(null, null));
        }
        // Spread the ratings, so that each day brings all kinds: every seventh answer in turn (seven is prime to the counts
        // below; the order kept otherwise).
        int step = answers.size() % 7 == 0 ? 1 : 7;
        List<Answer> mixed = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            mixed.add(answers.get((int) ((long) i * step % answers.size())));
        }
        for (String comment : comments) {
            int wanted = Integer.parseInt(comment.substring(0, 1));
            String text = comment.substring(2);
            for (int i = 0; i < mixed.size(); i++) {
                Answer a = mixed.get(i);
                if (a.comment() == null && (wanted == 0 ? a.rating() == null : a.rating() != null && a.rating() == wanted)) {
                    mixed.set(i, new Answer(a.rating(), text));
                    break;
                }
            }
        }
        return mixed;
    }

    private static List<MilestoneDelivery.BeneficiaryOpinion> opinions(String name, String represents, int rating, String opinion) {
        return List.of(new MilestoneDelivery.BeneficiaryOpinion(name, represents, rating, opinion));
    }

    // The four contracts' stories.

    private static Story excellent() {
        return new Story("provider", true, false,
                answers(new int[] { 38, 9, 2, 1, 0 }, 2, List.of(
                        "5 讲师都是一线安监人员，讲的案例就是我们身边的事。",
                        "5 上门排查很细，连消防通道堆货都指出来了，整改后复查也来了。",
                        "4 培训时间安排在周一上午，门店有点忙，建议改到下午。",
                        "2 我们店只排查了一次，希望多来几次。",
                        "0 我是新来的店长，没参加培训，不好评价。")),
                new Scores("100", "98", "28", "培训全覆盖，隐患整改率 96%，服务期内片区无安全事故。", "99",
                        "东片区 126 家重点企业安全管理人员全部参训，排查隐患 418 处，整改 401 处；各项指标均达到或超过合同目标。"),
                new Scores("98", "96", "27", "培训覆盖完整，整改闭环较好；个别商场的复查记录不全。", "97",
                        "培训和排查按计划完成，台账完整，企业反映良好；建议加强复查记录的规范性。"),
                new Scores("98", "95", "27", "抽查 20 家企业，18 家整改到位；安全制度普遍建立，个别企业应急演练未开展。", "97",
                        "经查阅签到表、排查记录和整改台账，并实地抽查 20 家企业、访谈 12 名安全管理人员，东片区服务质量优良。"),
                null, opinions("王建平", "东片区商场安全负责人", 5, "培训内容贴近实际，排查发现的问题都能落实整改。"),
                "东片区第一期集中培训完成，参训 126 人；完成 210 家企业隐患排查，形成隐患台账。",
                "东片区全部服务完成：第二期培训、全部 263 家企业排查及整改复查，形成年度安全生产服务总结。");
    }

    private static Story poor() {
        return new Story("provider", true, true,
                answers(new int[] { 9, 8, 7, 6, 5 }, 5, List.of(
                        "2 排查的人来了十分钟就走了，报告上写的问题和我们店对不上。",
                        "1 说好的整改复查一直没来，打电话也没人接。",
                        "3 培训还可以，就是排查太走过场。",
                        "4 讲师讲得不错，仓库的消防问题也帮我们找出来了。",
                        "0 不清楚这个服务是谁做的。")),
                new Scores("92", "85", "22", "因西片区企业分散，部分企业多次上门未遇负责人，整改复查有所延后。", "95",
                        "西片区培训全部完成，排查企业 231 家；部分企业整改复查因客观原因延后，已列入后续跟踪。"),
                new Scores("70", "58", "15", "排查覆盖不足六成，整改意见多为模板，复查未闭环；终期成果逾期一周。", "78",
                        "培训人次未达目标，隐患排查覆盖率低，整改复查未闭环，终期成果逾期提交；服务质量不符合合同要求。"),
                new Scores("68", "55", "14", "抽查 20 家企业，仅 9 家有排查记录且与现场一致；多家企业整改意见照搬模板。", "76",
                        "经查阅台账并实地抽查，西片区排查记录与现场多处不符，整改复查基本未开展，企业满意度较低。"),
                "本会接受评价结论。西片区企业分散、流动性大，我会低估了上门排查的工作量，人员配置不足；已调整项目团队并向各企业逐一回访，今后将如实记录每次上门情况。",
                opinions("陈国华", "西片区仓储企业代表", 3, "培训组织尚可，排查覆盖不全，部分企业未见排查人员。"),
                "西片区第一期集中培训完成，参训 88 人；完成 96 家企业隐患排查。",
                "西片区服务总结：第二期培训完成，累计排查 231 家企业，整改复查部分完成。");
    }

    private static Story good() {
        return new Story("provider2", true, false,
                answers(new int[] { 20, 16, 4, 2, 0 }, 3, List.of(
                        "5 诊断很专业，帮我们把进销存搬到了云上，月底对账省了两天。",
                        "4 方案很实用，但推荐的软件有点贵，小店负担不起。",
                        "3 方案写得挺好，落地还得靠我们自己，后续跟进少了些。",
                        "0 老板去对接的，我不太了解。")),
                new Scores("96", "94", "26", "诊断企业上线应用比例较高，部分企业因成本原因暂缓。", "98",
                        "上城区完成 150 家企业上门诊断，交付转型方案 142 份，组织 6 场供需对接会。"),
                new Scores("92", "90", "25", "方案针对性较强，应用落地率约七成，后续跟踪有待加强。", "95",
                        "诊断和方案交付基本按计划完成，企业反映方案实用；对应用落地的跟踪服务偏少。"),
                new Scores("90", "88", "25", "抽查 15 家企业，11 家已上线数字化应用且在使用；4 家尚在观望。", "94",
                        "经查阅诊断记录、转型方案和对接会资料，并回访 15 家企业，上城区服务成效良好，跟踪服务可再加强。"),
                null, opinions("沈丽娟", "上城区社区超市负责人", 4, "诊断细致，方案可行，希望后续多跟踪。"),
                "上城区完成 80 家企业上门诊断，交付首批转型方案 72 份，召开 3 场供需对接会。",
                "上城区全部服务完成：累计诊断 150 家、交付方案 142 份，应用成效回访报告。");
    }

    private static Story fair() {
        return new Story("provider2", false, false,
                answers(new int[] { 6, 6, 3, 2, 1 }, 2, List.of(
                        "5 帮我们开通了线上收银和会员系统，生意好做多了。",
                        "2 方案和隔壁店的一模一样，感觉是套模板。",
                        "0 刚接手门店，之前的情况不清楚。")),
                new Scores("90", "85", "22", "受企业报名不足影响，诊断进度有所滞后，已在服务期内补足。", "92",
                        "滨江区完成 112 家企业诊断，交付方案 98 份；前期报名企业不足，后期集中补足。"),
                new Scores("82", "76", "20", "方案模板化较明显，企业应用落地率约四成。", "85",
                        "诊断数量基本达到要求，但部分方案针对性不足，应用落地率不高；满意度调查回收样本不足。"),
                null,
                "感谢评价。滨江区前期企业报名不足影响了进度，部分方案借用了行业模板；我会已为每家企业补充个性化建议，并将在后续服务中加强回访。",
                opinions("郑海波", "滨江区餐饮企业代表", 3, "诊断按时完成，方案内容较为通用。"),
                "滨江区完成 50 家企业上门诊断，交付首批转型方案 41 份。",
                "滨江区服务总结：累计诊断 112 家、交付方案 98 份。");
    }
}
