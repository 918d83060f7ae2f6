package org.cogov.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.catalogue.Catalogue;
import org.cogov.identity.SignedInUser;
import org.cogov.identity.UserProvisioning;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Procurement intentions: drafted, published for anyone to read, never changed after, withdrawn in the open. */
@DatabaseTest
class IntentionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Intentions intentions;
    @Autowired
    Catalogue catalogue;
    @Autowired
    UserProvisioning provisioning;
    @Autowired
    Registry registry;

    @Test
    void anyoneReadsThePublishedIntentionsWithoutSigningInButNoDraft() throws Exception {
        SignedInUser purchaser = users.user("purchaser");
        String title = "商务数据分析服务 " + PlanningFixtures.freshCode();
        String draftTitle = "尚未公开的草稿 " + PlanningFixtures.freshCode();
        IntentionId published = intentions.draft(purchaser, draft(title, "030102", 4));
        intentions.publish(purchaser, published, 0);
        intentions.draft(purchaser, draft(draftTitle, "030102", 4));

        String page = mvc.perform(get("/public/intentions").locale(Locale.SIMPLIFIED_CHINESE)).andReturn().getResponse()
                .getContentAsString();
        String data = mvc.perform(get("/api/v1/public/intentions")
                .param("department", purchaser.organizationId().toString())).andReturn().getResponse().getContentAsString();

        assertThat(page).contains(title).contains("澜江市商务局").doesNotContain(draftTitle);
        assertThat(data).contains(title).contains(published.value().toString()).doesNotContain(draftTitle);
    }

    @Test
    void aWithdrawnIntentionStaysPublicWithItsReasonAndNoLongerCountsForProcurement() throws Exception {
        SignedInUser purchaser = users.user("purchaser");
        // The education bureau and an item no other test announces for it, so that nothing else answers for them.
        String code = "050101";
        SignedInUser education = PlanningFixtures.otherPurchaser(provisioning, registry, users);
        OrganizationId department = new OrganizationId(education.organizationId());
        String title = "教育政策咨询服务 " + PlanningFixtures.freshCode();
        IntentionId id = intentions.draft(education, draft(title, code, 3));
        assertThat(intentions.earliestPublished(department, code)).isEmpty();

        intentions.publish(education, id, 0);

        assertThat(intentions.earliestPublished(department, code)).contains(catalogue.today());
        assertThat(intentions.earliestPublished(new OrganizationId(purchaser.organizationId()), code)).isEmpty();

        intentions.withdraw(education, id, 1, "与区教育局合并采购");

        assertThat(intentions.earliestPublished(department, code)).isEmpty();
        String page = mvc.perform(get("/public/intentions").param("department", department.value().toString())
                .locale(Locale.ENGLISH)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(title).contains("Withdrawn").contains("与区教育局合并采购");
    }

    @Test
    void aPublishedIntentionNoLongerChanges() {
        SignedInUser purchaser = users.user("purchaser");
        IntentionId id = intentions.draft(purchaser, draft("会展服务 " + PlanningFixtures.freshCode(), "050401", 2));
        intentions.publish(purchaser, id, 0);

        RuleViolation refused = catchThrowableOfType(RuleViolation.class,
                () -> intentions.revise(purchaser, id, 1, draft("改过的名称", "050401", 2)));

        assertThat(refused.messageKey()).isEqualTo("planning.intention.not-a-draft");
        assertThat(refused.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
    }

    @Test
    void anIntentionNamesAnItemOfTheCatalogueForAComingMonth() {
        RuleViolations refused = catchThrowableOfType(RuleViolations.class, () -> intentions.draft(users.user("purchaser"),
                new Intentions.Draft("", "0301", Money.ZERO, YearMonth.from(catalogue.today()).minusMonths(1), null)));

        assertThat(refused.violations()).extracting(RuleViolation::messageKey).containsExactlyInAnyOrder(
                "planning.intention.title-needed", "planning.catalogue.category", "planning.intention.amount-not-positive",
                "planning.intention.month-past");
    }

    private Intentions.Draft draft(String title, String code, int monthsAhead) {
        LocalDate today = catalogue.today();
        return new Intentions.Draft(title, code, Money.yuan(150_000), YearMonth.from(today).plusMonths(monthsAhead),
                "拟于" + YearMonth.from(today).plusMonths(monthsAhead) + "开展采购");
    }
}
