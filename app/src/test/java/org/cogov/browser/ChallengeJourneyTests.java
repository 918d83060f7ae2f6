package org.cogov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.cogov.TestUsers;
import org.cogov.procurement.evaluation.EvaluatedLots;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After the award: the purchaser awards the first candidate; the second challenges the result, the purchaser
 * dismisses the challenge, the challenger complains to the finance bureau, which suspends the procedure and upholds
 * the complaint — and the award passes to the next candidate.
 */
class ChallengeJourneyTests extends BrowserJourney {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aProviderChallengesThePurchaserAnswersAndFinanceDecides() {
        // Step 0: a tender evaluated to the end: the software association first at 88,000, the logistics association second.
        EvaluatedLots.Evaluated lot = EvaluatedLots.evaluate(context, new TestUsers(jdbc),
                Map.of("journey", List.of("90000.00", "88000.00", "95000.00"))).get("journey");
        String procedure = lot.id().value().toString();

        // Step 1: the purchaser awards the lot to its first candidate; the result is published.
        openLoginPage().logInAs("purchaser", DEMO_PASSWORD);
        AwardPage award = AwardPage.open(chromium.driver(), baseUrl(), procedure).confirmTheFirstCandidate();
        assertThat(award.status()).isIn("已确定中标", "Awarded");
        assertThat(award.decisions()).singleElement().asString().contains("88,000.00");
        award.logOut();

        // Step 2: the logistics association challenges the result of the lot.
        openLoginPage().logInAs("provider", DEMO_PASSWORD);
        ChallengePage challenge = ChallengeFormPage.open(chromium.driver(), baseUrl(), procedure)
                .challengeTheResultOfLot(1, "第一名的报价低于其提交的成本测算，评审小组未要求其说明，排序有误。");
        String challengePath = challenge.path();
        challenge.logOut();

        // Step 3: the purchaser dismisses it with its reply.
        openLoginPage().logInAs("purchaser", DEMO_PASSWORD);
        ChallengePage answered = ChallengePage.open(chromium.driver(), baseUrl(), challengePath)
                .dismiss("经核查，第一名报价未达到异常低价的认定标准，评审程序符合规定，质疑不成立。");
        assertThat(answered.reply()).contains("质疑不成立");
        answered.logOut();

        // Step 4: the challenger, not satisfied, complains to the finance bureau.
        openLoginPage().logInAs("provider", DEMO_PASSWORD);
        ComplaintPage complaint = ChallengePage.open(chromium.driver(), baseUrl(), challengePath)
                .complain("采购人答复未回应第一名报价低于成本的事实，请求财政部门依法处理。");
        String complaintPath = complaint.path();
        complaint.logOut();

        // Step 5: the finance bureau suspends the procedure, then upholds the complaint: the next candidate is awarded.
        openLoginPage().logInAsUserWithSecondFactor("finance", DEMO_PASSWORD).enterCode(authenticatorCode(FINANCE_TOTP_KEY));
        ComplaintPage suspended = ComplaintPage.open(chromium.driver(), baseUrl(), complaintPath).suspend("调取评审资料核查，暂停采购活动。");
        assertThat(suspended.procedureState()).isIn("暂停", "Suspended");
        ComplaintPage decided = suspended.decide("NEXT_CANDIDATE", "第一名报价明显低于其成本且未作说明，投诉成立，依次确定排名第二的供应商为中标人。");
        assertThat(decided.status()).containsAnyOf("投诉成立", "upheld", "Upheld");
        screenshot();
        decided.logOut();

        // Step 6: the purchaser sees the first award cancelled and the second candidate awarded.
        openLoginPage().logInAs("purchaser", DEMO_PASSWORD);
        AwardPage after = AwardPage.open(chromium.driver(), baseUrl(), procedure);
        assertThat(after.status()).isIn("已确定中标", "Awarded");
        assertThat(after.decisions()).hasSize(2);
        assertThat(after.cancelledDecisions()).singleElement().asString().contains("88,000.00");
        assertThat(after.decisions().get(1)).contains("90,000.00");
        after.logOut();
    }
}
