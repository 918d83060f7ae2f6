package org.cogov.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /public/registry}: the suppliers anyone may look up, with their standing. */
final class PublicRegistryPage extends Page {

    PublicRegistryPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "public registry", By.id("public-organizations"));
    }

    PublicRegistryPage search(String name) {
        type(By.id("name"), name);
        follow(By.cssSelector("#public-registry-search button[type=submit]"));
        return new PublicRegistryPage(driver, baseUrl);
    }

    String rows() {
        return text(By.id("public-organizations"));
    }

    void open(String organization) {
        follow(By.linkText(organization));
    }
}
