package org.cogov.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * {@code /contracts/{id}/implementation}: the purchaser publishes, files, accepts and pays; the provider submits each
 * milestone's deliverable.
 */
final class ImplementationPage extends Page {

    ImplementationPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "implementation", By.id("implementation-facts"));
    }

    static ImplementationPage open(WebDriver driver, String baseUrl, String contractId) {
        driver.get(baseUrl + "/contracts/" + contractId + "/implementation");
        return new ImplementationPage(driver, baseUrl);
    }

    ImplementationPage publishAndFile() {
        follow(By.id("publish"));
        new ImplementationPage(driver, baseUrl).follow(By.id("file"));
        return new ImplementationPage(driver, baseUrl);
    }

    ImplementationPage submit(int milestone, String report) {
        type(By.id("report-" + milestone), report);
        follow(By.cssSelector("#milestone-" + milestone + " .submit-form button"));
        return new ImplementationPage(driver, baseUrl);
    }

    /** Accepts the milestone with one beneficiaries' representative's opinion, rated 5. */
    ImplementationPage accept(int milestone, String representative, String represents, String opinion) {
        String form = "#milestone-" + milestone + " .accept-form ";
        type(By.cssSelector(form + "input[name='opinions[0].representative']"), representative);
        type(By.cssSelector(form + "input[name='opinions[0].represents']"), represents);
        type(By.cssSelector(form + "input[name='opinions[0].opinion']"), opinion);
        follow(By.cssSelector(form + "button"));
        return new ImplementationPage(driver, baseUrl);
    }

    ImplementationPage pay(int milestone, String voucher) {
        type(By.cssSelector("#payment-" + milestone + " input[name='voucher']"), voucher);
        follow(By.cssSelector("#payment-" + milestone + " .pay-form button"));
        return new ImplementationPage(driver, baseUrl);
    }

    String status() {
        return text(By.id("contract-status"));
    }

    String milestoneState(int milestone) {
        return text(By.cssSelector("#milestone-" + milestone + " .milestone-state"));
    }

    String publishedOn() {
        return text(By.id("published-on"));
    }

    String saved() {
        return text(By.id("saved"));
    }

    List<String> payments() {
        return driver.findElements(By.cssSelector("#payments tbody tr")).stream().map(WebElement::getText).toList();
    }
}
