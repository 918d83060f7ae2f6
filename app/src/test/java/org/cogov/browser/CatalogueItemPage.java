package org.cogov.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /catalogue/items/{code}}: one item of the catalogue. */
final class CatalogueItemPage extends Page {

    CatalogueItemPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "catalogue item", By.id("item-name"));
    }

    String name() {
        return text(By.id("item-name"));
    }

    PurchasabilityCheckPage checkAPurchase() {
        follow(By.id("check-this"));
        return new PurchasabilityCheckPage(driver, baseUrl);
    }
}
