package org.cogov.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /tenders}: the procedures open for bids, as a provider finds them. */
final class TendersPage extends Page {

    TendersPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "open procedures", By.cssSelector("h1"));
    }

    TenderPage open(String reference) {
        follow(By.linkText(reference));
        return new TenderPage(driver, baseUrl);
    }
}
