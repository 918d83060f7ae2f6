package org.cogov.browser;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /tenders/{id}/bid}: the provider's own bid on each lot, its versions, and the forms to submit or withdraw. */
final class BidPage extends Page {

    BidPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "bid", By.id("lot-1"));
    }

    static BidPage open(WebDriver driver, String baseUrl, String procedureId) {
        driver.get(baseUrl + "/tenders/" + procedureId + "/bid");
        return new BidPage(driver, baseUrl);
    }

    /** The evaluation of the bid on the lot, linked once the lot's evaluation has begun. */
    MyEvaluationPage evaluation(int lot) {
        follow(By.cssSelector("#lot-" + lot + " a.evaluation"));
        return new MyEvaluationPage(driver, baseUrl);
    }

    boolean linksEvaluation(int lot) {
        return !driver.findElements(By.cssSelector("#lot-" + lot + " a.evaluation")).isEmpty();
    }

    ReceiptPage submit(int lot, String price, String proposal, Path attachment) {
        type(By.id("price-" + lot), price);
        type(By.id("proposal-" + lot), proposal);
        driver.findElement(By.id("attachments-" + lot)).sendKeys(attachment.toAbsolutePath().toString());
        follow(By.cssSelector("#lot-" + lot + " form.submit-bid button[type=submit]"));
        return new ReceiptPage(driver, baseUrl);
    }

    ReceiptPage withdraw(int lot) {
        follow(By.cssSelector("#lot-" + lot + " form.withdraw button[type=submit]"));
        return new ReceiptPage(driver, baseUrl);
    }

    /** What the page says of the bid that counts on the lot. */
    String standing(int lot) {
        List<WebElement> standing = driver.findElements(By.cssSelector("#lot-" + lot + " .standing"));
        return standing.isEmpty() ? text(By.cssSelector("#lot-" + lot + " .standing-none")) : standing.get(0).getText();
    }

    int arrivals(int lot) {
        return driver.findElements(By.cssSelector("#lot-" + lot + " table.arrivals tbody tr")).size();
    }
}
