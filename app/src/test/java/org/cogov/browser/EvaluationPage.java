package org.cogov.browser;

import java.util.List;
import java.util.UUID;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * {@code /evaluations/{id}/lots/{lot}}: a lot's evaluation as the purchaser, a panel member, the finance bureau or an
 * auditor sees it, with the forms each may use at the stage the lot is at.
 */
final class EvaluationPage extends Page {

    EvaluationPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "evaluation", By.id("reference"));
    }

    static EvaluationPage open(WebDriver driver, String baseUrl, String procedureId, int lot) {
        driver.get(baseUrl + "/evaluations/" + procedureId + "/lots/" + lot);
        return new EvaluationPage(driver, baseUrl);
    }

    /** The purchaser passes the qualification of every bid still waiting for its verdict, one form at a time. */
    EvaluationPage passEveryQualification() {
        EvaluationPage page = this;
        while (!driver.findElements(By.cssSelector("form.qualify-form button.pass")).isEmpty()) {
            follow(By.cssSelector("form.qualify-form button.pass"));
            page = new EvaluationPage(driver, baseUrl);
            page.noRefusal();
        }
        return page;
    }

    /** A member votes every bid it has not voted on compliant, one form at a time. */
    EvaluationPage voteEveryBidCompliant() {
        EvaluationPage page = this;
        while (!driver.findElements(By.cssSelector("form.vote-form button.compliant")).isEmpty()) {
            follow(By.cssSelector("form.vote-form button.compliant"));
            page = new EvaluationPage(driver, baseUrl);
            page.noRefusal();
        }
        return page;
    }

    int voteForms() {
        return driver.findElements(By.cssSelector("form.vote-form")).size();
    }

    /** What the member voted on each bid, while the question is still open. */
    List<String> myVotes() {
        return driver.findElements(By.cssSelector("#bids .my-vote")).stream().map(WebElement::getText).toList();
    }

    boolean hasScoreSheet() {
        return !driver.findElements(By.id("score-sheet")).isEmpty();
    }

    /** The bidders the score sheet asks about, by their names. */
    List<String> sheetBidders() {
        return driver.findElements(By.cssSelector("#score-sheet fieldset.sheet-bid legend")).stream().map(WebElement::getText).toList();
    }

    EvaluationPage score(UUID bidder, int factor, String score) {
        type(By.id("score-" + bidder + "-" + factor), score);
        return this;
    }

    EvaluationPage submitScores() {
        follow(By.id("submit-scores"));
        EvaluationPage page = new EvaluationPage(driver, baseUrl);
        page.noRefusal();
        return page;
    }

    EvaluationPage sign() {
        follow(By.id("sign"));
        EvaluationPage page = new EvaluationPage(driver, baseUrl);
        page.noRefusal();
        return page;
    }

    String stage() {
        return text(By.id("stage"));
    }

    /** The rows of the scores table: the scores a reader may see now. */
    int scoreRows() {
        return driver.findElements(By.cssSelector("#scores tr.score-row")).size();
    }

    String rankOf(UUID bidder) {
        return text(By.cssSelector("#bid-" + bidder + " .rank"));
    }

    String totalOf(UUID bidder) {
        return text(By.cssSelector("#bid-" + bidder + " td.total"));
    }

    /** The address of the evaluation report, or none while there is no report. */
    String reportLink() {
        List<WebElement> links = driver.findElements(By.id("report"));
        return links.isEmpty() ? "" : links.get(0).getDomAttribute("href");
    }

    /** A refusal would say why a step was not taken; a journey that expects none fails with its text. */
    private void noRefusal() {
        List<WebElement> refused = driver.findElements(By.id("refused"));
        if (!refused.isEmpty()) {
            throw new AssertionError("the page refused: " + refused.get(0).getText());
        }
    }
}
