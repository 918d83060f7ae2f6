package org.cogov.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /catalogue/check}: may this be bought? */
final class PurchasabilityCheckPage extends Page {

    PurchasabilityCheckPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "purchasability check", By.id("check-form"));
    }

    String itemCode() {
        return driver.findElement(By.id("itemCode")).getAttribute("value");
    }

    /** Ticks "for the department's own staff" and asks. */
    PurchasabilityCheckPage checkForOwnStaff(String description) {
        WebElement box = driver.findElement(By.id("forOwnStaff1"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", box);
        box.click();
        type(By.id("description"), description);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
                driver.findElement(By.id("check")));
        follow(By.id("check"));
        return new PurchasabilityCheckPage(driver, baseUrl);
    }

    String verdict() {
        return text(By.cssSelector("#verdict strong"));
    }

    List<String> reasons() {
        return driver.findElements(By.cssSelector("#verdict .reason")).stream().map(WebElement::getText).toList();
    }
}
