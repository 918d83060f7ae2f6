package org.cogov.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /tenders/{id}}: a procedure open for bids, its documents, the question form, one's questions and the answers. */
final class TenderPage extends Page {

    TenderPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "open procedure", By.id("ask"));
    }

    /**
     * Obtains every document by its link, in the provider's session. Fetched by the page rather than
     * opened, since headless Chromium would save a PDF somewhere instead of showing it.
     */
    TenderPage obtainDocuments() {
        List<String> links = driver.findElements(By.cssSelector("#tender-documents a.obtain")).stream()
                .map(a -> a.getAttribute("href")).toList();
        for (String link : links) {
            Object status = ((JavascriptExecutor) driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.arrayBuffer().then(() => done(r.status)));",
                    link);
            if (!Long.valueOf(200).equals(status)) {
                throw new AssertionError("obtaining " + link + " answered " + status);
            }
        }
        return this;
    }

    BidPage openBid() {
        follow(By.id("bid-link"));
        return new BidPage(driver, baseUrl);
    }

    TenderPage ask(String question) {
        type(By.id("question"), question);
        follow(By.id("send-question"));
        return new TenderPage(driver, baseUrl);
    }

    String saved() {
        List<WebElement> saved = driver.findElements(By.id("saved"));
        return saved.isEmpty() ? "" : saved.get(0).getText();
    }

    String deadline() {
        return text(By.id("deadline"));
    }

    /** The answers to one's own questions, in the order asked; none while unanswered. */
    List<String> answersToOwnQuestions() {
        return driver.findElements(By.cssSelector("#own-questions .answer")).stream().map(WebElement::getText).toList();
    }

    List<String> publishedAnswers() {
        return driver.findElements(By.cssSelector("#answers .published-answer")).stream().map(WebElement::getText).toList();
    }
}
