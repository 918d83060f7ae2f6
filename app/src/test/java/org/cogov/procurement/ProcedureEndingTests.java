package org.cogov.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.planning.PurchaseRequest;
import org.cogov.planning.PurchaseRequests;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.cogov.shared.Sha256;
import org.cogov.shared.time.SettableClock;
import org.cogov.shared.time.WorkingDayCalendar;
import org.cogov.shared.time.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The end of a procedure before award: cancelled by its purchaser with a notice, failed on an upheld
 * objection to its single-source publicity, and procured again by a new procedure that follows it.
 */
@DatabaseTest
class ProcedureEndingTests {

    @Autowired
    Cancellation cancellation;
    @Autowired
    SingleSourceObjections objections;
    @Autowired
    Reprocurement reprocurement;
    @Autowired
    ProcedureDrafts drafts;
    @Autowired
    Publication publication;
    @Autowired
    PurchaseRequests requests;
    @Autowired
    Registry registry;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    SettableClock clock;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers users;
    @Autowired
    ApplicationContext context;

    private Actor purchaser() {
        return users.user("purchaser");
    }

    private Procedure procedure(ProcedureId id) {
        return drafts.draft(purchaser(), id).procedure();
    }

    private ProcedureId publishedTender() {
        ProcedureId id = ReadyDraft.of(context, users, Method.PUBLIC_TENDER, null, 2_500_000);
        publication.publish(purchaser(), id, procedure(id).version());
        return id;
    }

    private ProcedureId inPublicity() {
        return EndingFixtures.singleSourceInPublicity(context, users);
    }

    private List<Notice> notices(ProcedureId id) {
        return publication.published(id).orElseThrow().notices();
    }

    private String auditedPayload(String action, String objectId) {
        return jdbc.sql("""
                SELECT p.payload FROM audit_entry e JOIN audit_payload p ON p.entry_id = e.id
                WHERE e.action = :action AND e.object_id = :id""").param("action", action).param("id", objectId)
                .query(String.class).single();
    }

    /** No award exists yet: the state that an award will set, written in SQL. */
    private void putInState(ProcedureId id, Procedure.State state, Procedure.State suspendedFrom) {
        jdbc.sql("UPDATE procurement_procedure SET state = :state, suspended_from = :from, version = version + 1 WHERE id = :id")
                .param("state", state.name()).param("from", suspendedFrom == null ? null : suspendedFrom.name())
                .param("id", id.value()).update();
    }

    private static ProcedureDrafts.Description consultation() {
        return new ProcedureDrafts.Description("行业运行监测服务采购（重新采购）", null, Method.COMPETITIVE_CONSULTATION,
                Method.Justification.PURCHASE_OF_SERVICES, "服务内容需与供应商磋商确定", null);
    }

    @Test
    void cancellingATenderingProcedurePublishesItsNoticeAndFreesItsRequest() {
        ProcedureId id = publishedTender();
        Procedure tendering = procedure(id);

        Notice notice = cancellation.cancel(purchaser(), id, tendering.version(), "上级部门调整预算，本项目不再实施").orElseThrow();

        assertThat(notice.kind()).isEqualTo(Notice.Kind.CANCELLATION);
        assertThat(notice.number()).isEqualTo(tendering.reference() + "-02");
        assertThat(notice.textZh()).startsWith("终止公告").contains(tendering.reference()).contains("上级部门调整预算，本项目不再实施");
        assertThat(notice.textEn()).startsWith("Cancellation notice").contains(tendering.reference())
                .contains("上级部门调整预算，本项目不再实施");
        assertThat(notices(id)).extracting(Notice::kind).containsExactly(Notice.Kind.TENDER_NOTICE, Notice.Kind.CANCELLATION);
        assertThat(procedure(id).state()).isEqualTo(Procedure.State.CANCELLED);
        assertThat(requests.request(purchaser(), tendering.request()).status()).isEqualTo(PurchaseRequest.Status.ACCEPTED);
        assertThat(drafts.create(purchaser(), tendering.request(), consultation())).isNotNull();
    }

