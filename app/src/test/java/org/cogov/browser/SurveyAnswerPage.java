package org.cogov.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /public/surveys/{token}}: a beneficiary answers, without an account, on whatever screen it has. */
final class SurveyAnswerPage extends Page {

    SurveyAnswerPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "survey answer", By.id("answer-form"));
    }

    static SurveyAnswerPage open(WebDriver driver, String link) {
        driver.get(link);
        return new SurveyAnswerPage(driver, link.substring(0, link.indexOf("/public/")));
    }

    String service() {
        return text(By.id("service"));
    }

    /** Chooses a rating (its large button, by its label), writes a comment, and sends the answer. */
    String answer(int rating, String comment) {
        driver.findElement(By.cssSelector("label[for='rating-" + rating + "']")).click();
        type(By.id("comment"), comment);
        follow(By.id("send"));
        return text(By.id("thanks"));
    }

    /** Whether the page is no wider than the screen: nothing to scroll sideways on a phone. */
    boolean fitsTheScreen() {
        Object fits = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
        return Boolean.TRUE.equals(fits);
    }

    /** The height of a rating's button, in CSS pixels: a thumb's worth on a phone. */
    long choiceHeight(int rating) {
        return driver.findElement(By.cssSelector("label[for='rating-" + rating + "']")).getRect().getHeight();
    }
}
