package org.cogov.procurement.challenges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.procurement.ChallengeAnswered;
import org.cogov.procurement.ChallengeAudience;
import org.cogov.procurement.ChallengeKind;
import org.cogov.procurement.ChallengeLodged;
import org.cogov.procurement.Deadlines;
import org.cogov.procurement.Method;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ReadyDraft;
import org.cogov.procurement.Remedy;
import org.cogov.procurement.ResultNotices;
import org.cogov.procurement.bidding.Bidders;
import org.cogov.procurement.bidding.Bidding;
import org.cogov.procurement.bidding.Opening;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Verdict;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Challenges of opened tenders: who may lodge them and until when, the purchaser's answer, and what the other
 * suppliers learn of them. The tenders are made at one moment, so that one move of the clock opens them all; a window
 * that has passed is made by moving its moment back in SQL, never the shared clock by weeks.
 */
@DatabaseTest
@RecordApplicationEvents
class ChallengeTests {

    /** The tenders the scenarios challenge, each with the bidders of {@link #BIDDERS}, opened together. */
    private static final Map<String, ProcedureId> MADE = new HashMap<>();
    private static final List<String> BIDDERS = new ArrayList<>();

    @Autowired
    Challenges challenges;
    @Autowired
    Opening opening;
    @Autowired
    Bidding bidding;
    @Autowired
    TestUsers users;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;

    @Test
    void aBidderChallengesTheOpeningAndThePurchaserAnswersItWithinItsTime() {
        ProcedureId id = opened("answered");
        Actor challenger = users.user(BIDDERS.get(0));

        Challenges.ChallengeView lodged = challenges.lodge(challenger, id, ChallengeKind.PROCESS, 1, "开标时第三家投标文件的解密时间晚于规定。");

        LocalDate today = context.getBean(java.time.Clock.class).instant().atZone(workingDays.zone()).toLocalDate();
        assertThat(lodged.countedFrom()).as("the opening's day").isEqualTo(today);
        assertThat(lodged.replyDue()).isEqualTo(workingDays.plusWorkingDays(today, 7).plusDays(1).atStartOfDay(workingDays.zone())
                .toInstant());
        assertThat(lodged.mayComplain()).as("not before the answer or its time").isFalse();
        assertThat(events.stream(ChallengeLodged.class)).anySatisfy(e -> {
            assertThat(e.challengeId()).isEqualTo(lodged.id());
            assertThat(e.payload()).doesNotContainValue("开标时第三家投标文件的解密时间晚于规定。");
        });
        Challenges.ChallengeView pending = challenges.list(purchaser()).stream().filter(c -> c.id().equals(lodged.id())).findFirst()
                .orElseThrow();
        assertThat(pending.mayAnswer()).isTrue();

        Challenges.ChallengeView answered = challenges.answer(purchaser(), new ChallengeId(lodged.id()), pending.version(), false, null,
                "经核查，解密时间符合开标规则。");

        assertThat(answered.status()).isEqualTo(Challenge.Status.DISMISSED);
        assertThat(answered.answeredLate()).isFalse();
        assertThat(events.stream(ChallengeAnswered.class)).anySatisfy(e -> {
            assertThat(e.challengeId()).isEqualTo(lodged.id());
            assertThat(e.upheld()).isFalse();
            assertThat(e.remedy()).isNull();
            assertThat(e.lot()).isEqualTo(1);
        });
        assertThat(challenges.challenge(challenger, new ChallengeId(lodged.id())).mayComplain()).isTrue();
        assertThatThrownBy(() -> challenges.answer(purchaser(), new ChallengeId(lodged.id()), answered.version(), true, null, "再答复"))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("procurement.challenge.answered-already");
    }

    @Test
    void aChallengeAfterTheDeadlineIsRefusedShowingIt() throws Exception {
        ProcedureId id = opened("late");
        Actor challenger = users.user(BIDDERS.get(1));
        // It obtained the documents on Monday 1 December 2025, the last day they were available: its 7 WD end on the 10th.
        jdbc.sql("UPDATE procurement_download SET downloaded_at = :at WHERE procedure_id = :p AND organization_id = :o")
                .param("at", Instant.parse("2025-12-01T02:00:00Z").atOffset(ZoneOffset.UTC)).param("p", id.value())
                .param("o", challenger.organizationId()).update();
        jdbc.sql("UPDATE procurement_procedure SET documents_until = :d WHERE id = :id").param("d", LocalDate.of(2025, 12, 1))
                .param("id", id.value()).update();

        assertThatThrownBy(() -> challenges.lodge(challenger, id, ChallengeKind.DOCUMENTS, null, "评分标准设置了排他性条件。"))
                .isInstanceOf(RuleViolation.class).satisfies(e -> {
                    RuleViolation refused = (RuleViolation) e;
                    assertThat(refused.messageKey()).isEqualTo("procurement.challenge.late");
                    assertThat(refused.arguments()).contains("2025-12-10");
                });

        MvcResult result = mvc.perform(post("/api/v1/procedures/" + id.value() + "/challenges").with(users.as(BIDDERS.get(1)))
                .with(csrf()).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"DOCUMENTS\",\"statement\":\"The scoring favours one supplier.\"}")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains("2025-12-10", "\"kind\"", "late");
    }

