package org.cogov.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /awards/{id}}: each lot's candidates, the purchaser's confirmation, and the decisions with what became of them. */
final class AwardPage extends Page {

    AwardPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "award", By.cssSelector(".lot-award"));
    }

    static AwardPage open(WebDriver driver, String baseUrl, String procedureId) {
        driver.get(baseUrl + "/awards/" + procedureId);
        return new AwardPage(driver, baseUrl);
    }

    /** The purchaser awards lot 1 to its first candidate standing. */
    AwardPage confirmTheFirstCandidate() {
        follow(By.cssSelector("#lot-1 .confirm-form button.confirm"));
        return new AwardPage(driver, baseUrl);
    }

    String status() {
        return text(By.cssSelector("#lot-1 .status"));
    }

    /** The decisions of lot 1, each line as shown; a cancelled one is struck through and says why. */
    List<String> decisions() {
        return driver.findElements(By.cssSelector("#lot-1 .decision")).stream().map(WebElement::getText).toList();
    }

    List<String> cancelledDecisions() {
        return driver.findElements(By.cssSelector("#lot-1 .decision.text-decoration-line-through")).stream().map(WebElement::getText)
                .toList();
    }
}
