package org.cogov.demo;

import static org.cogov.demo.DemoProcedures.factor;
import static org.cogov.demo.DemoProcedures.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cogov.catalogue.SubjectKind;
import org.cogov.identity.UserProvisioning;
import org.cogov.planning.BudgetLineId;
import org.cogov.planning.Budgets;
import org.cogov.contracting.Contract;
import org.cogov.contracting.ContractId;
import org.cogov.contracting.Milestone;
import org.cogov.contracting.MilestoneDelivery;
import org.cogov.contracting.drafting.ContractDrafts;
import org.cogov.contracting.drafting.ContractSignatures;
import org.cogov.contracting.drafting.SignerKeys;
import org.cogov.contracting.implementation.Implementation;
import org.cogov.planning.ContractTerm;
import org.cogov.planning.PurchaseRequestId;
import org.cogov.planning.PurchaseRequests;
import org.cogov.procurement.AwardCriteria;
import org.cogov.procurement.Cancellation;
import org.cogov.procurement.Clarifications;
import org.cogov.procurement.Enquiries;
import org.cogov.procurement.EnquiryId;
import org.cogov.procurement.Lot;
import org.cogov.procurement.Method;
import org.cogov.procurement.ObjectionId;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.Reprocurement;
import org.cogov.procurement.SingleSourceObjections;
import org.cogov.procurement.TenderDocument;
import org.cogov.procurement.Timetable;
import org.cogov.procurement.ChallengeKind;
import org.cogov.procurement.award.Awards;
import org.cogov.procurement.award.LotAward;
import org.cogov.procurement.bidding.Bidding;
import org.cogov.procurement.challenges.ChallengeId;
import org.cogov.procurement.challenges.Challenges;
import org.cogov.procurement.challenges.ComplaintId;
import org.cogov.procurement.challenges.Complaints;
import org.cogov.procurement.bidding.Opening;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.OrganizationKind;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.document.DocumentContent;
import org.cogov.shared.document.Documents;
import org.cogov.shared.time.LegalPeriod;
import org.cogov.shared.time.SettableClock;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo city's past year, lived through the services with its clock moved forward day by day as
 * the commerce bureau, its associations and the finance bureau would have lived it: procedures
 * published month after month, documents obtained, questions asked and answered, a late clarification
 * that moved a deadline, an amendment with a new version of the documents, a cancelled tender, single
 * sources objected to — one objection dismissed, one upheld and its procedure followed by a
 * consultation, one waiting for the finance bureau today; the consultations that opened evaluated by their
 * panels a few working days later ({@link DemoEvaluation}), waiting for their award. What the platform does by
 * itself — closing a procedure at its deadline — it does as the clock passes.
 */
@Component
class DemoYear {

    /** How long the year is: it starts that long before real time. */
    static final Duration LENGTH = Duration.ofDays(365);

    private final Budgets budgets;
    private final PurchaseRequests requests;
    private final ProcedureDrafts drafts;
    private final Publication publication;
    private final Enquiries enquiries;
    private final Clarifications clarifications;
    private final Documents documents;
    private final Cancellation cancellation;
    private final SingleSourceObjections objections;
    private final Reprocurement reprocurement;
    private final Registry registry;
    private final WorkingDays days;
    private final Bidding bidding;
    private final Opening opening;
    private final DemoEvaluation evaluation;
    private final Awards awards;
    private final ContractDrafts contracts;
    private final SignerKeys signerKeys;
    private final ContractSignatures signatures;
    private final Implementation implementation;
    private final Challenges challenges;
    private final Complaints complaints;

    DemoYear(Budgets budgets, PurchaseRequests requests, ProcedureDrafts drafts, Publication publication, Enquiries enquiries,
            Clarifications clarifications, Documents documents, Cancellation cancellation, SingleSourceObjections objections,
            Reprocurement reprocurement, Registry registry, WorkingDays days, Bidding bidding, Opening opening,
            DemoEvaluation evaluation, Awards awards, Challenges challenges, Complaints complaints, ContractDrafts contracts,
            SignerKeys signerKeys, ContractSignatures signatures, Implementation implementation) {
        this.evaluation = evaluation;
        this.contracts = contracts;
        this.signerKeys = signerKeys;
        this.signatures = signatures;
        this.implementation = implementation;
        this.awards = awards;
        this.challenges = challenges;
        this.complaints = complaints;
        this.bidding = bidding;
        this.opening = opening;
        this.cancellation = cancellation;
        this.objections = objections;
        this.reprocurement = reprocurement;
        this.registry = registry;
        this.budgets = budgets;
        this.requests = requests;
        this.drafts = drafts;
        this.publication = publication;
        this.enquiries = enquiries;
        this.clarifications = clarifications;
        this.documents = documents;
        this.days = days;
    }

