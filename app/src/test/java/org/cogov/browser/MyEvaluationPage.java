package org.cogov.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /evaluations/{id}/lots/{lot}} for a bidder: the evaluation of its own bid, and its scores and rank once complete. */
final class MyEvaluationPage extends Page {

    MyEvaluationPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "bidder's evaluation", By.id("outcome"));
    }

    String stage() {
        return text(By.id("stage"));
    }

    String ranking() {
        return text(By.id("ranking"));
    }

    String total() {
        return text(By.id("total"));
    }

    String outcome() {
        return text(By.id("outcome"));
    }

    /** The scores given to the bid, each as its factor and the score. */
    List<String> scores() {
        return driver.findElements(By.cssSelector("#my-scores tbody tr.score-row")).stream().map(WebElement::getText).toList();
    }
}
