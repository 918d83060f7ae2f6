package org.cogov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserAdministrationJourneyTests extends BrowserJourney {

    @Test
    void adminRenamesAUserAndChangesItsRolesButNeverItsOwn() {
        // Step 1: the administrator signs in with both factors and opens the accounts.
        openLoginPage().logInAsUserWithSecondFactor("admin", DEMO_PASSWORD)
                .enterCode(authenticatorCode(ADMIN_TOTP_KEY));
        UsersPage users = UsersPage.open(chromium.driver(), baseUrl());
        assertThat(users.usernames()).contains("admin", "finance", "purchaser", "provider", "auditor");

        // Step 2: an expert's account is renamed; the page confirms it in the admin's language.
        UserPage expert = users.open("expert").rename("吴教授（评审专家）");
        assertThat(expert.confirmation()).isEqualTo("账户已保存。");

        // Step 3: the expert of a college may also be a provider of services: both roles are saved.
        expert = expert.grant("EXPERT", "PROVIDER");
        assertThat(expert.grantedRoles()).containsExactlyInAnyOrder("EXPERT", "PROVIDER");
        screenshot();
        expert.grant("EXPERT");

        // Step 4: the admin's own account offers no role to tick: nobody changes their own roles.
        UserPage self = UsersPage.open(chromium.driver(), baseUrl()).open("admin");
        assertThat(self.offersItsOwnRoles()).isFalse();
    }

    @Test
    void aProviderWhoOpensTheAccountsIsRefusedOnAReadablePage() {
        openLoginPage().logInAs("provider", DEMO_PASSWORD);

        ProblemPage refused = ProblemPage.open(chromium.driver(), baseUrl(), "/admin/users");

        assertThat(refused.explanation()).contains("无权");
        assertThat(chromium.consoleErrors()).singleElement().asString().contains("/admin/users").contains("403");
    }
}
