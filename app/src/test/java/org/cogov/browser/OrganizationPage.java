package org.cogov.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /registry/organizations/{id}}: an organization's registry facts and its record as a supplier. */
final class OrganizationPage extends Page {

    OrganizationPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "organization", By.id("organization-name"));
    }

    String name() {
        return text(By.id("organization-name"));
    }

    String hosts() {
        return text(By.id("hosts"));
    }

    String ratings() {
        return text(By.id("ratings"));
    }

    boolean showsTheBoard() {
        return !driver.findElements(By.id("officers")).isEmpty();
    }
}
