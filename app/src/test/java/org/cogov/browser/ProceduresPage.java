package org.cogov.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /procedures}: the procedures the signed-in official may see. */
final class ProceduresPage extends Page {

    ProceduresPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "procedures", By.cssSelector("a#new-procedure, #procedures, p.text-muted"));
    }

    NewProcedurePage newDraft() {
        follow(By.id("new-procedure"));
        return new NewProcedurePage(driver, baseUrl);
    }

    ProcedurePage open(String reference) {
        follow(By.linkText(reference));
        return new ProcedurePage(driver, baseUrl);
    }
}