    /** One living of the year: its people, its clock, and the budget line of each fiscal year it reaches. */
    final class Living {

        final SettableClock clock;
        final UserProvisioning users;
        final Actor purchaser;
        final Actor finance;
        final Actor provider;
        final Actor provider2;
        final List<Actor> custodians;
        final Map<Integer, BudgetLineId> lines = new HashMap<>();

        Living(SettableClock clock, UserProvisioning users) {
            this.clock = clock;
            this.users = users;
            this.purchaser = users.actingAs("purchaser");
            this.finance = users.actingAs("finance");
            this.provider = users.actingAs("provider");
            this.provider2 = users.actingAs("provider2");
            this.custodians = DemoCity.CUSTODIANS.stream().map(users::actingAs).toList();
        }

        LocalDate today() {
            return clock.instant().atZone(days.zone()).toLocalDate();
        }

        /** Moves the clock to a working day's morning, at least {@code daysOn} days from today. */
        LocalDate on(int daysOn, int hour) {
            LocalDate day = today().plusDays(daysOn);
            while (!days.isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            Instant at = day.atTime(hour, 0).atZone(days.zone()).toInstant();
            if (at.isAfter(clock.instant())) {
                clock.set(at);
            }
            return day;
        }

        /**
         * Whether the calendar is loaded far enough ahead for the next procedure's periods: late in a
         * year whose successor is not loaded, the year stops there, as real drafts would wait.
         */
        boolean calendarAhead() {
            return calendarAhead(today(), 45);
        }

        boolean calendarAhead(LocalDate from, int daysAhead) {
            try {
                days.lastDay(LegalPeriod.days(from, daysAhead));
                return true;
            } catch (RuleViolation yearNotLoaded) {
                return false;
            }
        }

        BudgetLineId line(int year) {
            return lines.computeIfAbsent(year, y -> budgets.record(finance, new OrganizationId(purchaser.organizationId()),
                    new Budgets.NewLine(y, "2130899-" + y, "商贸流通服务业发展专项（" + y + " 年度）", Money.yuan(30_000_000))));
        }

        /** A procedure drafted and published today, with every part a publication needs. */
        ProcedureId publishToday(String item, String title, long amount, Method method, Method.@Nullable Justification justification,
                @Nullable String why, List<Lot> lots) {
            return publishToday(item, title, amount, today().withDayOfMonth(1).plusMonths(2), 12, method, justification, why, lots);
        }

        /** The same for a service of so many months from {@code start}. */
        ProcedureId publishToday(String item, String title, long amount, LocalDate start, int months, Method method,
                Method.@Nullable Justification justification, @Nullable String why, List<Lot> lots) {
            ProcedureId id = drafts.create(purchaser, request(item, title, amount, start, months), new ProcedureDrafts.Description(title + "采购",
                    null, method, justification, why, null));
            return publishDraft(id, item, method, lots);
        }

        PurchaseRequestId request(String item, String title, long amount) {
            return request(item, title, amount, today().withDayOfMonth(1).plusMonths(2), 12);
        }

        /** A request for a service of so many months from {@code start}. */
        PurchaseRequestId request(String item, String title, long amount, LocalDate start, int months) {
            LocalDate today = today();
            return requests.submit(purchaser, new PurchaseRequests.NewRequest(line(today.getYear()), item, title, null,
                    Money.yuan(amount), new ContractTerm(start, start.plusMonths(months).minusDays(1)), null, "本市商贸流通企业和行业从业人员",
                    SubjectKind.SERVICE, false, false, false, false)).id();
        }

        /** Lots, today's notice and the periods that follow it, custodians, documents, approval when needed; then published. */
        ProcedureId publishDraft(ProcedureId id, String item, Method method, List<Lot> lots) {
            LocalDate today = today();
            drafts.divide(purchaser, id, version(id), lots);
            if (method == Method.SINGLE_SOURCE) {
                drafts.schedule(purchaser, id, version(id), new Timetable(today, null, null, null, null, null, null, today,
                        days.plusWorkingDays(today, 5)));
            } else {
                LocalDate deadline = days.lastDay(LegalPeriod.days(today, method == Method.PUBLIC_TENDER ? 20 : 10));
                drafts.schedule(purchaser, id, version(id), new Timetable(today, days.plusWorkingDays(today, 5),
                        at(deadline, 9, 30), at(deadline, 9, 30), at(deadline, 12, 0), null, null, null, null));
            }
            drafts.nameCustodians(purchaser, id, version(id), 3, custodians.stream().map(Actor::userId).toList());
            drafts.attach(purchaser, id, TenderDocument.Kind.TENDER_DOCUMENTS, DemoProcedures.pdf("Procurement documents: " + item),
                    "采购文件.pdf");
            if (drafts.draft(purchaser, id).intentionWarning()) {
                drafts.acknowledgeIntentionWarning(purchaser, id, version(id));
            }
            if (drafts.draft(purchaser, id).needsApproval()) {
                drafts.requestApproval(purchaser, id, version(id), "政府购买服务项目，拟采用该采购方式");
                drafts.decideApproval(finance, id, version(id), true, "符合适用情形，同意");
            }
            publication.publish(purchaser, id, version(id));
            return id;
        }

        /** A single source from the only supplier the purchaser names, its publicity from today for five working days. */
        ProcedureId publishSingleSource(String item, String title, long amount, String why, OrganizationId supplier, List<Lot> lots) {
            ProcedureId id = drafts.create(purchaser, request(item, title, amount), new ProcedureDrafts.Description(title + "采购",
                    null, Method.SINGLE_SOURCE, Method.Justification.ONLY_ONE_SUPPLIER, why, supplier));
            return publishDraft(id, item, Method.SINGLE_SOURCE, lots);
        }

        ObjectionId object(Actor provider, ProcedureId id, String reasons) {
            return objections.lodge(provider, id, reasons, null);
        }

        void decide(ProcedureId id, ObjectionId objection, boolean uphold, String reason) {
            objections.decide(finance, id, objection, 0, uphold, reason);
        }

        void obtain(Actor provider, ProcedureId id) {
            drafts.draft(purchaser, id).documents().forEach(document -> {
                DocumentContent content = documents.open(provider, document.document());
                try (InputStream stream = content.stream()) {
                    stream.transferTo(OutputStream.nullOutputStream());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        EnquiryId ask(Actor provider, ProcedureId id, String question) {
            return enquiries.ask(provider, id, question);
        }

        void answer(EnquiryId enquiry, ProcedureId id, String question, String answer, boolean affectsBids) {
            clarifications.answer(purchaser, enquiry, version(id), question, answer, affectsBids);
        }

        int version(ProcedureId id) {
            return drafts.draft(purchaser, id).procedure().version();
        }

        Instant deadline(ProcedureId id) {
            Instant deadline = drafts.draft(purchaser, id).procedure().timetable().deadline();
            return deadline == null ? clock.instant() : deadline;
        }

        /** A bid prepared on the platform and sealed on arrival, through the real path. */
        void bid(Actor provider, ProcedureId id, String price, String proposal) {
            bidding.submit(provider, id, 1, new Bidding.Proposal(new BigDecimal(price), proposal, List.of()), true, null);
        }

        /**
         * The opening, an hour after the deadline: three of the custodians present their shares with their
         * passphrases (README); the third opens every lot, or fails it when too few bids stood.
         */
        void open(ProcedureId id) {
            pastDeadline(id);
            for (String custodian : List.of("auditor", "registrar", "purchaser")) {
                opening.present(custodians.stream().filter(c -> c.username().equals(custodian)).findFirst().orElseThrow(), id,
                        DemoCity.custodianPassphrase(custodian));
            }
        }

        /**
         * The evaluation of the opened lots, a few working days after the opening, when the calendar reaches that far:
         * the panel drawn, seated and scoring as the story says, the ranking signed; the procedure waits for its award.
         */
        void evaluate(ProcedureId id, DemoEvaluation.Story story) {
            if (calendarAhead(today(), 10)) {
                evaluation.evaluate(clock, users, purchaser, id, story);
            }
        }

        /**
         * The purchaser confirms the first candidate of each lot awaiting its award, the working day after the ranking
         * reached it: the result is published with its letter.
         */
        void award(ProcedureId id) {
            if (!calendarAhead(today(), 10)) {
                return;
            }
            on(1, 10);
            for (LotAward lot : awards.of(purchaser, id)) {
                if (lot.status() == LotAward.Status.AWAITING) {
                    lot.next().ifPresent(first -> awards.confirm(purchaser, id, lot.lot(), first.bidder(), null));
                }
            }
        }

        /** A supplier challenges the purchaser (质疑); the purchaser answers at least {@code answerAfter} days later. */
        Challenges.ChallengeView challenge(Actor supplier, ProcedureId id, ChallengeKind kind, @Nullable Integer lot, String statement,
                int answerAfter, boolean upheld, String reply) {
            Challenges.ChallengeView lodged = challenges.lodge(supplier, id, kind, lot, statement);
            on(answerAfter, 16);
            return challenges.answer(purchaser, new ChallengeId(lodged.id()), lodged.version(), upheld, null, reply);
        }

        /**
         * The challenger complains to the finance bureau (投诉), which suspends the procedure while it investigates and
         * then dismisses the complaint: the procedure resumes.
         */
        void complainAndDismiss(Actor supplier, Challenges.ChallengeView answered, String statement, String suspension, String decision) {
            on(2, 10);
            Complaints.ComplaintView complaint = complaints.complain(supplier, new ChallengeId(answered.id()), statement);
            on(1, 11);
            Complaints.ComplaintView suspended = complaints.suspend(finance, new ComplaintId(complaint.id()), suspension);
            on(8, 16);
            complaints.decide(finance, new ComplaintId(complaint.id()), suspended.version(), null, null, decision);
        }

        /** Lets the deadline pass: the platform closes the procedure. */
        /**
         * The procedure's contract, signed by the purchaser and the winner with their demo signer keys (passphrase
         * {@code <username>-signer-key}): an advance of 30 %, a mid-term report of 30 % and the final one of 40 %;
         * published and filed the day it is signed.
         */
        ContractId sign(ProcedureId id, String winner, String midTerm, String last) {
            Contract draft = contracts.contracts(purchaser).stream().filter(c -> c.procedureId().equals(id.value()))
                    .filter(c -> c.status() == Contract.Status.DRAFT).findFirst().orElseThrow();
            LocalDate start = draft.term().start();
            LocalDate end = draft.term().end();
            Contract scheduled = contracts.changeMilestones(purchaser, draft.id(), draft.version(), List.of(
                    new Milestone("预付款", start, new BigDecimal("30"), true),
                    new Milestone(midTerm, start.plusDays((end.toEpochDay() - start.toEpochDay()) / 2), new BigDecimal("30"), false),
                    new Milestone(last, end, new BigDecimal("40"), false)));
            for (String username : List.of("purchaser", winner)) {
                Actor signer = users.actingAs(username);
                char[] passphrase = (username + "-signer-key").toCharArray();
                if (signerKeys.current(signer.userId()).isEmpty()) {
                    signerKeys.enrol(signer, passphrase.clone());
                }
                signatures.sign(signer, scheduled.id(), passphrase);
            }
            implementation.publish(purchaser, scheduled.id());
            implementation.file(purchaser, scheduled.id());
            return scheduled.id();
        }

        void pastDeadline(ProcedureId id) {
            Instant after = deadline(id).plusSeconds(3600);
            if (after.isAfter(clock.instant())) {
                clock.set(after);
            }
        }

        private Instant at(LocalDate day, int hour, int minute) {
            return day.atTime(LocalTime.of(hour, minute)).atZone(days.zone()).toInstant();
        }
    }

    /** The people and helpers of a living of the city's past, on its clock: for the earlier year too ({@link DemoPerformance}). */
    Living living(SettableClock clock, UserProvisioning users) {
        return new Living(clock, users);
    }

    /**
     * Lives the year by the living that may have lived the earlier year ({@link DemoPerformance}) — the same people, the
     * same budget lines — from {@link #LENGTH} before its end.
     *
     * @param end the instant the year ends: real time, which the demo clock is behind by the past it lives
     */
    void live(Living year, Instant end) {
        SettableClock clock = year.clock;
        Instant start = end.minus(LENGTH);
        if (clock.instant().isBefore(start)) {
            clock.set(start);
        }
        if (!year.calendarAhead()) {
            return;
        }
        year.on(7, 9);

        // The first tender of the year: obtained by both associations, one question answered early; it closed.
        if (!year.calendarAhead()) {
            return;
        }
        ProcedureId monitoring = year.publishToday("030102", "重点商贸企业经营数据监测服务", 2_600_000, Method.PUBLIC_TENDER, null, null,
                List.of(new Lot(1, "经营数据监测", "按月采集重点商贸企业经营数据", Money.yuan(2_600_000),
                        scoring(20, factor("监测方案", 55, "指标体系完整，采集方法可行"), factor("团队与经验", 25, "项目团队与同类项目经验")))));
        year.obtain(year.provider, monitoring);
        year.obtain(year.provider2, monitoring);
        year.on(3, 10);
        EnquiryId sample = year.ask(year.provider, monitoring, "监测样本企业名单是否由采购人提供？");
        year.on(1, 15);
        year.answer(sample, monitoring, "监测样本企业名单是否由采购人提供？", "由采购人在合同签订后提供，共 320 家。", false);
        year.on(5, 10);
        year.bid(year.provider, monitoring, "2460000.00", "依托会员企业月报，按月采集重点商贸企业经营数据。");
        year.bid(year.provider2, monitoring, "2390000.00", "以数据平台对接企业经营系统，按月形成监测报告。");
        // Two bids where a public tender needs three: the lot is not opened, and the tender fails (废标).
        year.open(monitoring);

        // A consultation: a question that came eight days before the deadline moved it.
        if (!year.calendarAhead()) {
            return;
        }
        year.on(20, 9);
        ProcedureId training = year.publishToday("030701", "外贸企业出口合规培训", 1_600_000, Method.COMPETITIVE_CONSULTATION,
                Method.Justification.PURCHASE_OF_SERVICES, "培训内容和方式需与培训机构磋商确定",
                List.of(new Lot(1, "出口合规培训", null, Money.yuan(1_600_000),
                        scoring(20, factor("培训方案", 60, "课程体系与授课安排"), factor("师资", 20, "讲师资质与实务经验")))));
        year.obtain(year.provider2, training);
        year.clock.set(year.deadline(training).minusSeconds(3 * 86_400));
        EnquiryId hours = year.ask(year.provider2, training, "Could the two sessions be held online for exporters outside the city?");
        year.on(0, 16);
        year.answer(hours, training, "Could the two sessions be held online for exporters outside the city?",
                "可以：两期培训均须同时提供线上直播，并按线上线下人数合计考核。", true);
        year.obtain(year.provider, training);
        year.bid(year.provider2, training, "1520000.00", "两期培训，线上线下同步，课程覆盖出口管制与合规体系建设。");
        year.bid(year.provider, training, "1480000.00", "两期培训，邀请海关与律所讲师，提供线上直播与回放。");
        // A consultation buying services opens with two bids: its record shows both prices.
        year.open(training);
        // Its panel of three, the commerce bureau's representative among them, ranks the software association first.
        UUID logistics = year.provider.organizationId();
        UUID software = year.provider2.organizationId();
        year.evaluate(training, new DemoEvaluation.Story("本人今年曾受参加磋商的一家行业协会邀请讲授出口合规课程并领取报酬，申请回避。",
                2, software, "响应文件未说明线上直播平台的并发承载能力，能否满足澄清要求的线上线下同步授课存疑。",
                Map.of(software, scores("85 78.5", "88 80", "80 82", "87.5 79", "86 81"),
                        logistics, scores("76 86", "78 88", "84 90", "77.5 87", "79 85.5")),
                new DemoEvaluation.Slip(logistics, 0, "68",
                        "复核时发现“培训方案”分项合计有误：课程体系 30 分、授课安排 26 分、线上组织 22 分，合计应为 78 分，误记为 68 分。"),
                "本人认为物流行业协会邀请海关和律所一线讲师授课，实务针对性更强，其培训方案得分应高于软件行业协会；对排序结果保留意见。",
                "未提供参加政府采购活动前三年内在经营活动中没有重大违法记录的书面声明。",
                new DemoEvaluation.Rounds(Map.of(
                        software, "第一轮磋商：供应商确认两期培训均提供线上直播，直播平台并发承载 500 人；同意将每期课时由 12 学时增至 16 学时，讲师名单中增加一名海关关务专家。",
                        logistics, "第一轮磋商：供应商确认海关与律所讲师可按期到场，线上直播与回放保存一年；同意每期课时增至 16 学时，并提供课后合规自查清单。"),
                        "经磋商，采购需求调整如下：每期培训课时由 12 学时增至 16 学时；线上直播须支持不少于 500 人同时在线，回放保存不少于一年。请各供应商据此提交最后报价。",
                        Map.of(software, "1495000.00", logistics, "1468000.00"),
                        Map.of(software, "按调整后的需求报价：两期共 32 学时，含直播平台费用。",
                                logistics, "按调整后的需求报价：两期共 32 学时，含讲师差旅与回放存储费用。"))));
        // The commerce bureau confirms the first candidate the next working day: the result and its letter are published.
        year.award(training);
        // The logistics association, second, challenges the result; the bureau answers that the scores follow the
        // documents; the association complains to the finance bureau, which suspends the procedure, investigates and
        // dismisses the complaint: the award stands.
        year.on(2, 10);
        Challenges.ChallengeView resultChallenge = year.challenge(year.provider, training, ChallengeKind.RESULT, 1,
                "我会培训方案邀请海关和律所一线讲师授课，实务针对性更强，但“培训方案”得分低于第一名，评分不公。",
                3, false, "经核查，评审小组按磋商文件规定的评分标准独立评分，分项得分及修正理由均记录在评审报告中，质疑不成立。");
        year.complainAndDismiss(year.provider, resultChallenge,
                "采购人答复未说明“培训方案”分项评分的具体依据，请求财政部门责令重新评审。",
                "投诉事项需调取评审报告和评审录像核查，暂停采购活动。",
                "经调取评审报告和评审现场录像核查，评审小组按磋商文件规定的评分标准独立评分，投诉事项缺乏事实依据，驳回投诉。");
        // The contract is signed the next working day, published and filed; the advance is paid; the association reports
        // on its first session and submits it; the bureau accepts it with two exporters' representatives heard, and pays.
        year.on(1, 10);
        ContractId trainingContract = year.sign(training, "provider2", "第一期培训及学员考核报告", "第二期培训及全年培训总结");
        year.on(2, 10);
        implementation.pay(year.purchaser, trainingContract, 1, "GK-" + year.today().getYear() + "-0317");
        year.on(7, 16);
        implementation.report(year.provider2, trainingContract, 2, "第一期培训已完成：线下 186 人、线上 312 人参训，考核合格率 93%。", 50);
        implementation.submit(year.provider2, trainingContract, 2, "第一期培训签到表、课件、考核成绩及学员满意度汇总", null);
        year.on(2, 15);
        implementation.accept(year.purchaser, trainingContract, 2, List.of(
                new MilestoneDelivery.BeneficiaryOpinion("刘晓梅", "澜江市进出口企业协会会员企业", 5, "出口管制案例讲解实用，希望增加美国出口管制专题。"),
                new MilestoneDelivery.BeneficiaryOpinion("赵国强", "外贸综合服务企业代表", 4, "线上直播清晰，回放便于员工补课。")),
                "第一期培训按合同完成，学员考核合格率达到约定指标。");
        year.on(6, 10);
        implementation.pay(year.purchaser, trainingContract, 2, "GK-" + year.today().getYear() + "-0402");

        // A tender amended with a new version of its documents.
        if (!year.calendarAhead()) {
            return;
        }
        year.on(30, 9);
        ProcedureId standards = year.publishToday("030201", "商贸物流团体标准研制", 2_200_000, Method.PUBLIC_TENDER, null, null,
                List.of(new Lot(1, "团体标准研制", "研制冷链配送、即时配送两项团体标准", Money.yuan(2_200_000),
                        scoring(25, factor("研制方案", 50, "标准框架、技术路线和验证安排"), factor("起草团队", 25, "起草人员专业配置")))));
        year.obtain(year.provider, standards);
        year.on(4, 10);
        try (InputStream amended = DemoProcedures.pdf("Procurement documents, version 2: cold-chain and instant delivery standards")) {
            clarifications.amend(year.purchaser, standards, year.version(standards), new Clarifications.Amendment(
                    "采购需求第二章增加“即时配送服务质量评价”一项标准，评分办法不变。", null, true),
                    new Clarifications.NewDocument(TenderDocument.Kind.TENDER_DOCUMENTS, amended, "采购文件（第二版）.pdf"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        year.on(3, 10);
        year.bid(year.provider, standards, "2150000.00", "冷链配送与即时配送两项团体标准，联合六家会员企业验证。");
        // One bid: the tender fails at its opening, its bid never opened.
        year.open(standards);

        // A tender cancelled a week after publication: the bureau's plan changed.
        if (!year.calendarAhead()) {
            return;
        }
        year.on(25, 9);
        ProcedureId survey = year.publishToday("030101", "商贸流通企业统计调查", 2_100_000, Method.PUBLIC_TENDER, null, null,
                List.of(new Lot(1, "统计调查", "年度商贸流通企业统计调查", Money.yuan(2_100_000),
                        scoring(20, factor("调查方案", 55, "抽样方案与质量控制"), factor("调查队伍", 25, "调查员配置与培训")))));
        year.obtain(year.provider, survey);
        year.on(7, 10);
        cancellation.cancel(year.purchaser, survey, year.version(survey), "市统计局已将该调查纳入全市统一调查，本项目不再单独采购。");

        // A single source: an association objected within the publicity, the finance bureau dismissed the objection.
        if (!year.calendarAhead()) {
            return;
        }
        OrganizationId timeHonoured = supplier("老字号", 0);
        year.on(20, 9);
        ProcedureId brands = year.publishSingleSource("030401", "澜江老字号企业信用评价", 2_100_000,
                "老字号认定和信用档案由该协会独家保存，其他机构无法提供", timeHonoured, oneLot("老字号企业信用评价", 2_100_000));
        year.on(2, 10);
        ObjectionId first = year.object(year.provider2, brands, "本会也保存部分老字号企业的经营档案，可以承担信用评价。");
        year.on(3, 15);
        year.decide(brands, first, false, "经核实，老字号认定档案仅由该协会保存，异议不成立，恢复公示后的采购程序。");

        // Another single source: the objection was upheld, the procedure failed, and a consultation followed it.
        if (!year.calendarAhead()) {
            return;
        }
        OrganizationId claimed = supplier("", 1);
        year.on(25, 9);
        ProcedureId stats = year.publishSingleSource("030102", "电子商务交易数据监测", 2_200_000,
                "该机构拥有本市电子商务平台交易数据的独家采集渠道", claimed, oneLot("电子商务交易数据监测", 2_200_000));
        year.on(1, 11);
        ObjectionId upheld = year.object(year.provider, stats, "本会会员单位中至少有三家具备同等数据采集能力，并非只有一家供应商。");
        year.on(4, 15);
        year.decide(stats, upheld, true, "经核实，另有多家供应商具备提供该服务的能力，应当采用竞争性方式采购。");
        year.on(6, 9);
        ProcedureId followUp = reprocurement.followUp(year.purchaser, stats, new ProcedureDrafts.Description(
                "电子商务交易数据监测采购（重新采购）", null, Method.COMPETITIVE_CONSULTATION, Method.Justification.PURCHASE_OF_SERVICES,
                "单一来源异议成立，改用竞争性磋商", null));
        year.publishDraft(followUp, "030102", Method.COMPETITIVE_CONSULTATION, oneLot("电子商务交易数据监测", 2_200_000));
        year.obtain(year.provider, followUp);
        year.obtain(year.provider2, followUp);
        year.bid(year.provider, followUp, "2150000.00", "联合三家会员单位采集电子商务平台交易数据。");
        year.bid(year.provider2, followUp, "2080000.00", "以平台接口采集交易数据，按周形成监测简报。");
        year.bid(year.provider2, followUp, "2040000.00", "以平台接口采集交易数据，按周形成监测简报；增加季度专题分析。");
        year.open(followUp);
        // At or above the public-tender threshold its panel has five seats, one the commerce bureau's.
        year.evaluate(followUp, new DemoEvaluation.Story("本人与参加磋商的一家行业协会合作承担过电子商务统计课题，结题不满三年，申请回避。",
                3, logistics, "响应文件未附三家会员单位的数据采集授权书，数据来源的合法性存疑。",
                Map.of(software, scores("83.5 78", "85 80", "79 81", "86 77.5", "84 82"),
                        logistics, scores("77 84.5", "80 86", "82 88", "78.5 85", "76 83")),
                new DemoEvaluation.Slip(software, 1, "70",
                        "复核时发现“团队”分项合计有误：负责人资历 30 分、数据分析人员 28 分、团队稳定性 22 分，合计应为 80 分，误记为 70 分。"),
                "本人认为物流行业协会联合会员单位直接采集交易数据，数据真实性更有保障，其服务方案得分不应低于软件行业协会；对排序结果保留意见。",
                "未提供参加政府采购活动前三年内在经营活动中没有重大违法记录的书面声明。",
                new DemoEvaluation.Rounds(Map.of(
                        software, "第一轮磋商：供应商确认平台接口覆盖本市 8 家主要电子商务平台，按周报送简报；同意季度专题分析增加跨境电商部分。",
                        logistics, "第一轮磋商：供应商确认三家会员单位将补交数据采集授权书；同意按周报送简报，并增加跨境电商季度专题分析。"),
                        "经磋商，采购需求调整如下：季度专题分析须包含跨境电子商务部分；数据采集须附数据来源单位的书面授权。请各供应商据此提交最后报价。",
                        Map.of(software, "2015000.00", logistics, "2098000.00"),
                        Map.of(software, "按调整后的需求报价，含跨境电商专题分析。", logistics, "按调整后的需求报价，含数据采集授权与跨境电商专题。"))));
        year.award(followUp);

        // Still open today: a tender published ten days ago, with a question the purchaser has yet to answer.
        LocalDate tenDaysAgo = end.atZone(days.zone()).toLocalDate().minusDays(10);
        // The tender's twenty days to its deadline, and the single source's publicity after it, on the calendar.
        if (!year.calendarAhead(tenDaysAgo, 40)) {
            return;
        }
        if (tenDaysAgo.isAfter(year.today())) {
            year.clock.set(tenDaysAgo.atTime(9, 0).atZone(days.zone()).toInstant());
            year.on(0, 9);
        }
        ProcedureId exhibitions = year.publishToday("050102", "会展业高质量发展课题研究", 2_300_000, Method.PUBLIC_TENDER, null, null,
                List.of(new Lot(1, "课题研究", "会展业发展现状、问题与对策研究", Money.yuan(2_300_000),
                        scoring(20, factor("研究方案", 55, "研究框架、方法和数据来源"), factor("研究团队", 25, "团队专业与成果")))));
        year.obtain(year.provider, exhibitions);
        year.obtain(year.provider2, exhibitions);
        year.on(2, 11);
        year.ask(year.provider2, exhibitions, "课题成果是否需要提交英文摘要？");
        // The software association challenges the documents: a scoring factor favoured local projects. Upheld: the bureau
        // will amend the documents.
        year.challenge(year.provider2, exhibitions, ChallengeKind.DOCUMENTS, null,
                "评分标准将“同类项目业绩”限定为本市项目，排斥外地有同类业绩的供应商，违反公平竞争原则。",
                0, true, "质疑成立。采购人将发布更正公告，删除“同类项目业绩”限于本市项目的规定，并相应顺延投标截止时间。");

        // And an objection lodged yesterday that waits for the finance bureau: the single source is suspended.
        ProcedureId fairs = year.publishSingleSource("050101", "澜江国际商品交易会组展服务", 2_400_000,
                "交易会品牌和参展商资源由该协会独家持有", supplier("会展", 2), oneLot("交易会组展服务", 2_400_000));
        year.on(1, 14);
        year.object(year.provider, fairs, "组展服务并非只能由一家机构承担，本会及其他机构均有组展经验。");
    }

    /** An association of the city whose name has the word, or the n-th association when none has. */
    private OrganizationId supplier(String word, int n) {
        List<Organization> associations = registry.verified().stream()
                .filter(o -> o.kind() == OrganizationKind.INDUSTRY_ASSOCIATION).toList();
        return associations.stream().filter(o -> !word.isEmpty() && o.nameZh().contains(word)).findFirst()
                .orElse(associations.get(n + 2)).id();
    }

    /** Each member's scores of one bid, a string of scores per member, one per factor. */
    private static List<List<String>> scores(String... members) {
        return java.util.Arrays.stream(members).map(member -> List.of(member.split(" "))).toList();
    }

    private static List<Lot> oneLot(String title, long amount) {
        return List.of(new Lot(1, title, null, Money.yuan(amount), scoring(20, factor("服务方案", 60, "方案完整、可行"),
                factor("团队", 20, "人员配置与经验"))));
    }
}
