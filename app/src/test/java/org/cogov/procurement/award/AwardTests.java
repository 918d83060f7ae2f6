package org.cogov.procurement.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.procurement.ChallengeAnswered;
import org.cogov.procurement.ChallengeKind;
import org.cogov.procurement.ComplaintDecided;
import org.cogov.procurement.Notice;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.Remedy;
import org.cogov.procurement.challenges.ChallengeId;
import org.cogov.procurement.challenges.Challenges;
import org.cogov.procurement.challenges.ComplaintId;
import org.cogov.procurement.challenges.Complaints;
import org.cogov.procurement.evaluation.Evaluation;
import org.cogov.procurement.evaluation.EvaluationViews;
import org.cogov.procurement.evaluation.EvaluatedLots;
import org.cogov.procurement.evaluation.LotEvaluation;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.SettableClock;
import org.cogov.shared.time.WorkingDays;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The award after a completed evaluation: the purchaser confirms in ranking order, passing over a candidate only
 * with its reason; silence past the last day awards the first candidate; each decision is published with its
 * letter; remedies of upheld challenges and complaints cancel an award and send the lot to its panel, to the next
 * candidate, or to failure; a suspended procedure is not awarded.
 */
@DatabaseTest
// The scenarios share one moment of evaluation, hence one last day: the two that move the clock past it run last.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AwardTests {

    private static final Map<String, EvaluatedLots.Evaluated> MADE = new LinkedHashMap<>();

    @Autowired
    Awards awards;
    @Autowired
    Evaluation evaluation;
    @Autowired
    EvaluationViews views;
    @Autowired
    Publication publication;
    @Autowired
    TestUsers users;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    SettableClock clock;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thePurchaserConfirmsTheFirstCandidateAndTheResultIsPublishedWithTheLetter() {
        EvaluatedLots.Evaluated lot = evaluated("first");
        LotAward awaiting = awardOf(lot);
        LocalDate reportDay = awaiting.reportAt().atZone(workingDays.zone()).toLocalDate();

        assertThat(awaiting.status()).isEqualTo(LotAward.Status.AWAITING);
        assertThat(awaiting.confirmBy()).isEqualTo(workingDays.plusWorkingDays(reportDay, 5));
        assertThat(awaiting.candidates()).extracting(LotAward.AwardCandidate::bidder).containsExactly(org(lot, 1), org(lot, 0), org(lot, 2));

        LotAward awarded = awards.confirm(purchaser(), lot.id(), 1, org(lot, 1), null);

        assertThat(awarded.status()).isEqualTo(LotAward.Status.AWARDED);
        assertThat(awarded.standing()).hasValueSatisfying(d -> {
            assertThat(d.winner()).isEqualTo(org(lot, 1));
            assertThat(d.price()).isEqualByComparingTo("88000.00");
            assertThat(d.bySilence()).isFalse();
            assertThat(d.displayUntil()).isEqualTo(workingDays.plusWorkingDays(today(), 1));
        });
        assertThat(state(lot)).isEqualTo(Procedure.State.AWARDED);
        Notice result = notices(lot, Notice.Kind.RESULT).get(0);
        assertThat(result.textZh()).contains("中标（成交）结果", "88,000.00", "评审小组成员");
        assertThat(result.textEn()).contains("Winner", "88,000.00", "Evaluation panel");
        assertThat(awards.mine(users.user(lot.bidders().get(1)), lot.id(), java.util.Locale.SIMPLIFIED_CHINESE))
                .singleElement().satisfies(own -> {
                    assertThat(own.won()).isTrue();
                    assertThat(own.letter()).contains("中标（成交）通知书", "88,000.00");
                });
        assertThat(awards.mine(users.user(lot.bidders().get(0)), lot.id(), java.util.Locale.ENGLISH))
                .singleElement().satisfies(own -> {
                    assertThat(own.won()).isFalse();
                    assertThat(own.letter()).isNull();
                });
    }

    @Test
    void aLaterCandidateIsAwardedOnlyWithTheReasonTheEarlierOnesArePassedOver() {
        EvaluatedLots.Evaluated lot = evaluated("passed over");

        assertThatThrownBy(() -> awards.confirm(purchaser(), lot.id(), 1, org(lot, 0), null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("passOverReason"));
        LotAward awarded = awards.confirm(purchaser(), lot.id(), 1, org(lot, 0), "第一中标候选人书面放弃中标");

        assertThat(awarded.candidates().get(0).passedReason()).isEqualTo("第一中标候选人书面放弃中标");
        assertThat(awarded.standing()).hasValueSatisfying(d -> assertThat(d.rank()).isEqualTo(2));
    }

    @Test
    void anUpheldChallengeGivesTheAwardToTheNextCandidate() {
        EvaluatedLots.Evaluated lot = evaluated("next candidate");
        awards.confirm(purchaser(), lot.id(), 1, org(lot, 1), null);

        transaction.executeWithoutResult(s -> events.publishEvent(new ChallengeAnswered(purchaser().userId(),
                purchaser().organizationId(), UUID.randomUUID(), lot.id().value(), "ref", 1, true, Remedy.NEXT_CANDIDATE,
                clock.instant())));

        LotAward after = awardOf(lot);
        assertThat(after.decisions()).hasSize(2);
        assertThat(after.decisions().get(0).remedy()).isEqualTo(Remedy.NEXT_CANDIDATE);
        assertThat(after.standing()).hasValueSatisfying(d -> assertThat(d.winner()).isEqualTo(org(lot, 0)));
        assertThat(state(lot)).isEqualTo(Procedure.State.AWARDED);
        assertThat(notices(lot, Notice.Kind.RESULT)).hasSize(2);
        assertThat(notices(lot, Notice.Kind.AMENDMENT)).as("the first result, corrected").singleElement()
                .satisfies(n -> assertThat(n.textZh()).contains("撤销中标（成交）供应商", notices(lot, Notice.Kind.RESULT).get(0).number()));
    }

    @Test
    void anUpheldComplaintSendsTheLotBackToItsPanelAndTheNewRankingAwaitsThePurchaser() {
        EvaluatedLots.Evaluated lot = evaluated("re-evaluation");
        awards.confirm(purchaser(), lot.id(), 1, org(lot, 1), null);

        complaintDecided(lot, Remedy.RE_EVALUATE);

        assertThat(awardOf(lot).status()).isEqualTo(LotAward.Status.REEVALUATING);
        assertThat(state(lot)).isEqualTo(Procedure.State.EVALUATING);
        assertThat(views.of(purchaser(), lot.id(), 1).stage()).isEqualTo(LotEvaluation.Stage.COMPILED);
        assertThatThrownBy(() -> awards.confirm(purchaser(), lot.id(), 1, org(lot, 1), null)).isInstanceOf(RuleViolation.class);

        for (LotEvaluation.SeatedMember member : views.of(purchaser(), lot.id(), 1).members()) {
            evaluation.sign(users.user(member.user()), lot.id(), 1, null);
        }

        LotAward again = awardOf(lot);
        assertThat(again.status()).isEqualTo(LotAward.Status.AWAITING);
        assertThat(again.round()).isEqualTo(2);
        assertThat(state(lot)).isEqualTo(Procedure.State.AWARD_PENDING);
    }

    @Test
    void anUpheldComplaintThatFailsTheOnlyLotFailsTheProcedure() {
        EvaluatedLots.Evaluated lot = evaluated("failure");
        awards.confirm(purchaser(), lot.id(), 1, org(lot, 1), null);

        complaintDecided(lot, Remedy.FAIL_LOT);

        assertThat(awardOf(lot).status()).isEqualTo(LotAward.Status.FAILED);
        assertThat(state(lot)).isEqualTo(Procedure.State.FAILED);
        assertThat(notices(lot, Notice.Kind.FAILURE)).isNotEmpty();
    }

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void aSuspendedProcedureIsNotAwarded() {
        EvaluatedLots.Evaluated lot = evaluated("suspended");
        jdbc.sql("UPDATE procurement_procedure SET suspended_from = state, state = 'SUSPENDED' WHERE id = :id")
                .param("id", lot.id().value()).update();

        assertThatThrownBy(() -> awards.confirm(purchaser(), lot.id(), 1, org(lot, 1), null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("procurement.award.suspended"));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aPurchaserSilentPastItsLastDayHasTheFirstCandidateAwardedUnlessTheProcedureIsSuspended() {
        EvaluatedLots.Evaluated lot = evaluated("silence");
        LotAward awaiting = awardOf(lot);
        moveTo(awaiting.confirmBy());
        awards.silencePastDue();
        assertThat(awardOf(lot).status()).as("on its last day the purchaser may still decide").isEqualTo(LotAward.Status.AWAITING);

        moveTo(awaiting.confirmBy().plusDays(1));
        awards.silencePastDue();

        assertThat(awardOf(lot).standing()).hasValueSatisfying(d -> {
            assertThat(d.bySilence()).isTrue();
            assertThat(d.winner()).isEqualTo(org(lot, 1));
            assertThat(d.decidedBy()).isNull();
        });
        assertThat(state(lot)).isEqualTo(Procedure.State.AWARDED);
        assertThat(awardOf(evaluated("suspended")).status()).as("past the same day, but suspended").isEqualTo(LotAward.Status.AWAITING);
    }

    @Test
    void aSuspensionOnAComplaintGivesThePurchaserBackTheWorkingDaysItTook() {
        EvaluatedLots.Evaluated lot = evaluated("suspension");
        LocalDate before = awardOf(lot).confirmBy();
        Challenges challenges = context.getBean(Challenges.class);
        Complaints complaints = context.getBean(Complaints.class);
        Actor challenger = users.user(lot.bidders().get(0));
        Challenges.ChallengeView lodged = challenges.lodge(challenger, lot.id(), ChallengeKind.PROCESS, 1, "开标程序有误。");
        challenges.answer(purchaser(), new ChallengeId(lodged.id()), lodged.version(), false, null, "开标程序合法。");
        Complaints.ComplaintView complaint = complaints.complain(challenger, new ChallengeId(lodged.id()), "答复未回应质疑事实。");
        complaints.suspend(users.user("finance"), new ComplaintId(complaint.id()), "调取开标记录核查。");
        LocalDate suspendedOn = today();
        LocalDate nextWorkingDay = workingDays.plusWorkingDays(suspendedOn, 1);
        moveTo(nextWorkingDay);

        complaints.lift(users.user("finance"), new ComplaintId(complaint.id()), "核查完毕，恢复采购活动。");

        assertThat(awardOf(lot).confirmBy()).as("the suspended day given back")
                .isEqualTo(Awards.lastDayAfterSuspension(before, suspendedOn, nextWorkingDay, workingDays.calendar()))
                .isAfter(before);
    }

    @Test
    void onlyThePurchaserDecidesAndOnlyThoseWhoMayReadTheAwardsReadThem() {
        EvaluatedLots.Evaluated lot = evaluated("access");

        assertThatThrownBy(() -> awards.confirm(users.user("finance"), lot.id(), 1, org(lot, 1), null)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> awards.of(users.user("provider"), lot.id())).isInstanceOf(RuntimeException.class);
        assertThat(awards.of(users.user("auditor"), lot.id())).hasSize(1);
        assertThat(awards.of(users.user("finance"), lot.id())).hasSize(1);
    }

    private void complaintDecided(EvaluatedLots.Evaluated lot, Remedy remedy) {
        transaction.executeWithoutResult(s -> events.publishEvent(new ComplaintDecided(users.user("finance").userId(),
                users.user("finance").organizationId(), UUID.randomUUID(), lot.id().value(), "ref", 1, remedy, "投诉事项成立",
                "N-1", "0".repeat(64))));
    }

    private synchronized EvaluatedLots.Evaluated evaluated(String scenario) {
        if (MADE.isEmpty()) {
            Map<String, List<String>> prices = new LinkedHashMap<>();
            for (String name : List.of("first", "passed over", "silence", "next candidate", "re-evaluation", "failure", "suspended",
                    "suspension", "access")) {
                prices.put(name, List.of("90000.00", "88000.00", "95000.00"));
            }
            MADE.putAll(EvaluatedLots.evaluate(context, users, prices));
        }
        return MADE.get(scenario);
    }

    private LotAward awardOf(EvaluatedLots.Evaluated lot) {
        return awards.of(purchaser(), lot.id()).get(0);
    }

    private Procedure.State state(EvaluatedLots.Evaluated lot) {
        return publication.published(lot.id()).orElseThrow().procedure().state();
    }

    private List<Notice> notices(EvaluatedLots.Evaluated lot, Notice.Kind kind) {
        return publication.published(lot.id()).orElseThrow().notices().stream().filter(n -> n.kind() == kind).toList();
    }

    private UUID org(EvaluatedLots.Evaluated lot, int bidder) {
        return users.user(lot.bidders().get(bidder)).organizationId();
    }

    private Actor purchaser() {
        return users.user("purchaser");
    }

    private LocalDate today() {
        return clock.instant().atZone(workingDays.zone()).toLocalDate();
    }

    /** Moves the shared clock to the start of a day (never back), a few working days at most. */
    private void moveTo(LocalDate day) {
        java.time.Instant at = day.atStartOfDay(workingDays.zone()).toInstant().plus(Duration.ofHours(9));
        if (at.isAfter(clock.instant())) {
            clock.set(at);
        }
    }
}
