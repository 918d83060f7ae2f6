package org.cogov.demo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.cogov.catalogue.SubjectKind;
import org.cogov.planning.BudgetLineId;
import org.cogov.planning.Budgets;
import org.cogov.planning.ContractTerm;
import org.cogov.planning.PurchaseRequestId;
import org.cogov.planning.PurchaseRequests;
import org.cogov.procurement.AwardCriteria;
import org.cogov.procurement.Lot;
import org.cogov.procurement.Method;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.TenderDocument;
import org.cogov.procurement.Timetable;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.OrganizationKind;
import org.cogov.shared.Actor;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.LegalPeriod;
import org.cogov.shared.time.WorkingDays;

/**
 * Drafts of every method for the commerce bureau, made through the services as its purchaser, the
 * procurement agency and the finance bureau would: a two-lot public tender published today with its
 * notice, a consultation the finance bureau approved, a negotiation, a single source awaiting
 * approval, a small purchase, and an invitational tender the agency drafts under a delegation.
 */
final class DemoProcedures {

    /** The title of the first of these drafts: the demo records them once. */
    static final String FIRST = "重点商贸行业运行监测与分析服务";

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final PurchaseRequests requests;
    private final ProcedureDrafts drafts;
    private final WorkingDays days;
    private final Actor purchaser;
    private final BudgetLineId line;

    private DemoProcedures(PurchaseRequests requests, ProcedureDrafts drafts, WorkingDays days, Actor purchaser,
            BudgetLineId line) {
        this.requests = requests;
        this.drafts = drafts;
        this.days = days;
        this.purchaser = purchaser;
        this.line = line;
    }

    static void record(Budgets budgets, PurchaseRequests requests, ProcedureDrafts drafts, Publication publication,
            WorkingDays days, Actor purchaser,
            Actor finance, Actor agent, List<Actor> custodians, List<Organization> city, LocalDate today) {
        BudgetLineId line = budgets.record(finance, new OrganizationId(purchaser.organizationId()), new Budgets.NewLine(
                today.getYear(), "2130899-01", "商贸流通服务业发展专项（政府购买服务）", Money.yuan(12_000_000)));
        DemoProcedures demo = new DemoProcedures(requests, drafts, days, purchaser, line);
        LocalDate notice = today.plusDays(4);

        ProcedureId tender = demo.draft("030102", FIRST, 2_800_000, today, Method.PUBLIC_TENDER, null, null);
        drafts.divide(purchaser, tender, demo.version(tender), List.of(
                new Lot(1, "行业运行监测", "按月采集重点商贸企业经营数据并形成监测报告", Money.yuan(1_600_000),
                        scoring(20, factor("监测方案", 45, "指标体系完整，采集方法可行"), factor("团队与经验", 25, "项目团队专业配置与同类项目经验"),
                                factor("以往履约评价", 10, "近三年政府购买服务绩效评价结果", AwardCriteria.Factor.Kind.PAST_PERFORMANCE))),
                new Lot(2, "年度分析报告", "编制年度行业发展分析报告", Money.yuan(1_200_000),
                        scoring(25, factor("研究方案", 50, "研究框架、方法和数据来源"), factor("成果质量保障", 25, "审核机制与进度安排")))));
        demo.tenderDates(today).ifPresent(dates -> drafts.schedule(purchaser, tender, demo.version(tender), dates));
        drafts.nameCustodians(purchaser, tender, demo.version(tender), 3, custodians.stream().map(Actor::userId).toList());
        drafts.attach(purchaser, tender, TenderDocument.Kind.TENDER_DOCUMENTS, pdf("Tender documents: monitoring and analysis of key trade sectors"),
                "招标文件.pdf");
        if (drafts.draft(purchaser, tender).intentionWarning()) {
            drafts.acknowledgeIntentionWarning(purchaser, tender, demo.version(tender));
        }
        // Published today when nothing blocks it (its dates may wait for next year's calendar): the portal's first notice.
        if (drafts.draft(purchaser, tender).blockers().isEmpty()) {
            publication.publish(purchaser, tender, demo.version(tender));
        }

        ProcedureId consultation = demo.draft("030701", "外贸企业合规经营培训", 2_400_000, today, Method.COMPETITIVE_CONSULTATION,
                Method.Justification.PURCHASE_OF_SERVICES, "培训内容和方式需与培训机构磋商确定");
        drafts.divide(purchaser, consultation, demo.version(consultation), List.of(
                new Lot(1, "出口合规培训", null, Money.yuan(1_200_000), scoring(20, factor("培训方案", 60, "课程体系与授课安排"),
                        factor("师资", 20, "讲师资质与实务经验"))),
                new Lot(2, "跨境电商合规培训", null, Money.yuan(1_200_000), scoring(20, factor("培训方案", 60, "课程体系与授课安排"),
                        factor("师资", 20, "讲师资质与实务经验")))));
        drafts.requestApproval(purchaser, consultation, demo.version(consultation), "政府购买服务项目，培训需求需与供应商磋商确定，拟采用竞争性磋商");
        drafts.decideApproval(finance, consultation, demo.version(consultation), true, "符合财库〔2014〕214号规定的适用情形，同意采用竞争性磋商");

        demo.draft("030201", "电子商务团体标准研制", 900_000, today, Method.COMPETITIVE_NEGOTIATION,
                Method.Justification.SPECIFICATIONS_NOT_FIXABLE, "标准框架需在谈判中与起草单位共同确定");

        Organization onlySupplier = city.stream().filter(o -> o.kind() == OrganizationKind.INDUSTRY_ASSOCIATION)
                .filter(o -> o.nameZh().contains("老字号")).findFirst()
                .orElseGet(() -> city.stream().filter(o -> o.kind() == OrganizationKind.INDUSTRY_ASSOCIATION).findFirst().orElseThrow());
        ProcedureId single = demo.draft("030401", "澜江老字号企业信用评价", 2_100_000, today, Method.SINGLE_SOURCE,
                Method.Justification.ONLY_ONE_SUPPLIER, "老字号认定和信用档案由该协会独家保存，其他机构无法提供", onlySupplier.id());
        demo.within(() -> {
            LocalDate publicity = days.plusWorkingDays(today, 1);
            return new Timetable(days.plusWorkingDays(publicity, 6), null, null, null, null, null, null, publicity,
                    days.plusWorkingDays(publicity, 5));
        }).ifPresent(dates -> drafts.schedule(purchaser, single, demo.version(single), dates));
        drafts.requestApproval(purchaser, single, demo.version(single), "唯一供应商，拟采用单一来源方式");

        demo.draft("030101", "商贸流通企业统计调查", 500_000, today, Method.SMALL_PURCHASE, null, null);

        PurchaseRequestId delegated = demo.request("050102", "会展业高质量发展课题研究", 1_500_000, today);
        drafts.delegate(purchaser, delegated, new OrganizationId(agent.organizationId()), "澜江市商务局委托代理协议（2026）第 3 号");
        ProcedureId invitational = drafts.create(agent, delegated, new ProcedureDrafts.Description("会展业高质量发展课题研究",
                "由采购代理机构代理", Method.INVITATIONAL_TENDER, Method.Justification.SPECIAL_NATURE,
                "课题需具备会展统计和国际展会研究能力的机构承担，潜在供应商有限", null));
        demo.within(() -> new Timetable(null, null, null, null, null, notice, days.plusWorkingDays(notice, 5), null, null))
                .ifPresent(dates -> drafts.schedule(agent, invitational, drafts.draft(agent, invitational).procedure().version(),
                        dates));
    }

