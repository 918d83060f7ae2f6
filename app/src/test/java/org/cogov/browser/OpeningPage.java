package org.cogov.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /openings/{id}}: the shares presented, a custodian's form to present its own, and the record once opened. */
final class OpeningPage extends Page {

    OpeningPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "opening", By.id("shares"));
    }

    static OpeningPage open(WebDriver driver, String baseUrl, String procedureId) {
        driver.get(baseUrl + "/openings/" + procedureId);
        return new OpeningPage(driver, baseUrl);
    }

    OpeningPage present(String passphrase) {
        type(By.id("passphrase"), passphrase);
        follow(By.id("present"));
        return new OpeningPage(driver, baseUrl);
    }

    String shares() {
        return text(By.cssSelector("#shares h2"));
    }

    boolean opened() {
        return driver.findElements(By.id("waiting")).isEmpty();
    }

    /** The evaluation of an opened lot, for those who may read it. */
    EvaluationPage evaluation(int lot) {
        follow(By.cssSelector("#record-lot-" + lot + " a.evaluation"));
        return new EvaluationPage(driver, baseUrl);
    }

    /** The prices of the lot's opened bids, as the record shows them. */
    List<String> prices(int lot) {
        return driver.findElements(By.cssSelector("#record-lot-" + lot + " td.price")).stream().map(WebElement::getText).toList();
    }
}
