package org.cogov.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /admin/users/{id}}: one account, its profile and its roles. */
final class UserPage extends Page {

    UserPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "user", By.id("edit-form"));
    }

    UserPage rename(String name) {
        type(By.id("displayName"), name);
        follow(By.cssSelector("#edit-form button[type=submit]"));
        return new UserPage(driver, baseUrl);
    }

    /** Ticks exactly these roles and saves them. */
    UserPage grant(String... roles) {
        List<String> wanted = List.of(roles);
        for (WebElement box : driver.findElements(By.cssSelector("#roles-form input[name=roles]"))) {
            if (box.isSelected() != wanted.contains(box.getDomAttribute("value"))) {
                box.click();
            }
        }
        follow(By.cssSelector("#roles-form button[type=submit]"));
        return new UserPage(driver, baseUrl);
    }

    String confirmation() {
        return text(By.id("saved"));
    }

    List<String> grantedRoles() {
        return driver.findElements(By.cssSelector("#roles-form input[name=roles]")).stream().filter(WebElement::isSelected)
                .map(box -> box.getDomAttribute("value")).toList();
    }

    boolean offersItsOwnRoles() {
        return !driver.findElements(By.id("roles-form")).isEmpty();
    }
}
