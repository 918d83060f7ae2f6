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

    @Test
    void theRegistrarFollowsABoardMemberToTheirPageAndRecordsTheTieTheyDeclared() {
        openLoginPage().logInAs("registrar", DEMO_PASSWORD);
        chromium.driver().get(baseUrl() + "/registry/organizations");
        chromium.driver().get(baseUrl() + chromium.driver().findElement(By.linkText("澜江市物流行业协会")).getDomAttribute("href"));
        OrganizationPage association = new OrganizationPage(chromium.driver(), baseUrl());
        association.follow(By.linkText("赵明"));

        PersonPage person = new PersonPage(chromium.driver(), baseUrl());
        assertThat(person.name()).isEqualTo("赵明");
        assertThat(person.positions()).contains("澜江市物流行业协会").contains("秘书长");

        PersonPage declared = person.declare("澜江城市服务集团有限公司", "CONTROLLING_SHAREHOLDER", "持股 51%");
        assertThat(declared.declarations()).contains("澜江城市服务集团有限公司").contains("控股股东").contains("持股 51%");
        screenshot();
    }

    @Test
    void aCitizenFindsAnAssociationsStandingWithoutSigningInAndSeesNoPerson() {
        chromium.driver().manage().deleteAllCookies();
        chromium.driver().get(baseUrl() + "/public/registry");
        PublicRegistryPage registry = new PublicRegistryPage(chromium.driver(), baseUrl()).search("印刷");

        assertThat(registry.rows()).contains("澜江市印刷行业协会").contains("列入信用名单");
        registry.open("澜江市印刷行业协会");
        assertThat(chromium.driver().findElement(By.id("credit-lists")).getText()).contains("罚款 8 万元");
        assertThat(chromium.driver().getPageSource()).doesNotContain("id=\"officers\"");
        screenshot();
    }
}
