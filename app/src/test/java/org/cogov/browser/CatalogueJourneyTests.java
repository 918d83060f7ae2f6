package org.cogov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogueJourneyTests extends BrowserJourney {

    @Test
    void purchaserFindsAnItemAndLearnsWhyLabourDispatchForItsOwnStaffIsRefused() {
        // Step 1: the commerce bureau's purchaser signs in and opens the catalogue from the navigation bar.
        CataloguePage catalogue = openLoginPage().logInAs("purchaser", DEMO_PASSWORD).openCatalogue();
        assertThat(catalogue.nameOf("03")).isEqualTo("行业管理与协调性服务");

        // Step 2: it opens the training item and asks whether a purchase under it may be made.
        CatalogueItemPage training = catalogue.open("030701");
        assertThat(training.name()).isEqualTo("行业从业人员培训");
        PurchasabilityCheckPage check = training.checkAPurchase();
        assertThat(check.itemCode()).isEqualTo("030701");

        // Step 3: labour dispatch for the bureau's own staff is refused as negative-list item 5, with its legal basis.
        check = check.checkForOwnStaff("为商务局窗口岗位劳务派遣工作人员");
        assertThat(check.verdict()).contains("不能购买");
        assertThat(check.reasons()).singleElement().asString().contains("负面清单第 5 项", "财政部令第102号");
        screenshot();
    }
}
