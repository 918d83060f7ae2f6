package org.cogov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.cogov.TestUsers;
import org.cogov.contracting.ContractId;
import org.cogov.contracting.SignedContracts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A satisfaction survey from the purchaser's desk to a beneficiary's phone: the purchaser issues tokens and gets a sheet of
 * cards to print, a beneficiary answers on a phone-sized screen, the link then serves no second answer, and the purchaser
 * reads the answer, not enough yet for a score, with its comment.
 */
class SurveyJourneyTests extends BrowserJourney {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBeneficiaryAnswersASurveyOnAPhoneSizedScreen() {
        // Step 0: a contract signed by the demo purchaser and the demo logistics association.
        Map<String, ContractId> made = SignedContracts.sign(context, new TestUsers(jdbc), "provider", List.of("survey-journey"));
        String contract = made.get("survey-journey").value().toString();

        // Step 1: the purchaser issues three tokens: a sheet of three cards, each with its QR code and link, shown once.
        openLoginPage().logInAs("purchaser", DEMO_PASSWORD);
        ImplementationPage.open(chromium.driver(), baseUrl(), contract).follow(By.id("survey-link"));
        SurveyPage.SurveySheet sheet = new SurveyPage(chromium.driver(), baseUrl()).issue(3);
        assertThat(sheet.links()).hasSize(3).doesNotHaveDuplicates().allMatch(link -> link.startsWith(baseUrl() + "/public/surveys/"));
        assertThat(sheet.qrCodes()).isEqualTo(3);
        assertThat(sheet.warning()).containsAnyOf("无法再次显示", "cannot be shown again");
        screenshot();
        String link = sheet.links().get(0);
        sheet.logOut();

        // Step 2: a beneficiary opens the link on a phone, chooses 5, writes a comment and sends it.
        chromium.driver().manage().window().setSize(new Dimension(375, 812));
        try {
            SurveyAnswerPage question = SurveyAnswerPage.open(chromium.driver(), link);
            assertThat(question.service()).isNotBlank();
            assertThat(question.fitsTheScreen()).as("nothing to scroll sideways at 375 px").isTrue();
            assertThat(question.choiceHeight(5)).as("a choice is a thumb's worth high").isGreaterThanOrEqualTo(44);
            screenshot();
            assertThat(question.answer(5, "上门服务很耐心，问题当场解决")).containsAnyOf("感谢", "Thank");

            // Step 3: the same link again: a plain page saying it was used, not a second answer.
            chromium.driver().get(link);
            assertThat(chromium.driver().findElement(By.id("token-gone")).getText()).isNotBlank();
            assertThat(chromium.driver().findElement(By.id("gone-reason")).getText()).containsAnyOf("已被使用", "used already");
            assertThat(chromium.consoleErrors()).as("the used link is answered 410 Gone").singleElement().asString().contains("410");
        } finally {
            chromium.driver().manage().window().setSize(new Dimension(1280, 900));
        }

        // Step 4: the purchaser reads one answer, not enough for a score yet, and the comment without who wrote it.
        openLoginPage().logInAs("purchaser", DEMO_PASSWORD);
        SurveyPage survey = SurveyPage.open(chromium.driver(), baseUrl(), contract);
        assertThat(survey.answers()).isEqualTo("1");
        assertThat(survey.sample()).containsAnyOf("尚不足", "Not enough");
        assertThat(survey.comments()).containsExactly("上门服务很耐心，问题当场解决");
        survey.logOut();
    }
}
