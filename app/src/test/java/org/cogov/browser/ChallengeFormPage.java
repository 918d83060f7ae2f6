package org.cogov.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** {@code /procedures/{id}/challenges}: a participating supplier challenges the documents, a step, or a lot's result. */
final class ChallengeFormPage extends Page {

    ChallengeFormPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "challenge form", By.id("challenge-form"));
    }

    static ChallengeFormPage open(WebDriver driver, String baseUrl, String procedureId) {
        driver.get(baseUrl + "/procedures/" + procedureId + "/challenges");
        return new ChallengeFormPage(driver, baseUrl);
    }

    ChallengePage challengeTheResultOfLot(int lot, String statement) {
        new Select(driver.findElement(By.id("kind"))).selectByValue("RESULT");
        new Select(driver.findElement(By.id("lot"))).selectByValue(Integer.toString(lot));
        type(By.id("statement"), statement);
        follow(By.id("lodge-challenge"));
        return new ChallengePage(driver, baseUrl);
    }
}
