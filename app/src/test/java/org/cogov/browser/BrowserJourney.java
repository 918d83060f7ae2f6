package org.cogov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.cogov.AuthenticatorApp;
import org.cogov.shared.time.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A journey through the pages in a real browser: the whole application on a random port, with the
 * demo city on an in-memory database ({@code test}) and a clock the journey can move
 * ({@code test-clock}). Excluded from the default build; CI runs them with {@code -Dgroups=browser}.
 * Every journey class shares one application, so the journeys leave the demo accounts as they found them.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "test-clock" })
abstract class BrowserJourney {

    /** The password of every demo city user (README). */
    static final String DEMO_PASSWORD = "Lanjiang-demo-2026";

    /** The TOTP key of the demo city's administrator (README). */
    static final String ADMIN_TOTP_KEY = "7U7FAUEUC56UU573SHURZBXNOSR2BG7Y";
    /** The demo finance official's authenticator key: the finance bureau signs in with a second factor. */
    static final String FINANCE_TOTP_KEY = "QCR24IOFQSS2MVROGTLBFD34FC5QSWGO";

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort
    private int port;

    @Autowired
    private SettableClock clock;

    /**
     * The app takes a TOTP code once per 30-second step and account. Moving the clock on by one step
     * before each journey means a code used by an earlier journey is never refused as a replay, and no
     * journey has to sleep until the next step.
     */
    @BeforeEach
    void startInATotpStepOfItsOwn() {
        clock.advance(Duration.ofSeconds(AuthenticatorApp.STEP_SECONDS));
    }

    /**
     * A page can look right in a test and still be broken for its users: a script or a style the
     * Content Security Policy blocks, a stylesheet that does not load. Chromium says so in its console.
     */
    @AfterEach
    void noPageOfTheJourneyLoggedAnError() {
        assertThat(chromium.consoleErrors()).as("errors in the browser console").isEmpty();
    }

    LoginPage openLoginPage() {
        return LoginPage.open(chromium.driver(), baseUrl());
    }

    /** Opening a page that needs a signed-in user, as a visitor who is not (or no longer) signed in. */
    LoginPage openExpectingLogin(String path) {
        return LoginPage.redirectedFrom(chromium.driver(), baseUrl(), path);
    }

    /** The code the user's authenticator app shows now, by the application's clock. */
    String authenticatorCode(String base32Key) {
        return AuthenticatorApp.code(base32Key, clock.instant());
    }

    /** A well-formed code the application must refuse now. */
    String wrongAuthenticatorCode(String base32Key) {
        return AuthenticatorApp.wrongCode(base32Key, clock.instant());
    }

    /** The one picture a journey keeps of its most telling page (app/target/browser-screenshots). */
    void screenshot() {
        chromium.screenshot(null);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }
}
