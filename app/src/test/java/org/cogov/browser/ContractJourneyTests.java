package org.cogov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cogov.TestUsers;
import org.cogov.identity.Role;
import org.cogov.identity.UserProvisioning;
import org.cogov.procurement.award.Awards;
import org.cogov.procurement.evaluation.EvaluatedLots;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign, deliver, accept, pay: both parties sign the contract the award drafted, the purchaser publishes and files it,
 * the association submits its deliverable, the purchaser accepts it with a beneficiaries' representative heard and pays
 * it — and the public reads the completed contract with the acceptance result.
 */
class ContractJourneyTests extends BrowserJourney {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thePartiesSignTheProviderDeliversThePurchaserAcceptsAndPays() {
        // Step 0: a tender evaluated and awarded to the software association at 88,000: its contract is drafted.
        TestUsers users = new TestUsers(jdbc);
        EvaluatedLots.Evaluated lot = EvaluatedLots.evaluate(context, users,
                Map.of("contract-journey", List.of("90000.00", "88000.00", "95000.00"))).get("contract-journey");
        context.getBean(Awards.class).confirm(users.user("purchaser"), lot.id(), 1, users.user("provider2").organizationId(), null);
        String contract = jdbc.sql("SELECT id FROM contract WHERE procedure_id = :p").param("p", lot.id().value()).query(UUID.class)
                .single().toString();

        // Step 1: an official of the purchasing department signs (enrolling a signer key first), then the association's user.
        // The official is new here: the demo purchaser may have enrolled a key under another passphrase in another test.
        String official = "purchaser-signs-in-browser";
        UserProvisioning provisioning = context.getBean(UserProvisioning.class);
        if (!provisioning.exists(official)) {
            provisioning.provision(users.user("purchaser").organizationId(), official, "商务局签约人", DEMO_PASSWORD, Set.of(Role.PURCHASER),
                    "zh-CN", null);
        }
        openLoginPage().logInAs(official, DEMO_PASSWORD);
        ContractPage purchaserSigned = ContractPage.open(chromium.driver(), baseUrl(), contract).signWith("purchaser signs in the browser");
        assertThat(purchaserSigned.signatures()).isEqualTo(1);
        purchaserSigned.logOut();
        openLoginPage().logInAs("provider2", DEMO_PASSWORD);
        ContractPage signed = ContractPage.open(chromium.driver(), baseUrl(), contract).signWith("provider2 signs in the browser");
        assertThat(signed.status()).isIn("已签订", "Signed");
        assertThat(signed.signatures()).isEqualTo(2);
        signed.logOut();

        // Step 2: the purchaser publishes the contract and files it with the finance bureau.
        openLoginPage().logInAs("purchaser", DEMO_PASSWORD);
        ImplementationPage published = ContractPage.open(chromium.driver(), baseUrl(), contract).implementation().publishAndFile();
        assertThat(published.publishedOn()).doesNotContain("尚未", "not yet");
        published.logOut();

        // Step 3: the association submits its deliverable.
        openLoginPage().logInAs("provider2", DEMO_PASSWORD);
        ImplementationPage submitted = ImplementationPage.open(chromium.driver(), baseUrl(), contract)
                .submit(1, "全部成果：年度统计报告及数据库");
        assertThat(submitted.milestoneState(1)).isIn("待验收", "submitted");
        submitted.logOut();

        // Step 4: the purchaser accepts it with a member firm's representative heard, and pays it: the contract is completed.
        openLoginPage().logInAs("purchaser", DEMO_PASSWORD);
        ImplementationPage accepted = ImplementationPage.open(chromium.driver(), baseUrl(), contract)
                .accept(1, "林芳", "会员企业代表", "报告数据翔实，对企业经营有参考价值");
        assertThat(accepted.milestoneState(1)).isIn("验收合格", "accepted");
        assertThat(accepted.payments()).singleElement().asString().contains("88,000.00");
        ImplementationPage paid = accepted.pay(1, "GK-BROWSER-1");
        assertThat(paid.status()).isIn("履约完毕", "Completed");
        screenshot();
        paid.logOut();

        // Step 5: anyone reads the published contract: the acceptance with what the representative said, not who said it.
        chromium.driver().get(baseUrl() + "/public/contracts/" + contract);
        String page = chromium.driver().findElement(By.id("public-milestones")).getText();
        assertThat(page).contains("会员企业代表", "报告数据翔实").doesNotContain("林芳");
    }
}