    private PurchaseRequestId request(String item, String title, long amount, LocalDate today) {
        LocalDate start = today.withDayOfMonth(1).plusMonths(2);
        return requests.submit(purchaser, new PurchaseRequests.NewRequest(line, item, title, null, Money.yuan(amount),
                new ContractTerm(start, start.plusYears(1).minusDays(1)), null, "本市商贸流通企业和行业从业人员", SubjectKind.SERVICE,
                false, false, false, false)).id();
    }

    private ProcedureId draft(String item, String title, long amount, LocalDate today, Method method,
            Method.Justification justification, String why) {
        return draft(item, title, amount, today, method, justification, why, null);
    }

    private ProcedureId draft(String item, String title, long amount, LocalDate today, Method method,
            Method.Justification justification, String why, OrganizationId supplier) {
        return drafts.create(purchaser, request(item, title, amount, today),
                new ProcedureDrafts.Description(title + "采购", null, method, justification, why, supplier));
    }

    private int version(ProcedureId id) {
        return drafts.draft(purchaser, id).procedure().version();
    }

    /** Notice on a day, documents for 5 working days, the deadline 20 days on, the opening that morning. */
    private Optional<Timetable> tenderDates(LocalDate notice) {
        return within(() -> {
            LocalDate deadlineDay = days.lastDay(LegalPeriod.days(notice, 20));
            return new Timetable(notice, days.plusWorkingDays(notice, 5),
                    deadlineDay.atTime(LocalTime.of(9, 30)).atZone(ZONE).toInstant(),
                    deadlineDay.atTime(LocalTime.of(9, 30)).atZone(ZONE).toInstant(),
                    deadlineDay.atTime(LocalTime.of(12, 0)).atZone(ZONE).toInstant(), null, null, null, null);
        });
    }

    /**
     * Dates counted on the calendar, or none when they reach a year whose calendar is not loaded (late in
     * December): the draft then waits for its dates, as a real one would, instead of failing the demo.
     */
    private Optional<Timetable> within(Supplier<Timetable> dates) {
        try {
            return Optional.of(dates.get());
        } catch (RuleViolation yearNotLoaded) {
            return Optional.empty();
        }
    }

    /** The city's documents settle ties on the first factor, the plan, then on the earlier receipt, before any draw. */
    static AwardCriteria scoring(int price, AwardCriteria.Factor... factors) {
        return new AwardCriteria.ComprehensiveScoring(BigDecimal.valueOf(price), false, List.of(factors),
                List.of(AwardCriteria.TieBreak.higherFactor(1), AwardCriteria.TieBreak.earlierReceipt()));
    }

    static AwardCriteria.Factor factor(String name, int weight, String guidance) {
        return factor(name, weight, guidance, AwardCriteria.Factor.Kind.GENERAL);
    }

    private static AwardCriteria.Factor factor(String name, int weight, String guidance, AwardCriteria.Factor.Kind kind) {
        return new AwardCriteria.Factor(name, BigDecimal.valueOf(weight), guidance, kind);
    }

    /** A one-page PDF with the document's title (in Latin letters: the standard fonts have no Chinese). */
    static ByteArrayInputStream pdf(String title) {
        String page = "BT /F1 14 Tf 56 780 Td (" + title.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                + ") Tj ET";
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + page.length() + " >>\nstream\n" + page + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new java.util.ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer << /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return new ByteArrayInputStream(pdf.toString().getBytes(StandardCharsets.US_ASCII));
    }
}