    @Test
    void aCancelledProcedureAcceptsNothingMore() {
        ProcedureId id = inPublicity();
        cancellation.cancel(purchaser(), id, procedure(id).version(), "需求发生变化");
        int version = procedure(id).version();

        assertThatThrownBy(() -> objections.lodge(users.user("provider"), id, "仍有其他供应商", null))
                .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("procurement.procedure.ended");
        assertThatThrownBy(() -> cancellation.cancel(purchaser(), id, version, "再次终止"))
                .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("procurement.procedure.ended");
        assertThatThrownBy(() -> publication.publish(purchaser(), id, version))
                .isInstanceOf(RuleViolation.class).extracting("kind").isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThatThrownBy(() -> drafts.schedule(purchaser(), id, version, Timetable.EMPTY))
                .isInstanceOf(RuleViolation.class).extracting("kind").isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThatThrownBy(() -> drafts.describe(purchaser(), id, version, consultation()))
                .isInstanceOf(RuleViolation.class).extracting("kind").isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThatThrownBy(() -> drafts.requestApproval(purchaser(), id, version, "再次申请"))
                .isInstanceOf(RuleViolation.class).extracting("kind").isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThatThrownBy(() -> drafts.abandon(purchaser(), id, version))
                .isInstanceOf(RuleViolation.class).extracting("kind").isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThatThrownBy(() -> reprocurement.followUp(purchaser(), id, consultation()))
                .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("procurement.follow-up.not-failed");
        assertThat(procedure(id).state()).isEqualTo(Procedure.State.CANCELLED);
        assertThat(procedure(id).version()).isEqualTo(version);
        assertThat(notices(id)).extracting(Notice::kind)
                .containsExactly(Notice.Kind.SINGLE_SOURCE_PUBLICITY, Notice.Kind.CANCELLATION);
    }

    @Test
    void aDraftIsCancelledWithoutANoticeAndGivesItsRequestBackAsAnAbandonedOneDoes() {
        ProcedureId id = ReadyDraft.of(context, users, Method.PUBLIC_TENDER, null, 800_000);
        Procedure draft = procedure(id);

        Optional<Notice> notice = cancellation.cancel(purchaser(), id, draft.version(), "需求并入其他项目");

        assertThat(notice).isEmpty();
        assertThat(procedure(id).state()).isEqualTo(Procedure.State.CANCELLED);
        assertThat(publication.published(id)).isEmpty();
        assertThat(requests.request(purchaser(), draft.request()).status()).isEqualTo(PurchaseRequest.Status.ACCEPTED);
        assertThat(auditedPayload("procurement.procedure.cancelled", id.value().toString())).contains("\"from\":\"DRAFT\"")
                .doesNotContain("\"notice\"");
    }

    @Test
    void cancellationAfterTheAwardIsRefused() {
        ProcedureId awarded = publishedTender();
        putInState(awarded, Procedure.State.AWARDED, null);
        ProcedureId suspendedAfterAward = publishedTender();
        putInState(suspendedAfterAward, Procedure.State.SUSPENDED, Procedure.State.AWARDED);

        assertThatThrownBy(() -> cancellation.cancel(purchaser(), awarded, procedure(awarded).version(), "不再需要"))
                .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("procurement.cancellation.after-award");
        assertThatThrownBy(() -> cancellation.cancel(purchaser(), suspendedAfterAward, procedure(suspendedAfterAward).version(),
                "不再需要")).isInstanceOf(RuleViolation.class).extracting("messageKey")
                .isEqualTo("procurement.cancellation.after-award");
        assertThat(procedure(awarded).state()).isEqualTo(Procedure.State.AWARDED);
        assertThat(notices(awarded)).extracting(Notice::kind).containsExactly(Notice.Kind.TENDER_NOTICE);
    }

