package org.cogov.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** {@code /complaints/{id}}: a complaint to the finance bureau, which suspends the procedure and decides. */
final class ComplaintPage extends Page {

    ComplaintPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "complaint", By.id("complainant"));
    }

    static ComplaintPage open(WebDriver driver, String baseUrl, String complaintPath) {
        driver.get(baseUrl + complaintPath);
        return new ComplaintPage(driver, baseUrl);
    }

    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length()).replaceAll("[?#].*$", "");
    }

    String status() {
        return text(By.id("complaint-status"));
    }

    String procedureState() {
        return text(By.id("procedure-state"));
    }

    ComplaintPage suspend(String reason) {
        type(By.id("suspension-reason"), reason);
        follow(By.id("suspend"));
        return new ComplaintPage(driver, baseUrl);
    }

    /** The finance bureau upholds the complaint with a remedy for the challenged lot, or dismisses it ({@code remedy} empty). */
    ComplaintPage decide(String remedy, String reason) {
        new Select(driver.findElement(By.id("decision-remedy"))).selectByValue(remedy);
        type(By.id("decision-reason"), reason);
        follow(By.id("decide"));
        return new ComplaintPage(driver, baseUrl);
    }
}
