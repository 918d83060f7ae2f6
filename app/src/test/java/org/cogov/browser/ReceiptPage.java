package org.cogov.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /bids/{id}}: the receipt of one version of a bid, or of its withdrawal. */
final class ReceiptPage extends Page {

    ReceiptPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "receipt", By.id("receipt"));
    }

    String saved() {
        return text(By.id("saved"));
    }

    String version() {
        return text(By.id("receipt-version"));
    }

    String kind() {
        return text(By.id("receipt-kind"));
    }

    String hash() {
        return driver.findElements(By.id("receipt-hash")).isEmpty() ? "" : text(By.id("receipt-hash"));
    }

    BidPage backToTheBid() {
        follow(By.cssSelector("section a[href$='/bid']"));
        return new BidPage(driver, baseUrl);
    }
}
