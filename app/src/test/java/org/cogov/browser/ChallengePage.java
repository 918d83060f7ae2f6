package org.cogov.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /challenges/{id}}: a challenge with its reply; the purchaser answers it, the challenger complains of it. */
final class ChallengePage extends Page {

    ChallengePage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "challenge", By.id("challenge-kind"));
    }

    static ChallengePage open(WebDriver driver, String baseUrl, String challengePath) {
        driver.get(baseUrl + challengePath);
        return new ChallengePage(driver, baseUrl);
    }

    /** The page's own path, {@code /challenges/{id}}, for the next person to open. */
    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length()).replaceAll("[?#].*$", "");
    }

    String status() {
        return text(By.id("challenge-status"));
    }

    String reply() {
        return text(By.id("challenge-reply"));
    }

    ChallengePage dismiss(String reply) {
        type(By.id("reply-text"), reply);
        follow(By.id("dismiss-challenge"));
        return new ChallengePage(driver, baseUrl);
    }

    ComplaintPage complain(String statement) {
        type(By.id("complaint-statement"), statement);
        follow(By.id("lodge-complaint"));
        return new ComplaintPage(driver, baseUrl);
    }
}