    @Test
    void aCancellationMadeOnAnOldVersionChangesNothing() {
        ProcedureId id = publishedTender();
        int seen = procedure(id).version();
        cancellation.cancel(purchaser(), id, seen, "第一次终止");

        assertThatThrownBy(() -> cancellation.cancel(purchaser(), id, seen, "重复提交")).isInstanceOf(RuleViolation.class)
                .extracting("kind").isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThat(notices(id)).filteredOn(n -> n.kind() == Notice.Kind.CANCELLATION).hasSize(1);
    }

    @Test
    void aSuspendedProcedureIsCancelledAndItsObjectionsAreNeverDecided() {
        ProcedureId id = inPublicity();
        ObjectionId objection = EndingFixtures.objection(context, users, "provider", id);

        cancellation.cancel(purchaser(), id, procedure(id).version(), "项目需求已由其他渠道解决");

        assertThat(procedure(id).state()).isEqualTo(Procedure.State.CANCELLED);
        assertThat(objections.objection(users.user("finance"), id, objection).objection().status())
                .isEqualTo(Objection.Status.MOOT);
        assertThatThrownBy(() -> objections.decide(users.user("finance"), id, objection, 1, false, "异议不成立"))
                .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("procurement.objection.decided-already");
        assertThat(auditedPayload("procurement.procedure.cancelled", id.value().toString())).contains("\"from\":\"SUSPENDED\"");
    }

