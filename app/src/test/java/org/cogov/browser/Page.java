package org.cogov.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every page object does: make sure the browser really shows its page before anyone reads it,
 * and follow a link or a form to the next page only once the browser has left the current one.
 */
abstract class Page {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    final WebDriver driver;
    final String baseUrl;
    private final WebDriverWait wait;

    /** Waits until the element only this page has is there; says what the browser shows instead if not. */
    Page(WebDriver driver, String baseUrl, String pageName, By onlyOnThisPage) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, PATIENCE);
        wait.withMessage(() -> "expected the " + pageName + " page, but the browser shows " + driver.getCurrentUrl()
                + " (title: " + driver.getTitle() + ")")
                .until(ExpectedConditions.presenceOfElementLocated(onlyOnThisPage));
    }

    /**
     * Clicks a link or a submit button and waits until the page it was on is gone: every step here is
     * a full page load, and reading before it ends would read the old page.
     */
    void follow(By linkOrButton) {
        WebElement element = driver.findElement(linkOrButton);
        // Into the middle of the window first, at once (Bootstrap makes scrolling smooth, and a click during it misses).
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException moving) {
            // The page was still settling (a late layout shift moved the element out of the window): once more.
            wait.until(browser -> ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return document.readyState")
                    .equals("complete"));
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
            element.click();
        }
        wait.withMessage(() -> "the browser stayed on " + driver.getCurrentUrl() + " after clicking " + linkOrButton)
                .until(browser -> gone(element));
    }

    /**
     * Whether the element's page is gone. Newer Chromium answers a question about an element of a page it
     * left not always as a stale element but sometimes as a node that "does not belong to the document".
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Every page a signed-in user sees has the log-out button in its navigation bar. */
    LoginPage logOut() {
        follow(By.id("logout"));
        return new LoginPage(driver, baseUrl);
    }

    void type(By field, String text) {
        WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    String text(By element) {
        return driver.findElement(element).getText().strip();
    }
}
