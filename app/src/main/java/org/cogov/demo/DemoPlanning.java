package org.cogov.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

import org.cogov.catalogue.Catalogue;
import org.cogov.catalogue.SubjectKind;
import org.cogov.identity.UserProvisioning;
import org.cogov.planning.BudgetLineId;
import org.cogov.planning.Budgets;
import org.cogov.planning.CommentId;
import org.cogov.planning.ConsultationId;
import org.cogov.planning.Consultations;
import org.cogov.planning.ContractTerm;
import org.cogov.planning.IntentionId;
import org.cogov.planning.Intentions;
import org.cogov.planning.PurchaseRequestId;
import org.cogov.planning.PurchaseRequests;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo city's planning, this fiscal year and the next, as its departments and finance bureau would
 * have done it through the screens: budget lines of several departments (most approved, a few still
 * proposed, one rejected), the commerce bureau's published intentions (one withdrawn, one still a draft),
 * its accepted purchase requests that commit part of its lines (one cancelled), and a needs consultation
 * on which two associations commented and the bureau answered one. Recorded once, dated by the clock.
 */
@Component
@ConditionalOnBooleanProperty("cogov.demo.enabled")
class DemoPlanning {

    private final Budgets budgets;
    private final PurchaseRequests requests;
    private final Intentions intentions;
    private final Consultations consultations;
    private final Registry registry;
    private final Catalogue catalogue;

    DemoPlanning(Budgets budgets, PurchaseRequests requests, Intentions intentions, Consultations consultations,
            Registry registry, Catalogue catalogue) {
        this.budgets = budgets;
        this.requests = requests;
        this.intentions = intentions;
        this.consultations = consultations;
        this.registry = registry;
        this.catalogue = catalogue;
    }

