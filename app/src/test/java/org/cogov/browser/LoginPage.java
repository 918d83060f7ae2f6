package org.cogov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /login}: the password, the first step of signing in, and where a sign-out ends. */
final class LoginPage extends Page {

    private static final By USERNAME = By.id("username");
    private static final By PASSWORD = By.id("password");
    private static final By SUBMIT = By.id("login-submit");

    LoginPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl, "login", By.id("login-form"));
        assertThat(URI.create(driver.getCurrentUrl()).getPath()).as("address of the login page").isEqualTo("/login");
    }

    static LoginPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/login");
        return new LoginPage(driver, baseUrl);
    }

    /** Opens a page that needs a signed-in user; the application must send the visitor here instead. */
    static LoginPage redirectedFrom(WebDriver driver, String baseUrl, String path) {
        driver.get(baseUrl + path);
        return new LoginPage(driver, baseUrl);
    }

    /** For an account that signs in with its password alone. */
    HomePage logInAs(String username, String password) {
        submit(username, password);
        return new HomePage(driver, baseUrl);
    }

    /** For an account with a TOTP second factor: the password only leads to the code. */
    SecondFactorPage logInAsUserWithSecondFactor(String username, String password) {
        submit(username, password);
        return new SecondFactorPage(driver, baseUrl);
    }

    /** A password the application refuses: the login page again, with its failure message. */
    LoginPage logInWithWrongPassword(String username, String password) {
        submit(username, password);
        return new LoginPage(driver, baseUrl);
    }

    String failureMessage() {
        return text(By.id("login-error"));
    }

    String loggedOutMessage() {
        return text(By.id("logged-out"));
    }

    private void submit(String username, String password) {
        type(USERNAME, username);
        type(PASSWORD, password);
        follow(SUBMIT);
    }
}
