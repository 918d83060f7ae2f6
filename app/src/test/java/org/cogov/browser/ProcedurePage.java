package org.cogov.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /procedures/{id}}: a draft, a form per part, and what still blocks its publication. */
final class ProcedurePage extends Page {

    ProcedurePage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "procedure", By.id("reference"));
    }

    String reference() {
        return text(By.id("reference"));
    }

    /** Fills the lot row {@code index} (0-based) with comprehensive scoring: one factor besides the price. */
    ProcedurePage lot(int index, String title, String budget, String priceWeight, String factor, String factorWeight,
            String guidance) {
        type(By.id("lots" + index + ".title"), title);
        type(By.id("lots" + index + ".budget"), budget);
        type(By.id("lots" + index + ".priceWeight"), priceWeight);
        type(By.id("lots" + index + ".factors0.name"), factor);
        type(By.id("lots" + index + ".factors0.weight"), factorWeight);
        type(By.id("lots" + index + ".factors0.guidance"), guidance);
        return this;
    }

    ProcedurePage saveLots() {
        follow(By.id("save-lots"));
        return new ProcedurePage(driver, baseUrl);
    }

    /** The lots as saved: one element per lot row with a title. */
    List<String> lotTitles() {
        return driver.findElements(By.cssSelector(".lot input[id$='.title']")).stream().map(e -> e.getAttribute("value"))
                .filter(value -> value != null && !value.isBlank()).toList();
    }

    List<String> blockerKeys() {
        return driver.findElements(By.cssSelector("#blockers li")).stream().map(e -> e.getAttribute("data-key")).toList();
    }

    ProcedurePage requestApproval(String reason) {
        type(By.id("approval-reason"), reason);
        follow(By.id("request-approval"));
        return new ProcedurePage(driver, baseUrl);
    }

    String approvalStatus() {
        return text(By.id("approval-status"));
    }

    String saved() {
        List<WebElement> saved = driver.findElements(By.id("saved"));
        return saved.isEmpty() ? "" : saved.get(0).getText();
    }

    String refused() {
        List<WebElement> refused = driver.findElements(By.id("refused"));
        return refused.isEmpty() ? "" : refused.get(0).getText();
    }

    /** The questions received, as the purchaser reads them. */
    List<String> questions() {
        return driver.findElements(By.cssSelector("#enquiries .question")).stream().map(WebElement::getText).toList();
    }

    /** Answers the first open question, marked as affecting the bids (the form's default). */
    ProcedurePage answerFirstQuestion(String answer) {
        WebElement form = driver.findElement(By.cssSelector("#enquiries .answer-form"));
        WebElement field = form.findElement(By.name("answer"));
        field.clear();
        field.sendKeys(answer);
        follow(By.cssSelector("#enquiries .answer-form button[type=submit]"));
        return new ProcedurePage(driver, baseUrl);
    }

    String currentDeadline() {
        return text(By.id("current-deadline"));
    }

    /** The whole page's text: what a reader of the page sees. */
    String pageText() {
        return text(By.tagName("main"));
    }
}