    /** Records the planning of the demo city unless the commerce bureau has budget lines already. */
    void record(UserProvisioning users) {
        Actor purchaser = users.actingAs("purchaser");
        if (!budgets.lines(purchaser, null).isEmpty()) {
            return;
        }
        Actor finance = users.actingAs("finance");
        LocalDate today = catalogue.today();
        int year = today.getYear();
        int next = year + 1;
        List<Organization> city = registry.organizations();
        Function<String, OrganizationId> named = name -> city.stream().filter(o -> o.nameZh().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no organization " + name)).id();

        // Other departments' lines, recorded by the finance bureau from the approved budget.
        record(finance, named.apply("澜江市民政局"), year, "MZ" + year + "-01", "社区社会工作服务项目", 2_400_000);
        record(finance, named.apply("澜江市民政局"), year, "MZ" + year + "-02", "居家和社区养老服务购买项目", 3_600_000);
        record(finance, named.apply("澜江市教育局"), year, "JY" + year + "-01", "中小学课后服务购买项目", 1_800_000);
        record(finance, named.apply("澜江市人力资源和社会保障局"), year, "RS" + year + "-01", "职业技能等级评价服务经费", 900_000);
        record(finance, named.apply("澜江市卫生健康委员会"), year, "WJ" + year + "-01", "健康教育和健康促进服务经费", 750_000);
        record(finance, named.apply("澜江市市场监督管理局"), year, "SJ" + year + "-01", "团体标准培育和实施评估项目", 500_000);
        record(finance, named.apply("澜江市司法局"), year, "SF" + year + "-01", "人民调解和法律援助辅助服务", 650_000);
        record(finance, named.apply("澜江市民政局"), next, "MZ" + next + "-01", "社区社会工作服务项目", 2_600_000);
        record(finance, named.apply("澜江市教育局"), next, "JY" + next + "-01", "中小学课后服务购买项目", 2_000_000);

        // The commerce bureau: this year's lines approved; next year's proposed, most approved since, one rejected.
        OrganizationId commerce = new OrganizationId(purchaser.organizationId());
        BudgetLineId statistics = record(finance, commerce, year, "SW" + year + "-01", "商贸流通行业统计调查经费", 800_000);
        BudgetLineId ecommerce = record(finance, commerce, year, "SW" + year + "-02", "电子商务发展促进专项资金", 1_500_000);
        BudgetLineId training = record(finance, commerce, year, "SW" + year + "-03", "外贸企业人才培训服务经费", 600_000);
        BudgetLineId standards = approved(purchaser, finance, next, "SW" + next + "-01", "商务领域标准化工作经费", 450_000);
        BudgetLineId mediation = approved(purchaser, finance, next, "SW" + next + "-02", "消费纠纷调解服务经费", 300_000);
        BudgetLineId expo = approved(purchaser, finance, next, "SW" + next + "-03", "澜江国际商贸博览会组织经费", 1_500_000);
        budgets.propose(purchaser, new Budgets.NewLine(next, "SW" + next + "-04", "商务信用体系建设服务经费", Money.yuan(680_000)));
        BudgetLineId rejected = budgets.propose(purchaser, new Budgets.NewLine(next, "SW" + next + "-05", "商务系统会议和接待经费",
                Money.yuan(260_000)));
        budgets.reject(finance, rejected, 0, "会议和接待支出属于部门自身运转经费，不属于政府购买服务范围，请从部门公用经费中安排。");

        // Intentions: announced ahead of the purchases below; one withdrawn, one still a draft.
        YearMonth month = YearMonth.from(today);
        publish(purchaser, "澜江市商贸流通行业统计调查服务", "030101", 560_000, month.plusMonths(1),
                "对全市批发零售、住宿餐饮和物流企业开展季度统计调查，形成行业运行分析报告。");
        publish(purchaser, "澜江市电子商务行业运行监测与分析服务", "030102", 380_000, month.plusMonths(1),
                "监测全市网络零售和跨境电商运行情况，按月提交监测报告。");
        publish(purchaser, "外贸企业从业人员培训服务", "030701", 260_000, month.plusMonths(2),
                "面向中小外贸企业开展国际贸易规则、跨境结算和合规培训，全年不少于 12 期。");
        publish(purchaser, "第六届澜江国际商贸博览会组织服务", "030501", 1_200_000, month.plusMonths(3),
                "博览会展位招商、现场组织和配套经贸交流活动的承办服务。");
        IntentionId withdrawn = publish(purchaser, "消费纠纷调解服务", "030601", 240_000, month.plusMonths(2),
                "委托社会组织开展商贸领域消费纠纷调解。");
        intentions.withdraw(purchaser, withdrawn, 1, "与市场监督管理局联合采购，改由该局公开采购意向。");
        intentions.draft(purchaser, new Intentions.Draft("商务政策宣传和舆情分析服务", "050402", Money.yuan(150_000),
                month.plusMonths(4), "商务领域政策解读宣传和网络舆情监测分析。"));

        // Accepted requests, committing part of the lines; one cancelled, its money back on its line.
        LocalDate start = today.withDayOfMonth(1).plusMonths(1);
        LocalDate nextYear = LocalDate.of(next, 1, 1);
        PurchaseRequestId survey = request(purchaser, statistics, "030101", "澜江市商贸流通行业统计调查服务",
                "对全市约 1200 家限额以上批发零售、住宿餐饮和物流企业开展季度统计调查。", 560_000, start, null,
                "市商务局、全市商贸流通企业");
        request(purchaser, ecommerce, "030102", "澜江市电子商务行业运行监测与分析服务",
                "监测网络零售额、跨境电商进出口和重点平台经营情况，按月提交监测报告。", 380_000, start, null,
                "市商务局、电子商务企业");
        request(purchaser, training, "030701", "外贸企业从业人员培训服务",
                "面向中小外贸企业开展国际贸易规则、跨境结算和合规经营培训。", 260_000, start, null, "全市中小外贸企业从业人员");
        request(purchaser, standards, "030201", "商贸流通领域团体标准起草服务", "起草商贸流通领域团体标准 3 项。", 180_000,
                nextYear, null, "商贸流通企业、消费者");
        request(purchaser, expo, "030501", "第六届、第七届澜江国际商贸博览会组织服务",
                "承办两届博览会的展位招商、现场组织和配套经贸交流活动。", 1_200_000, nextYear,
                "博览会每年举办一届，承办服务需求稳定、连续，两年所需经费已纳入中期财政规划。", "参展企业、采购商和市民");
        PurchaseRequestId cancelled = request(purchaser, mediation, "030601", "消费纠纷调解服务",
                "委托社会组织开展商贸领域消费纠纷调解。", 240_000, nextYear, null, "消费者、商贸企业");
        requests.cancel(purchaser, cancelled, 0, "与市场监督管理局联合采购，本部门申请撤销。");

        // A needs consultation before the survey is put out to tender: two associations comment, one is answered.
        ConsultationId consultation = consultations.publish(purchaser, new Consultations.NewConsultation(
                "澜江市商贸流通行业统计调查服务需求征询",
                "拟委托专业机构对全市限额以上批发零售、住宿餐饮和物流企业开展季度统计调查，形成行业运行分析报告。"
                        + "现就调查范围、抽样方法、调查周期和数据报送方式征询意见。",
                "030101", survey, today.plusDays(10)));
        CommentId sampling = consultations.comment(users.actingAs("provider"), consultation,
                "建议对物流企业按营业收入分层抽样，并将快递末端网点纳入调查范围；调查周期建议按季度而非半年，以便及时反映行业运行情况。");
        consultations.comment(users.actingAs("provider2"), consultation,
                "建议在需求中明确数据采集平台的技术要求和数据安全责任，允许承接单位使用已有的在线填报系统，并写明调查数据归采购人所有。");
        consultations.answer(purchaser, consultation, sampling, 0,
                "感谢意见。分层抽样方案和快递末端网点将写入采购需求，调查周期调整为按季度开展。");
    }

    private BudgetLineId record(Actor finance, OrganizationId department, int year, String code, String name, long yuan) {
        return budgets.record(finance, department, new Budgets.NewLine(year, code, name, Money.yuan(yuan)));
    }

    /** Proposed by the department, then approved by the finance bureau, as most lines are. */
    private BudgetLineId approved(Actor purchaser, Actor finance, int year, String code, String name, long yuan) {
        BudgetLineId id = budgets.propose(purchaser, new Budgets.NewLine(year, code, name, Money.yuan(yuan)));
        budgets.approve(finance, id, 0);
        return id;
    }

    private IntentionId publish(Actor purchaser, String title, String code, long yuan, YearMonth month, String description) {
        IntentionId id = intentions.draft(purchaser, new Intentions.Draft(title, code, Money.yuan(yuan), month, description));
        intentions.publish(purchaser, id, 0);
        return id;
    }

    /** A request answered "no" to every negative-list question: a plain service under its catalogue item. */
    private PurchaseRequestId request(Actor purchaser, BudgetLineId line, String code, String title, String description,
            long yuan, LocalDate start, @Nullable String stableServiceReason, String beneficiaries) {
        LocalDate end = start.plusYears(stableServiceReason == null ? 1 : 2).minusDays(1);
        return requests.submit(purchaser, new PurchaseRequests.NewRequest(line, code, title, description, Money.yuan(yuan),
                new ContractTerm(start, end), stableServiceReason, beneficiaries, SubjectKind.SERVICE, false, false, false,
                false)).id();
    }
}
