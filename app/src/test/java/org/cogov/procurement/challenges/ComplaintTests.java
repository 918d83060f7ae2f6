package org.cogov.procurement.challenges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.procurement.ChallengeKind;
import org.cogov.procurement.ComplaintDecided;
import org.cogov.procurement.ComplaintLodged;
import org.cogov.procurement.Deadlines;
import org.cogov.procurement.Method;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ProcedureSuspended;
import org.cogov.procurement.Publication;
import org.cogov.procurement.ReadyDraft;
import org.cogov.procurement.Remedy;
import org.cogov.procurement.SuspensionEnded;
import org.cogov.procurement.bidding.Bidders;
import org.cogov.procurement.evaluation.EvaluatedLots;
import org.cogov.procurement.bidding.Bidding;
import org.cogov.procurement.bidding.Opening;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.registry.Verdict;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Complaints to the finance bureau: who may complain and when, the suspension of the procedure with its legal limit,
 * and the published decisions. Deadlines that have passed are made by moving the reply's due time back in SQL; the end
 * of a suspension at its limit by moving the limit to the present, never the shared clock by weeks.
 */
@DatabaseTest
@RecordApplicationEvents
class ComplaintTests {

    private static final Map<String, ProcedureId> MADE = new HashMap<>();
    private static final List<String> BIDDERS = new ArrayList<>();

    @Autowired
    Challenges challenges;
    @Autowired
    Complaints complaints;
    @Autowired
    Opening opening;
    @Autowired
    Bidding bidding;
    @Autowired
    Publication publication;
    @Autowired
    TestUsers users;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;
    @Autowired
    MockMvc mvc;
    @Autowired
    Registry registry;

    @Test
    void onlyTheChallengerMayComplain() {
        ProcedureId id = opened("who");
        Challenges.ChallengeView challenge = answered(id, BIDDERS.get(0));
        ChallengeId cid = new ChallengeId(challenge.id());

        assertThatThrownBy(() -> complaints.complain(users.user(BIDDERS.get(1)), cid, "我也不服。"))
                .as("for another supplier the challenge does not exist").isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
        assertThatThrownBy(() -> complaints.complain(users.user("purchaser"), cid, "采购人不投诉。"))
                .isInstanceOf(org.cogov.shared.Forbidden.class);

        Complaints.ComplaintView lodged = complaints.complain(users.user(BIDDERS.get(0)), cid, "采购人答复未回应我方质疑的事实。");

        assertThat(lodged.status()).isEqualTo(Complaint.Status.PENDING);
        assertThat(lodged.lot()).isEqualTo(1);
        assertThat(events.stream(ComplaintLodged.class)).anySatisfy(e -> assertThat(e.complaintId()).isEqualTo(lodged.id()));
        assertThatThrownBy(() -> complaints.complain(users.user(BIDDERS.get(0)), cid, "再次投诉。"))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("procurement.complaint.lodged-already");
        assertThat(complaints.list(users.user("finance"))).anyMatch(c -> c.id().equals(lodged.id()) && c.mayDecide());
        assertThat(complaints.list(users.user(BIDDERS.get(1)))).noneMatch(c -> c.id().equals(lodged.id()));
        assertThat(complaints.complaint(users.user("purchaser"), new ComplaintId(lodged.id())).statement())
                .as("the purchaser, complained of, reads it").isEqualTo("采购人答复未回应我方质疑的事实。");
    }

