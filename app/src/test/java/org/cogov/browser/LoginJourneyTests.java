package org.cogov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Signing in and out as the people of the demo city do it, in a real browser. Each journey signs in
 * a different user: a refused attempt counts towards that account's lockout (five failures), and a
 * journey should not inherit another's count.
 */
class LoginJourneyTests extends BrowserJourney {

    /** The TOTP keys the demo city enrols (DemoCity, README): what the users' authenticator apps hold. */

    @Test
    void adminLogsInWithTotpSwitchesLanguageAndLogsOut() {
        // Step 1: an administrator must have a second factor, so the password alone only leads to the code.
        SecondFactorPage secondFactor = openLoginPage().logInAsUserWithSecondFactor("admin", DEMO_PASSWORD);

        // Step 2: the code the admin's authenticator app shows completes the sign-in.
        HomePage home = secondFactor.enterCode(authenticatorCode(ADMIN_TOTP_KEY));
        assertThat(home.roleCards()).containsExactly("ADMIN");

        // Step 3: the desk speaks the language stored on the account, Chinese for the admin.
        assertThat(home.greeting()).startsWith("欢迎").contains("周平台");
        assertThat(home.organization()).startsWith("澜江市政务服务和数据管理局");

        // Step 4: switching to English changes the texts and the organization's name with them.
        home = home.switchToEnglish();
        assertThat(home.greeting()).startsWith("Welcome");
        assertThat(home.organization()).startsWith("Lanjiang Government Services and Data Bureau");

        // Step 5: opened again by its plain address (no ?lang), the page stays English: the session keeps the choice.
        home = home.openAgain();
        assertThat(home.greeting()).startsWith("Welcome");
        screenshot();

        // Step 6: back to Chinese. The choice is also stored on the account for its next sign-in, so this
        // leaves the admin as the demo city made it for any later journey.
        home = home.switchToChinese();
        assertThat(home.greeting()).startsWith("欢迎");

        // Step 7: logging out ends on the login page, which says so.
        LoginPage loggedOut = home.logOut();
        assertThat(loggedOut.loggedOutMessage()).isNotBlank();

        // Step 8: the session is gone: a page for signed-in users sends the browser back to the login page.
        openExpectingLogin("/account");
    }

    @Test
    void wrongTotpCodeIsRefusedAndTheRightOneThenWorks() {
        SecondFactorPage secondFactor = openLoginPage().logInAsUserWithSecondFactor("finance", DEMO_PASSWORD);

        // A code valid at none of the steps the application accepts keeps the user on the code page,
        // told that the code failed, and still without a session.
        SecondFactorPage refused = secondFactor.enterWrongCode(wrongAuthenticatorCode(FINANCE_TOTP_KEY));
        assertThat(refused.failureMessage()).isNotBlank();
        screenshot();

        // One wrong code is a slip, not an attack: the right code still completes the sign-in.
        HomePage home = refused.enterCode(authenticatorCode(FINANCE_TOTP_KEY));
        assertThat(home.roleCards()).containsExactly("FINANCE");
        assertThat(home.organization()).startsWith("澜江市财政局");
    }

    @Test
    void wrongPasswordIsRefusedAndTheRightOneThenWorks() {
        // The login page says that the sign-in failed, never whether the user or the password was wrong.
        LoginPage refused = openLoginPage().logInWithWrongPassword("purchaser", "Lanjiang-demo-2025");
        assertThat(refused.failureMessage()).isNotBlank();
        screenshot();

        // The purchaser has no second factor (the role does not require one): the password is enough.
        HomePage home = refused.logInAs("purchaser", DEMO_PASSWORD);
        assertThat(home.roleCards()).containsExactly("PURCHASER");
    }

    @Test
    void providerLogsInWithoutSecondFactorAndSeesTheProviderDesk() {
        // An association's secretary general signs in with the password alone: providers need no second factor.
        HomePage desk = openLoginPage().logInAs("provider", DEMO_PASSWORD);

        // The desk is the provider's: one card, for the provider role, in the account's language (Chinese).
        assertThat(desk.greeting()).isEqualTo("欢迎，赵秘书长");
        assertThat(desk.organization()).startsWith("澜江市物流行业协会");
        assertThat(desk.roleCards()).containsExactly("PROVIDER");
        screenshot();
    }
}
