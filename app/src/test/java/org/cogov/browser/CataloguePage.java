package org.cogov.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** {@code /catalogue}: the guidance catalogue as a tree. */
final class CataloguePage extends Page {

    CataloguePage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "catalogue", By.id("catalogue"));
    }

    /** The name shown beside a code, in the reader's language. */
    String nameOf(String code) {
        return text(By.cssSelector("#item-" + code + " td:nth-child(2)"));
    }

    /** The tree is longer than the window: the row is brought to the middle at once (Bootstrap scrolls smoothly, and a click mid-scroll misses). */
    CatalogueItemPage open(String code) {
        By link = By.cssSelector("#item-" + code + " a");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", driver.findElement(link));
        follow(link);
        return new CatalogueItemPage(driver, baseUrl);
    }
}
