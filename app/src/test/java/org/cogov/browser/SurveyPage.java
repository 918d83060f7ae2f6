package org.cogov.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /contracts/{id}/survey}: the counts and comments, and for the purchaser the forms to issue tokens and to close. */
final class SurveyPage extends Page {

    SurveyPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "survey", By.id("survey-title"));
    }

    static SurveyPage open(WebDriver driver, String baseUrl, String contractId) {
        driver.get(baseUrl + "/contracts/" + contractId + "/survey");
        return new SurveyPage(driver, baseUrl);
    }

    /** Issues tokens, and comes to the printable sheet that shows them once. */
    SurveySheet issue(int count) {
        type(By.id("count"), Integer.toString(count));
        follow(By.id("issue"));
        return new SurveySheet(driver, baseUrl);
    }

    String sample() {
        return text(By.id("sample"));
    }

    String answers() {
        return text(By.id("answers"));
    }

    List<String> comments() {
        return driver.findElements(By.cssSelector("#comments li")).stream().map(WebElement::getText).toList();
    }

    /** The sheet of tokens just issued: one card per token, with its QR code and its link. */
    static final class SurveySheet extends Page {

        SurveySheet(WebDriver driver, String baseUrl) {
            super(driver, baseUrl, "survey sheet", By.id("survey-cards"));
        }

        List<String> links() {
            return driver.findElements(By.cssSelector(".survey-card-link a")).stream().map(WebElement::getText).toList();
        }

        int qrCodes() {
            return driver.findElements(By.cssSelector(".survey-card-qr svg")).size();
        }

        String warning() {
            return text(By.id("shown-once"));
        }
    }
}
