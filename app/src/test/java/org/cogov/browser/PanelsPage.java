package org.cogov.browser;

import java.net.URI;
import java.time.LocalDate;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** {@code /procedures/{id}/panels}: a procedure's panels, and the form its purchaser draws one with. */
final class PanelsPage extends Page {

    PanelsPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "panels", By.cssSelector("#no-panels, .panel-summary"));
    }

    static PanelsPage open(WebDriver driver, String baseUrl, String procedureId) {
        driver.get(baseUrl + "/procedures/" + procedureId + "/panels");
        return new PanelsPage(driver, baseUrl);
    }

    /** Draws a panel of the lot, of the size the rules propose, all of it experts, to meet on the day. */
    PanelPage draw(int lot, LocalDate evaluationDay) {
        driver.findElement(By.cssSelector("#lot option[value='" + lot + "']")).click();
        // A date field takes typed digits in the browser's own order of day, month and year: its value is set instead.
        ((JavascriptExecutor) driver).executeScript("document.getElementById('evaluationDay').value = arguments[0]",
                evaluationDay.toString());
        follow(By.id("draw-panel"));
        return new PanelPage(driver, baseUrl);
    }

    static String panelId(WebDriver driver) {
        String path = URI.create(driver.getCurrentUrl()).getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
