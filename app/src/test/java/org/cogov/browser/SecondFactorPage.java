package org.cogov.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /login/second-factor}: the six-digit code from the user's authenticator app. */
final class SecondFactorPage extends Page {

    private static final By CODE = By.id("code");
    private static final By SUBMIT = By.id("code-submit");

    SecondFactorPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "second factor", By.id("second-factor-form"));
    }

    /** The right code completes the sign-in and leads to the user's home page. */
    HomePage enterCode(String code) {
        submit(code);
        return new HomePage(driver, baseUrl);
    }

    /** A code the application refuses: the same page again, with its failure message. */
    SecondFactorPage enterWrongCode(String code) {
        submit(code);
        return new SecondFactorPage(driver, baseUrl);
    }

    String failureMessage() {
        return text(By.id("code-error"));
    }

    private void submit(String code) {
        type(CODE, code);
        follow(SUBMIT);
    }
}
