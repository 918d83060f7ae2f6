package org.cogov.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The page a refused or failed request shows: what went wrong, in the user's language, and nothing more. */
final class ProblemPage extends Page {

    ProblemPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "problem", By.id("problem"));
    }

    static ProblemPage open(WebDriver driver, String baseUrl, String path) {
        driver.get(baseUrl + path);
        return new ProblemPage(driver, baseUrl);
    }

    String explanation() {
        return text(By.id("problem"));
    }
}