    @Test
    void anObjectionWithinThePublicityPeriodSuspendsTheProcedure() {
        ProcedureId id = inPublicity();

        objections.lodge(users.user("provider"), id, "本会会员中至少三家可提供同类监测服务", null);

        assertThat(procedure(id).state()).isEqualTo(Procedure.State.SUSPENDED);
        assertThat(jdbc.sql("SELECT suspended_from FROM procurement_procedure WHERE id = :id").param("id", id.value())
                .query(String.class).single()).isEqualTo("TENDERING");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_entry e JOIN audit_payload p ON p.entry_id = e.id
                WHERE e.action = 'procurement.objection.lodged' AND e.actor_id = :user AND p.payload LIKE :procedure""")
                .param("user", users.user("provider").userId()).param("procedure", "%" + id.value() + "%")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(notices(id)).extracting(Notice::kind).containsExactly(Notice.Kind.SINGLE_SOURCE_PUBLICITY);
    }

    @Test
    void aLateObjectionIsRefusedWithTheEndOfThePeriod() {
        ProcedureId onTime = inPublicity();
        ProcedureId late = inPublicity();
        LocalDate today = clock.instant().atZone(workingDays.zone()).toLocalDate();
        jdbc.sql("UPDATE procurement_procedure SET publicity_from = :today, publicity_until = :today WHERE id IN (:ids)")
                .param("today", today).param("ids", List.of(onTime.value(), late.value())).update();
        LocalDate lastDay = today;
        while (!workingDays.isWorkingDay(lastDay)) {
            lastDay = lastDay.plusDays(1);
        }
        Instant end = WorkingDayCalendar.endOf(lastDay, workingDays.zone());

        clock.set(end.minusSeconds(1));
        objections.lodge(users.user("provider"), onTime, "公示期最后一秒提出的异议", null);
        clock.set(end);
        String lastDayText = lastDay.toString();

        assertThatThrownBy(() -> objections.lodge(users.user("provider"), late, "公示期届满时提出的异议", null))
                .isInstanceOf(RuleViolation.class).satisfies(e -> {
                    RuleViolation refused = (RuleViolation) e;
                    assertThat(refused.messageKey()).isEqualTo("procurement.objection.late");
                    assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), Locale.ENGLISH))
                            .isEqualTo("The publicity period ended at 24:00 on " + lastDayText
                                    + " (Asia/Shanghai): the objection is late.");
                });
        assertThat(procedure(onTime).state()).isEqualTo(Procedure.State.SUSPENDED);
        assertThat(procedure(late).state()).isEqualTo(Procedure.State.TENDERING);
    }

    @Test
    void aDismissedObjectionResumesTheProcedureWithAPublishedDecisionThatNamesNoObjector() {
        ProcedureId id = inPublicity();
        ObjectionId objection = EndingFixtures.objection(context, users, "provider", id);

        Procedure.State after = objections.decide(users.user("finance"), id, objection, 0, false,
                "异议所称其他机构不具备样本库，不能提供同等服务");

        assertThat(after).isEqualTo(Procedure.State.TENDERING);
        assertThat(procedure(id).state()).isEqualTo(Procedure.State.TENDERING);
        Notice decision = notices(id).get(1);
        assertThat(decision.kind()).isEqualTo(Notice.Kind.OBJECTION_DECISION);
        assertThat(decision.textZh()).startsWith("异议处理结果公告").contains("异议不成立").contains("异议所称其他机构不具备样本库");
        assertThat(decision.textEn()).startsWith("Decision on an objection").contains("the objection is dismissed");
        Organization objector = registry.organization(new OrganizationId(users.user("provider").organizationId())).orElseThrow();
        assertThat(decision.textZh() + decision.textEn()).doesNotContain(objector.nameZh()).doesNotContain(objector.nameEn());
        assertThat(objections.objection(users.user("finance"), id, objection).objection().status())
                .isEqualTo(Objection.Status.DISMISSED);
    }

    @Test
    void theProcedureResumesOnlyOnceNoObjectionWaits() {
        ProcedureId id = inPublicity();
        ObjectionId first = EndingFixtures.objection(context, users, "provider", id);
        ObjectionId second = EndingFixtures.objection(context, users, "provider2", id);

        assertThat(objections.decide(users.user("finance"), id, first, 0, false, "理由不成立")).isEqualTo(Procedure.State.SUSPENDED);
        assertThat(objections.decide(users.user("finance"), id, second, 0, false, "理由不成立")).isEqualTo(Procedure.State.TENDERING);
        assertThat(notices(id)).extracting(Notice::kind).containsExactly(Notice.Kind.SINGLE_SOURCE_PUBLICITY,
                Notice.Kind.OBJECTION_DECISION, Notice.Kind.OBJECTION_DECISION);
    }

    @Test
    void anUpheldObjectionFailsTheProcedureAndItsFollowUpRefusesSingleSource() {
        ProcedureId id = inPublicity();
        ObjectionId objection = EndingFixtures.objection(context, users, "provider", id);
        EndingFixtures.objection(context, users, "provider2", id);

        assertThat(objections.decide(users.user("finance"), id, objection, 0, true, "另有供应商具备提供该服务的能力"))
                .isEqualTo(Procedure.State.FAILED);

        Procedure failed = procedure(id);
        assertThat(failed.state()).isEqualTo(Procedure.State.FAILED);
        assertThat(notices(id)).extracting(Notice::kind).containsExactly(Notice.Kind.SINGLE_SOURCE_PUBLICITY,
                Notice.Kind.OBJECTION_DECISION, Notice.Kind.FAILURE);
        assertThat(jdbc.sql("SELECT status FROM procurement_objection WHERE procedure_id = :id ORDER BY lodged_at")
                .param("id", id.value()).query(String.class).list()).containsExactly("UPHELD", "MOOT");
        assertThat(requests.request(purchaser(), failed.request()).status()).isEqualTo(PurchaseRequest.Status.ACCEPTED);
        assertThatThrownBy(() -> reprocurement.followUp(purchaser(), id, new ProcedureDrafts.Description("再次单一来源", null,
                Method.SINGLE_SOURCE, Method.Justification.ONLY_ONE_SUPPLIER, "仍认为唯一", null)))
                .isInstanceOf(RuleViolations.class).satisfies(e -> assertThat(((RuleViolations) e).violations())
                        .extracting(RuleViolation::messageKey).contains("procurement.follow-up.single-source-refused"));

        ProcedureId followUp = reprocurement.followUp(purchaser(), id, consultation());
        assertThatThrownBy(() -> drafts.describe(purchaser(), followUp, procedure(followUp).version(),
                new ProcedureDrafts.Description("改回单一来源", null, Method.SINGLE_SOURCE, Method.Justification.ONLY_ONE_SUPPLIER,
                        "仍认为唯一", null))).isInstanceOf(RuleViolations.class);
        assertThat(context.getBean(ProcedureEndings.class).view(purchaser(), followUp).follows().id()).isEqualTo(id.value());
        assertThat(context.getBean(ProcedureEndings.class).view(purchaser(), id).followedBy())
                .extracting(ProcedureEndings.Link::id).containsExactly(followUp.value());
    }

    @Test
    void aFailedProceduresFollowUpWithAnotherMethodNeedsTheFinanceBureauEvenBelowTheThreshold() {
        ProcedureId failed = EndingFixtures.failedOnAnUpheldObjection(context, users);
        ProcedureId followUp = reprocurement.followUp(purchaser(), failed, consultation());
        drafts.divide(purchaser(), followUp, procedure(followUp).version(), List.of(new Lot(1, "行业运行监测", null,
                Money.yuan(1_500_000), new AwardCriteria.ComprehensiveScoring(java.math.BigDecimal.valueOf(20), false,
                        List.of(new AwardCriteria.Factor("监测方案", java.math.BigDecimal.valueOf(80), "指标体系完整",
                                AwardCriteria.Factor.Kind.GENERAL))))));

        ProcedureDrafts.Draft draft = drafts.draft(purchaser(), followUp);
        assertThat(draft.needsApproval()).isTrue();
        assertThat(draft.blockers()).extracting(RuleViolation::messageKey)
                .contains("procurement.blocker.approval-missing-after-failure");

        drafts.requestApproval(purchaser(), followUp, procedure(followUp).version(), "单一来源公示异议成立，改用竞争性磋商");
        drafts.decideApproval(users.user("finance"), followUp, procedure(followUp).version(), true, "同意改用竞争性磋商");

        assertThat(drafts.draft(purchaser(), followUp).blockers()).extracting(RuleViolation::messageKey)
                .doesNotContain("procurement.blocker.approval-missing-after-failure", "procurement.blocker.approval-missing");
    }

    @Test
    void aFollowUpByPublicTenderNeedsNoApproval() {
        ProcedureId failed = EndingFixtures.failedOnAnUpheldObjection(context, users);

        ProcedureId followUp = reprocurement.followUp(purchaser(), failed, new ProcedureDrafts.Description("公开招标重新采购", null,
                Method.PUBLIC_TENDER, null, null, null));

        assertThat(drafts.draft(purchaser(), followUp).needsApproval()).isFalse();
        assertThatThrownBy(() -> reprocurement.followUp(purchaser(), failed, consultation()))
                .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("procurement.follow-up.running");
    }

    @Test
    void theNoticesOfTheEndAreBilingualFromTheSameFactsAndInTheAuditLog() {
        ProcedureId id = EndingFixtures.failedOnAnUpheldObjection(context, users);

        List<Notice> ending = notices(id).subList(1, 3);
        for (Notice notice : ending) {
            assertThat(notice.sha256()).isEqualTo(Sha256.hex(notice.textZh() + "\n" + notice.textEn()));
            assertThat(notice.textZh().lines().count()).isEqualTo(notice.textEn().lines().count());
            assertThat(notice.textZh()).contains(notice.number());
            assertThat(notice.textEn()).contains(notice.number());
        }
        assertThat(ending.get(1).textZh()).contains("废标公告").contains("财政部门认定对单一来源公示的异议成立");
        assertThat(ending.get(1).textEn()).contains("Failure notice").contains("The finance bureau upheld an objection");
        assertThat(auditedPayload("procurement.procedure.failed", id.value().toString())).contains(ending.get(1).sha256())
                .contains("procurement.failure.objection-upheld");
        assertThat(jdbc.sql("""
                SELECT p.payload FROM audit_entry e JOIN audit_payload p ON p.entry_id = e.id
                WHERE e.action = 'procurement.objection.decided' AND p.payload LIKE :hash""")
                .param("hash", "%" + ending.get(0).sha256() + "%").query(String.class).list()).hasSize(1);
    }
}
