package org.cogov.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** {@code /procedures/new}: a draft from one of the department's accepted purchase requests. */
final class NewProcedurePage extends Page {

    NewProcedurePage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "new procedure", By.id("new-procedure-form"));
    }

    ProcedurePage create(String request, String title, String method, String justification, String justificationText) {
        new Select(driver.findElement(By.id("request"))).selectByVisibleText(request);
        type(By.id("title"), title);
        new Select(driver.findElement(By.id("method"))).selectByValue(method);
        new Select(driver.findElement(By.id("justification"))).selectByValue(justification);
        type(By.id("justificationText"), justificationText);
        follow(By.id("create"));
        return new ProcedurePage(driver, baseUrl);
    }
}
