package org.cogov.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /panels/{id}}: a panel's seats, a member's declaration, and the links to the evaluation of its lots. */
final class PanelPage extends Page {

    PanelPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "panel", By.id("seats"));
    }

    static PanelPage open(WebDriver driver, String baseUrl, String panelId) {
        driver.get(baseUrl + "/panels/" + panelId);
        return new PanelPage(driver, baseUrl);
    }

    /** The member declares that it has no conflict with any of the parties the page lists. */
    PanelPage declareNoConflict() {
        driver.findElement(By.id("confirmed")).click();
        follow(By.id("declare"));
        return new PanelPage(driver, baseUrl);
    }

    boolean seated() {
        return !driver.findElements(By.id("seated")).isEmpty();
    }

    /** The holders of the seats, as the page names them. */
    List<String> holders() {
        return driver.findElements(By.cssSelector("#seats tr.seat td:nth-child(3)")).stream().map(WebElement::getText).toList();
    }

    EvaluationPage evaluation(int lot) {
        follow(By.id("evaluation-lot-" + lot));
        return new EvaluationPage(driver, baseUrl);
    }
}