    @Test
    void aResultIsChallengedUntilSevenWorkingDaysAfterItsDisplayEnds() {
        ProcedureId id = opened("result");
        Actor challenger = users.user(BIDDERS.get(2));
        assertThatThrownBy(() -> challenges.lodge(challenger, id, ChallengeKind.RESULT, 1, "中标人业绩造假。"))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("procurement.challenge.no-result");

        // A result published on Monday 1 December 2025 is displayed until the 2nd: challenges run until the 11th.
        ResultNotices.publish(context, id, Instant.parse("2025-12-01T02:00:00Z"));
        assertThatThrownBy(() -> challenges.lodge(challenger, id, ChallengeKind.RESULT, 1, "中标人业绩造假。"))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).arguments()).asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.ARRAY).contains("2025-12-11");

        // A newer result notice, published now, opens a window from the end of its own display.
        ResultNotices.publish(context, id, context.getBean(java.time.Clock.class).instant());
        Challenges.ChallengeView lodged = challenges.lodge(challenger, id, ChallengeKind.RESULT, 1, "中标人业绩造假。");

        LocalDate today = context.getBean(java.time.Clock.class).instant().atZone(workingDays.zone()).toLocalDate();
        assertThat(lodged.countedFrom()).isEqualTo(workingDays.plusWorkingDays(today, 1));
    }

    @Test
    void onlyASupplierThatTookPartMayChallenge() {
        ProcedureId id = opened("answered");
        String outsider = Bidders.ofVerdict(context, new OrganizationId(purchaser().organizationId()), Verdict.ELIGIBLE,
                BIDDERS.stream().map(b -> users.user(b).organizationId()).toArray(UUID[]::new));

        assertThatThrownBy(() -> challenges.lodge(users.user(outsider), id, ChallengeKind.PROCESS, 1, "开标程序违法。"))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("procurement.challenge.not-a-bidder");
        assertThatThrownBy(() -> challenges.lodge(users.user(outsider), id, ChallengeKind.DOCUMENTS, null, "文件排斥潜在供应商。"))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("procurement.challenge.documents-not-obtained");
        assertThatThrownBy(() -> challenges.lodge(purchaser(), id, ChallengeKind.PROCESS, 1, "采购人不能质疑。"))
                .isInstanceOf(org.cogov.shared.Forbidden.class);
    }

    @Test
    void theOtherSuppliersReadTheReplyButNeverTheStatement() {
        ProcedureId id = opened("secrets");
        Actor challenger = users.user(BIDDERS.get(0));
        Actor other = users.user(BIDDERS.get(1));
        String statement = "我方技术方案第三章的报价构成说明为商业秘密，评审时被错误理解。";
        Challenges.ChallengeView lodged = challenges.lodge(challenger, id, ChallengeKind.PROCESS, 1, statement);
        ChallengeId cid = new ChallengeId(lodged.id());

        assertThatThrownBy(() -> challenges.challenge(other, cid)).as("unanswered, it does not exist for the others")
                .isInstanceOf(RuleViolation.class);
        assertThat(challenges.ofProcedure(other, id)).noneMatch(c -> c.id().equals(lodged.id()));

        challenges.answer(purchaser(), cid, lodged.version(), false, null, "经核查，评审按采购文件进行，质疑不成立。");
        Challenges.ChallengeView seen = challenges.challenge(other, cid);

        assertThat(seen.reply()).isEqualTo("经核查，评审按采购文件进行，质疑不成立。");
        assertThat(seen.kind()).isEqualTo(ChallengeKind.PROCESS);
        assertThat(seen.lot()).isEqualTo(1);
        assertThat(seen.statement()).isNull();
        assertThat(seen.challengerId()).isNull();
        assertThat(seen.challengerZh()).isNull();
        assertThat(challenges.challenge(challenger, cid).statement()).isEqualTo(statement);
        assertThat(challenges.challenge(users.user("finance"), cid).statement()).isEqualTo(statement);
        assertThat(challenges.challenge(users.user("auditor"), cid).statement()).isEqualTo(statement);
        String link = "/challenges/" + lodged.id();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                SELECT COUNT(*) FROM notification_message WHERE recipient_id = :u AND kind = 'CHALLENGE' AND link = :link""")
                .param("u", other.userId()).param("link", link).query(Long.class).single() == 1);
        assertThat(jdbc.sql("SELECT body FROM notification_message WHERE recipient_id = :u AND link = :link")
                .param("u", other.userId()).param("link", link).query(String.class).single())
                .as("the other bidder is told the reply, never the statement").contains("经核查，评审按采购文件进行，质疑不成立。")
                .doesNotContain(statement);
        assertThat(context.getBean(ChallengeAudience.class).parties(lodged.id())).hasValueSatisfying(parties -> {
            assertThat(parties.challenger()).isEqualTo(challenger.organizationId());
            assertThat(parties.affected()).containsExactlyInAnyOrder(other.organizationId(),
                    users.user(BIDDERS.get(2)).organizationId());
        });
    }

    @Test
    void anUpheldChallengeOfALotNamesItsRemedyAndOneOfTheDocumentsNone() {
        ProcedureId id = opened("remedies");
        Challenges.ChallengeView process = challenges.lodge(users.user(BIDDERS.get(2)), id, ChallengeKind.PROCESS, 1, "开标记录有误。");
        Challenges.ChallengeView documents = challenges.lodge(users.user(BIDDERS.get(2)), id, ChallengeKind.DOCUMENTS, null,
                "采购需求前后矛盾。");

        assertThatThrownBy(() -> challenges.answer(purchaser(), new ChallengeId(process.id()), process.version(), true, null, "成立"))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("procurement.challenge.remedy-needed");
        assertThatThrownBy(() -> challenges.answer(purchaser(), new ChallengeId(documents.id()), documents.version(), true,
                Remedy.FAIL_LOT, "成立")).isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("procurement.challenge.no-remedy");
        assertThatThrownBy(() -> challenges.answer(users.user("agent"), new ChallengeId(documents.id()), documents.version(), false,
                null, "不是本机构代理的项目")).as("an agency that does not run it").isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);

        Challenges.ChallengeView upheld = challenges.answer(purchaser(), new ChallengeId(documents.id()), documents.version(), true,
                null, "质疑成立，采购人将澄清采购需求。");

        assertThat(upheld.status()).isEqualTo(Challenge.Status.UPHELD);
        assertThat(upheld.remedy()).isNull();
        assertThat(context.getBean(ChallengeAudience.class).parties(documents.id()).orElseThrow().affected())
                .as("every other organization that obtained the documents").contains(users.user(BIDDERS.get(0)).organizationId(),
                        users.user(BIDDERS.get(1)).organizationId());
    }

    @Test
    void anAnswerAfterItsTimeIsTakenAndMarkedLate() {
        ProcedureId id = opened("late answer");
        Challenges.ChallengeView lodged = challenges.lodge(users.user(BIDDERS.get(1)), id, ChallengeKind.PROCESS, null, "开标程序违法。");
        jdbc.sql("UPDATE procurement_challenge SET reply_due = :due WHERE id = :id")
                .param("due", Instant.parse("2025-06-03T16:00:00Z").atOffset(ZoneOffset.UTC)).param("id", lodged.id()).update();

        Challenges.ChallengeView answered = challenges.answer(purchaser(), new ChallengeId(lodged.id()), lodged.version(), false, null,
                "开标程序合法。");

        assertThat(answered.answeredLate()).isTrue();
    }

    private Actor purchaser() {
        return users.user("purchaser");
    }

    /** The tenders, made at one moment and opened together the first time a test asks for one. */
    private synchronized ProcedureId opened(String scenario) {
        if (MADE.isEmpty()) {
            BIDDERS.addAll(List.of("provider", "provider2"));
            BIDDERS.add(Bidders.ofVerdict(context, new OrganizationId(purchaser().organizationId()), Verdict.ELIGIBLE,
                    BIDDERS.stream().map(b -> users.user(b).organizationId()).toArray(UUID[]::new)));
            for (String name : List.of("answered", "late", "result", "secrets", "remedies", "late answer")) {
                MADE.put(name, tender());
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

    private ProcedureId tender() {
        ProcedureId id = ReadyDraft.published(context, users, Method.PUBLIC_TENDER, null, 2_500_000, BIDDERS.toArray(String[]::new));
        int price = 90_000;
        for (String bidder : BIDDERS) {
            bidding.submit(users.user(bidder), id, 1, new Bidding.Proposal(new BigDecimal(price += 1_000), "质疑测试投标", List.of()), true,
                    null);
        }
        return id;
    }
}
