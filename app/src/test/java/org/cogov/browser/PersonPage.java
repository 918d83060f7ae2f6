package org.cogov.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** {@code /registry/people/{id}}: a person's posts, service as an official and declared ties. */
final class PersonPage extends Page {

    PersonPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "person", By.id("person-name"));
    }

    String name() {
        return text(By.id("person-name"));
    }

    String positions() {
        return text(By.id("positions"));
    }

    PersonPage declare(String organization, String kind, String description) {
        new Select(driver.findElement(By.id("declared-organization"))).selectByVisibleText(organization);
        new Select(driver.findElement(By.id("declared-kind"))).selectByValue(kind);
        type(By.id("declared-description"), description);
        follow(By.cssSelector("#declaration-form button[type=submit]"));
        return new PersonPage(driver, baseUrl);
    }

    String declarations() {
        return text(By.id("declarations"));
    }
}