    @Test
    void aComplaintWaitsForTheAnswerOrItsTimeAndIsRefusedAfterItsDeadline() {
        ProcedureId id = opened("when");
        Actor challenger = users.user(BIDDERS.get(1));
        Challenges.ChallengeView challenge = challenges.lodge(challenger, id, ChallengeKind.PROCESS, 1, "开标记录遗漏我方声明。");
        ChallengeId cid = new ChallengeId(challenge.id());

        assertThatThrownBy(() -> complaints.complain(challenger, cid, "未获答复。")).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("procurement.complaint.too-early");

        // The reply was due on Monday 3 November 2025 and never came: complaints ran until Monday the 24th.
        jdbc.sql("UPDATE procurement_challenge SET reply_due = :due WHERE id = :id")
                .param("due", Instant.parse("2025-11-03T16:00:00Z").atOffset(ZoneOffset.UTC)).param("id", challenge.id()).update();

        assertThatThrownBy(() -> complaints.complain(challenger, cid, "未获答复。")).isInstanceOf(RuleViolation.class)
                .satisfies(e -> {
                    assertThat(((RuleViolation) e).messageKey()).isEqualTo("procurement.complaint.late");
                    assertThat(((RuleViolation) e).arguments()).contains("2025-11-24");
                });

        // Due yesterday and unanswered: the challenger complains without waiting any longer.
        jdbc.sql("UPDATE procurement_challenge SET reply_due = :due WHERE id = :id")
                .param("due", clock.instant().minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC)).param("id", challenge.id()).update();
        assertThat(complaints.complain(challenger, cid, "采购人逾期未答复。").status()).isEqualTo(Complaint.Status.PENDING);
    }

    @Test
    void aSuspendedProcedureResumesByItselfAfterThirtyDays() {
        ProcedureId id = opened("expiry");
        Complaints.ComplaintView complaint = complaint(id);

        Complaints.ComplaintView suspended = complaints.suspend(users.user("finance"), new ComplaintId(complaint.id()), "投诉事项可能影响中标结果。");

        Complaints.SuspensionView suspension = suspended.suspensions().get(0);
        assertThat(state(id)).isEqualTo(Procedure.State.SUSPENDED);
        assertThat(suspension.from()).isEqualTo(Procedure.State.OPENED);
        assertThat(Duration.between(suspension.suspendedAt(), suspension.endsBy())).isEqualTo(Duration.ofDays(30));
        assertThat(complaints.scheduledEnd(suspension.id())).as("its end is on the persistent agenda").hasValue(suspension.endsBy());
        assertThat(events.stream(ProcedureSuspended.class)).anySatisfy(e -> assertThat(e.procedureId()).isEqualTo(id.value()));
        assertThat(complaints.endAtLimit(suspension.id().toString())).as("before its limit it comes back at it")
                .hasValue(suspension.endsBy());
        assertThat(state(id)).isEqualTo(Procedure.State.SUSPENDED);

        // Thirty days pass: the limit is brought to the present, and the catch-up ends it as the timed end would.
        jdbc.sql("UPDATE procurement_suspension SET ends_by = :now WHERE id = :id")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("id", suspension.id()).update();
        complaints.endPastLimit();
        complaints.endPastLimit();

        assertThat(state(id)).isEqualTo(Procedure.State.OPENED);
        assertThat(complaints.complaint(users.user("finance"), new ComplaintId(complaint.id())).suspensions().get(0).ending())
                .isEqualTo(SuspensionEnded.Ending.EXPIRED);
        assertThat(events.stream(SuspensionEnded.class).filter(e -> e.procedureId().equals(id.value())))
                .singleElement().satisfies(e -> {
                    assertThat(e.actorId()).isNull();
                    assertThat(e.resumedTo()).isEqualTo(Procedure.State.OPENED);
                });
        assertThat(complaints.endAtLimit(suspension.id().toString())).as("the timed end, coming later, finds nothing to do").isEmpty();
    }

    @Test
    void theFinanceBureauSuspendsOnceAndLiftsTheSuspension() {
        ProcedureId id = opened("lift");
        Complaints.ComplaintView complaint = complaint(id);
        ComplaintId cid = new ComplaintId(complaint.id());

        assertThatThrownBy(() -> complaints.suspend(users.user(BIDDERS.get(0)), cid, "供应商不能暂停"))
                .isInstanceOf(org.cogov.shared.Forbidden.class);
        complaints.suspend(users.user("finance"), cid, "暂停采购活动。");
        assertThatThrownBy(() -> complaints.suspend(users.user("finance"), cid, "再次暂停")).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("procurement.complaint.not-suspendable");

        Complaints.ComplaintView lifted = complaints.lift(users.user("finance"), cid, "经初步审查，暂停必要性不足。");

        assertThat(state(id)).isEqualTo(Procedure.State.OPENED);
        assertThat(lifted.suspensions().get(0).ending()).isEqualTo(SuspensionEnded.Ending.LIFTED);
        assertThat(complaints.scheduledEnd(lifted.suspensions().get(0).id())).as("taken off the agenda").isEmpty();
        assertThatThrownBy(() -> complaints.lift(users.user("finance"), cid, "再次解除")).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("procurement.complaint.not-suspended");
    }

    @Test
    void anUpheldComplaintPublishesItsDecisionAndNamesTheRemedy() {
        ProcedureId id = opened("upheld");
        // A remedy applies to a lot whose evaluation has completed: the lot fails and, alone, fails its procedure.
        EvaluatedLots.complete(context, users, id);
        Complaints.ComplaintView complaint = complaint(id);
        ComplaintId cid = new ComplaintId(complaint.id());
        complaints.suspend(users.user("finance"), cid, "暂停采购活动。");
        Complaints.ComplaintView suspended = complaints.complaint(users.user("finance"), cid);

        Complaints.ComplaintView decided = complaints.decide(users.user("finance"), cid, suspended.version(), Remedy.FAIL_LOT, null,
                "开标记录与投标文件不符，该包重新采购。");

        assertThat(decided.status()).isEqualTo(Complaint.Status.UPHELD);
        assertThat(decided.remedy()).isEqualTo(Remedy.FAIL_LOT);
        assertThat(decided.lot()).isEqualTo(1);
        assertThat(decided.decidedLate()).isFalse();
        assertThat(decided.suspensions().get(0).ending()).as("the decision ends the suspension").isEqualTo(SuspensionEnded.Ending.DECIDED);
        assertThat(events.stream(ComplaintDecided.class)).filteredOn(e -> e.complaintId().equals(complaint.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.remedy()).isEqualTo(Remedy.FAIL_LOT);
                    assertThat(e.lot()).isEqualTo(1);
                    assertThat(e.noticeNumber()).isEqualTo(decided.noticeNumber());
                });
        assertThat(events.stream(SuspensionEnded.class).filter(e -> e.procedureId().equals(id.value()))).singleElement()
                .satisfies(e -> assertThat(e.resumedTo()).isEqualTo(Procedure.State.AWARD_PENDING));
        assertThat(state(id)).as("the award applied the remedy: its only lot failed").isEqualTo(Procedure.State.FAILED);
        var notice = publication.published(id).orElseThrow().notices().stream()
                .filter(n -> n.number().equals(decided.noticeNumber())).findFirst().orElseThrow();
        assertThat(notice.kind()).isEqualTo(org.cogov.procurement.Notice.Kind.COMPLAINT_DECISION);
        assertThat(notice.textZh()).contains("投诉处理决定公告", "投诉成立", "该包废标，重新开展采购活动", "开标记录与投标文件不符", "第 1 包");
        assertThat(notice.textEn()).contains("Complaint decision notice", "the complaint is upheld", "the lot fails and is procured again");
        assertThat(notice.textZh()).as("the complaint's own words are not published").doesNotContain("采购人答复未回应我方质疑的事实");
        assertThatThrownBy(() -> complaints.decide(users.user("finance"), cid, decided.version(), null, null, "再次决定"))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("procurement.complaint.decided-already");
        String link = "/public/procedures/" + id.value();
        assertThat(registry.trackRecord(new OrganizationId(users.user("purchaser").organizationId())).entries())
                .as("the department whose procedure was found wanting").anySatisfy(e -> {
                    assertThat(e.kindKey()).isEqualTo("procurement.track-record.complaint-upheld");
                    assertThat(e.link()).isEqualTo(link);
                });
        assertThat(registry.trackRecord(new OrganizationId(complaint.complainantId())).entries())
                .as("the supplier whose complaint was right").anySatisfy(e -> {
                    assertThat(e.kindKey()).isEqualTo("procurement.track-record.complaint-upheld-lodged");
                    assertThat(e.link()).isEqualTo(link);
                });
    }

    @Test
    void aDismissedComplaintIsPublishedAndTheProcedureGoesOn() {
        ProcedureId id = opened("dismissed");
        Complaints.ComplaintView complaint = complaint(id);

        Complaints.ComplaintView decided = complaints.decide(users.user("finance"), new ComplaintId(complaint.id()), complaint.version(),
                null, null, "投诉缺乏事实依据，驳回投诉。");

        assertThat(decided.status()).isEqualTo(Complaint.Status.DISMISSED);
        assertThat(decided.remedy()).isNull();
        assertThat(decided.noticeNumber()).isNotNull();
        assertThat(state(id)).isEqualTo(Procedure.State.OPENED);
        assertThat(events.stream(ComplaintDecided.class)).anySatisfy(e -> {
            assertThat(e.complaintId()).isEqualTo(complaint.id());
            assertThat(e.remedy()).isNull();
        });
    }

    @Test
    void aProviderChallengesThePurchaserAnswersAndTheFinanceBureauDecidesOnTheirPages() throws Exception {
        ProcedureId id = opened("pages");
        String challenger = BIDDERS.get(2);

        assertThat(page(get("/procedures/" + id.value() + "/challenges"), challenger)).contains("提出质疑", "采购文件");
        MvcResult lodged = mvc.perform(post("/procedures/" + id.value() + "/challenges").with(users.as(challenger)).with(csrf())
                .param("kind", "PROCESS").param("lot", "1").param("statement", "开标时未宣读我方折扣声明。")).andReturn();
        String challenge = lodged.getResponse().getRedirectedUrl();
        assertThat(challenge).startsWith("/challenges/");
        assertThat(page(get(challenge), challenger)).contains("开标时未宣读我方折扣声明。", "待答复");
        assertThat(page(get("/challenges"), "purchaser")).contains("答复");
        assertThat(page(get(challenge), "purchaser")).contains("answer-form");
        int version = challenges.challenge(users.user("purchaser"), new ChallengeId(UUID.fromString(challenge.substring(12))))
                .version();
        mvc.perform(post(challenge + "/answer").with(users.as("purchaser")).with(csrf()).param("version", Integer.toString(version))
                .param("upheld", "false").param("remedy", "").param("reply", "已宣读，见开标记录。")).andReturn();
        assertThat(page(get(challenge), BIDDERS.get(0))).as("another bidder reads the reply, not the statement")
                .contains("已宣读，见开标记录。").doesNotContain("开标时未宣读我方折扣声明。");

        String complaint = mvc.perform(post(challenge + "/complaint").with(users.as(challenger)).with(csrf())
                .param("statement", "答复与事实不符。")).andReturn().getResponse().getRedirectedUrl();
        assertThat(complaint).startsWith("/complaints/");
        assertThat(page(get("/complaints"), "finance")).contains("待处理");
        assertThat(page(get(complaint), "finance")).contains("suspend-form", "decide-form", "答复与事实不符。");
        mvc.perform(post(complaint + "/suspension").with(users.as("finance")).with(csrf()).param("reason", "暂停采购活动。")).andReturn();
        assertThat(state(id)).isEqualTo(Procedure.State.SUSPENDED);
        assertThat(page(get(complaint), "finance")).contains("lift-form", "暂停采购活动。");
        int complaintVersion = complaints.complaint(users.user("finance"), new ComplaintId(UUID.fromString(complaint.substring(12))))
                .version();
        mvc.perform(post(complaint + "/decision").with(users.as("finance")).with(csrf()).param("version",
                Integer.toString(complaintVersion)).param("remedy", "").param("reason", "驳回投诉。")).andReturn();
        assertThat(state(id)).isEqualTo(Procedure.State.OPENED);
        assertThat(page(get(complaint), challenger)).contains("驳回投诉");
        assertThat(page(get(complaint), "auditor")).contains("答复与事实不符。");
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user)
            throws Exception {
        MvcResult result = mvc.perform(request.with(users.as(user)).locale(java.util.Locale.SIMPLIFIED_CHINESE)).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    /** A challenge of lot 1's opening by the bidder, answered at once and dismissed. */
    private Challenges.ChallengeView answered(ProcedureId id, String bidder) {
        Challenges.ChallengeView lodged = challenges.lodge(users.user(bidder), id, ChallengeKind.PROCESS, 1, "开标程序违法。");
        return challenges.answer(users.user("purchaser"), new ChallengeId(lodged.id()), lodged.version(), false, null, "开标程序合法。");
    }

    /** The first bidder's complaint of its answered challenge. */
    private Complaints.ComplaintView complaint(ProcedureId id) {
        Challenges.ChallengeView challenge = answered(id, BIDDERS.get(0));
        return complaints.complain(users.user(BIDDERS.get(0)), new ChallengeId(challenge.id()), "采购人答复未回应我方质疑的事实。");
    }

    private Procedure.State state(ProcedureId id) {
        return publication.published(id).orElseThrow().procedure().state();
    }

    private synchronized ProcedureId opened(String scenario) {
        if (MADE.isEmpty()) {
            BIDDERS.addAll(List.of("provider", "provider2"));
            BIDDERS.add(Bidders.ofVerdict(context, new OrganizationId(users.user("purchaser").organizationId()), Verdict.ELIGIBLE,
                    BIDDERS.stream().map(b -> users.user(b).organizationId()).toArray(UUID[]::new)));
            for (String name : List.of("who", "when", "expiry", "lift", "upheld", "dismissed", "pages")) {
                ProcedureId id = ReadyDraft.published(context, users, Method.PUBLIC_TENDER, null, 2_500_000,
                        BIDDERS.toArray(String[]::new));
                int price = 90_000;
                for (String bidder : BIDDERS) {
                    bidding.submit(users.user(bidder), id, 1, new Bidding.Proposal(new BigDecimal(price += 1_000), "投诉测试投标",
                            List.of()), true, null);
                }
                MADE.put(name, id);
            }
            Deadlines.passNow(context, MADE.values());
            for (ProcedureId id : MADE.values()) {
                for (String custodian : List.of("auditor", "registrar", "purchaser")) {
                    opening.present(users.user(custodian), id, (custodian + "-opening-key").toCharArray());
                }
            }
        }
        return MADE.get(scenario);
    }
}
