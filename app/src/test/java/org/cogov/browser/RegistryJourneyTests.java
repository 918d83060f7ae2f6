package org.cogov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class RegistryJourneyTests extends BrowserJourney {

    @Test
    void registrarFindsAnAssociationsHostTieRatingAndBoardButAProviderNeverSeesItsPeople() {
        // Step 1: the registrar opens the registry and the logistics association in it.
        openLoginPage().logInAs("registrar", DEMO_PASSWORD);
        chromium.driver().get(baseUrl() + "/registry/organizations");
        chromium.driver().get(baseUrl() + chromium.driver().findElement(By.linkText("澜江市物流行业协会")).getDomAttribute("href"));
        OrganizationPage association = new OrganizationPage(chromium.driver(), baseUrl());

        // Step 2: its former host, the commerce bureau, with the day it decoupled; its 5A rating; its board.
        assertThat(association.name()).isEqualTo("澜江市物流行业协会");
        assertThat(association.hosts()).contains("澜江市商务局").contains("2019-12-31");
        assertThat(association.ratings()).contains("5A");
        assertThat(association.showsTheBoard()).isTrue();
        screenshot();
        String page = chromium.driver().getCurrentUrl();

        // Step 3: a provider reading the same page sees the facts, but no name of a person.
        chromium.driver().manage().deleteAllCookies();
        openLoginPage().logInAs("provider2", DEMO_PASSWORD);
        chromium.driver().get(page);
        OrganizationPage asProvider = new OrganizationPage(chromium.driver(), baseUrl());
        assertThat(asProvider.ratings()).contains("5A");
        assertThat(asProvider.showsTheBoard()).isFalse();
    }
}
