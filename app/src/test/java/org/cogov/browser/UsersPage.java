package org.cogov.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /admin/users}: the operator's list of accounts. */
final class UsersPage extends Page {

    UsersPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "users", By.id("users"));
    }

    static UsersPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/admin/users");
        return new UsersPage(driver, baseUrl);
    }

    List<String> usernames() {
        return driver.findElements(By.cssSelector("#users tbody tr td:first-child a")).stream().map(WebElement::getText)
                .toList();
    }

    UserPage open(String username) {
        follow(By.linkText(username));
        return new UserPage(driver, baseUrl);
    }
}
