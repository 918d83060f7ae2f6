package org.cogov.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;

import org.cogov.Browser;
import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.catalogue.Catalogue;
import org.cogov.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The planning screens: refusals beside their fields, warnings after acceptance, the finance bureau's decisions. */
@DatabaseTest
class PlanningPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Budgets budgets;
    @Autowired
    Consultations consultations;
    @Autowired
    Catalogue catalogue;

    @Test
    void aRefusedRequestShowsEveryReasonBesideItsField() throws Exception {
        BudgetLineId line = new PlanningFixtures(budgets, users).approvedLine(100_000);

        MvcResult result = mvc.perform(post("/planning/requests/new").with(users.as("purchaser")).with(csrf())
                .locale(Locale.SIMPLIFIED_CHINESE).param("budgetLine", line.value().toString()).param("catalogueCode", "030701")
                .param("title", "窗口岗位劳务派遣").param("estimatedAmount", "150000").param("termStart", "2027-01-01")
                .param("termEnd", "2027-12-31").param("beneficiaries", "本局窗口").param("subjectKind", "SERVICE")
                .param("forOwnStaff", "true")).andReturn();

        String page = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(page).contains("id=\"forOwnStaff-error\"").contains("负面清单第 5 项")
                .contains("未占用额度仅为 100000.00 元");
        assertThat(budgets.line(users.user("purchaser"), line).committed()).isEqualTo(Money.ZERO);
    }

    @Test
    void anAcceptedRequestOpensItsPageWithTheCataloguesWarnings() throws Exception {
        BudgetLineId line = new PlanningFixtures(budgets, users).approvedLine(100_000);
        // The notice and the warnings cross the redirect in the session, which a browser keeps by its cookie.
        Browser browser = new Browser(mvc, "10.3.0.1");

        MvcResult result = browser.perform(post("/planning/requests/new").with(users.as("purchaser")).with(csrf())
                .locale(Locale.ENGLISH).param("budgetLine", line.value().toString()).param("catalogueCode", "030701")
                .param("title", "Training for trade clerks").param("description", "不含劳务派遣，仅为企业员工培训")
                .param("estimatedAmount", "80000").param("termStart", "2027-01-01").param("termEnd", "2027-12-31")
                .param("beneficiaries", "外贸企业从业人员").param("subjectKind", "SERVICE"));

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        String page = browser.perform(get(result.getResponse().getRedirectedUrl()).with(users.as("purchaser"))
                .locale(Locale.ENGLISH)).getResponse().getContentAsString();
        assertThat(page).contains("Training for trade clerks").contains("id=\"saved\"").contains("id=\"warnings\"")
                .contains("negative-list item 5");
        assertThat(budgets.line(users.user("purchaser"), line).committed()).isEqualTo(Money.yuan(80_000));
    }

    @Test
    void theFinanceBureauDecidesAProposedLineOnTheBudgetPage() throws Exception {
        String code = PlanningFixtures.freshCode();
        BudgetLineId line = budgets.propose(users.user("purchaser"), new Budgets.NewLine(PlanningFixtures.YEAR, code,
                "商务信用体系建设服务经费", Money.yuan(680_000)));
        String page = mvc.perform(get("/planning/budgets").param("year", Integer.toString(PlanningFixtures.YEAR))
                .with(users.as("finance"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(code).contains("/planning/budgets/" + line.value() + "/approval");

        MvcResult rejected = mvc.perform(post("/planning/budgets/" + line.value() + "/rejection").with(users.as("finance"))
                .with(csrf()).param("version", "0").param("reason", "请补充绩效目标后重新申报")).andReturn();

        assertThat(rejected.getResponse().getRedirectedUrl()).isEqualTo("/planning/budgets");
        String seenByTheDepartment = mvc.perform(get("/planning/budgets").with(users.as("purchaser"))
                .locale(Locale.SIMPLIFIED_CHINESE)).andReturn().getResponse().getContentAsString();
        assertThat(seenByTheDepartment).contains(code).contains("已退回").contains("请补充绩效目标后重新申报");
    }

    @Test
    void aProviderCommentsOnTheConsultationPageAndIsNotNamedThere() throws Exception {
        ConsultationId id = consultations.publish(users.user("purchaser"), new Consultations.NewConsultation(
                "行业信用评价需求征询 " + PlanningFixtures.freshCode(), "征询评价指标。", "030401", null,
                catalogue.today().plusDays(3)));

        MvcResult commented = mvc.perform(post("/planning/consultations/" + id.value() + "/comments").with(users.as("provider2"))
                .with(csrf()).param("body", "Suggest adding data-security indicators.")).andReturn();

        assertThat(commented.getFlashMap().get("saved")).isEqualTo("planning.consultation.commented");
        String providersView = mvc.perform(get("/planning/consultations/" + id.value()).with(users.as("provider"))
                .locale(Locale.ENGLISH)).andReturn().getResponse().getContentAsString();
        assertThat(providersView).contains("Suggest adding data-security indicators.").contains("id=\"comment-form\"")
                .doesNotContain("Software Industry Association").doesNotContain("id=\"own-comments\"");
        String departmentsView = mvc.perform(get("/planning/consultations/" + id.value()).with(users.as("purchaser"))
                .locale(Locale.ENGLISH)).andReturn().getResponse().getContentAsString();
        assertThat(departmentsView).contains("Lanjiang Software Industry Association").contains("class=\"answer-form\"");
    }
}
