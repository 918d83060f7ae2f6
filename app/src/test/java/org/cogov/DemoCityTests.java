package org.cogov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cogov.identity.Role;
import org.cogov.procurement.Method;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.registry.CreditCode;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationKind;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.People;
import org.cogov.registry.PersonId;
import org.cogov.registry.Registry;
import org.cogov.registry.Suppliers;
import org.cogov.registry.Tie;
import org.cogov.registry.Verdict;
import org.cogov.shared.time.SettableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Every demo user of the README signs in and finds a home page for its role, in Chinese and in English. */
@DatabaseTest
class DemoCityTests {

    private static final String PASSWORD = "Lanjiang-demo-2026";
    private static final Map<Role, String> TOTP = Map.of(Role.ADMIN, "7U7FAUEUC56UU573SHURZBXNOSR2BG7Y",
            Role.FINANCE, "QCR24IOFQSS2MVROGTLBFD34FC5QSWGO");

    @Autowired
    ProcedureDrafts drafts;
    @Autowired
    MockMvc mvc;
    @Autowired
    SettableClock clock;
    @Autowired
    Registry registry;
    @Autowired
    Suppliers suppliers;
    @Autowired
    People people;
    @Autowired
    TestUsers users;
    @Autowired
    org.cogov.procurement.custody.CustodianKeys custodianKeys;

    @Test
    void theCityHasTheDepartmentsAgenciesAndSocialOrganizationsThatMakeADemoWorthTrying() {
        Map<OrganizationKind, Long> kinds = registry.organizations().stream()
                .collect(Collectors.groupingBy(Organization::kind, Collectors.counting()));

        assertThat(kinds.get(OrganizationKind.DEPARTMENT)).isGreaterThanOrEqualTo(12);
        assertThat(kinds.get(OrganizationKind.FINANCE_BUREAU)).isEqualTo(1);
        assertThat(kinds.get(OrganizationKind.REGISTRATION_AUTHORITY)).isEqualTo(1);
        assertThat(kinds.get(OrganizationKind.PROCUREMENT_AGENCY)).isGreaterThanOrEqualTo(2);
        assertThat(kinds.get(OrganizationKind.INDUSTRY_ASSOCIATION) + kinds.get(OrganizationKind.FOUNDATION)
                + kinds.get(OrganizationKind.SOCIAL_SERVICE_AGENCY)).isGreaterThanOrEqualTo(60);
        assertThat(kinds.get(OrganizationKind.ENTERPRISE)).isPositive();
        assertThat(kinds.get(OrganizationKind.THIRD_PARTY_EVALUATOR)).isGreaterThanOrEqualTo(2);
        assertThat(registry.organizations()).allSatisfy(o -> assertThat(CreditCode.isValid(o.creditCode())).isTrue());
    }

    @Test
    void theCityHasDraftsOfEveryMethodTheCommerceBureauMayUse() {
        List<Procedure> procedures = drafts.procedures(users.user("finance"));
        assertThat(procedures).extracting(Procedure::method).contains(Method.PUBLIC_TENDER, Method.INVITATIONAL_TENDER,
                Method.COMPETITIVE_NEGOTIATION, Method.COMPETITIVE_CONSULTATION, Method.SINGLE_SOURCE, Method.SMALL_PURCHASE);
        assertThat(procedures).filteredOn(p -> p.agency() != null).isNotEmpty();
        assertThat(procedures).extracting(p -> p.approval().status()).contains(Procedure.Approval.Status.APPROVED,
                Procedure.Approval.Status.REQUESTED);
    }

    @Test
    void theCustodiansOfTheDemoHaveEnrolledTheirKeysWithTheReadmesPassphrases() {
        for (String custodian : List.of("purchaser", "finance", "registrar", "auditor")) {
            assertThat(custodianKeys.check(users.user(custodian), (custodian + "-opening-key").toCharArray())).as(custodian).isTrue();
        }
    }

    @Test
    void theCitysSeparationOfRolesStoriesGiveTheVerdictsTheRulesSay() {
        LocalDate day = LocalDate.of(2026, 6, 15);
        OrganizationId commerce = named("澜江市商务局");

        assertThat(suppliers.eligibility(named("澜江市物流行业协会"), commerce, day).verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(suppliers.eligibility(named("澜江市会展行业协会"), commerce, day).requiresJustification()).isTrue();
        assertThat(suppliers.eligibility(named("澜江市电子商务行业协会"), commerce, day).verdict()).isEqualTo(Verdict.WARNING);
        assertThat(suppliers.eligibility(named("澜江市道路运输行业协会"), named("澜江市交通运输局"), day).verdict())
                .isEqualTo(Verdict.WARNING);
        assertThat(suppliers.eligibility(named("澜江市印刷行业协会"), commerce, day).verdict()).isEqualTo(Verdict.EXCLUDED);
        assertThat(suppliers.eligibility(named("澜江远景市场调查有限公司"), commerce, day).verdict()).isEqualTo(Verdict.EXCLUDED);
    }

    @Test
    void theImportedBoardsAndTheExpertsDeclarationsGiveTheTiesTheRulesSay() {
        LocalDate day = LocalDate.of(2026, 11, 1);
        assertThat(suppliers.eligibility(named("澜江市标准化行业协会"), named("澜江市市场监督管理局"), day).verdict())
                .isEqualTo(Verdict.WARNING);
        assertThat(suppliers.eligibility(named("澜江市标准化行业协会"), named("澜江市商务局"), day).verdict())
                .isEqualTo(Verdict.ELIGIBLE);
        PersonId lecturer = new PersonId(people.find(users.user("registrar"), "杜晓光", null, 1).get(0).id());
        assertThat(people.ties(lecturer, named("澜江天平工程咨询有限公司"), day)).extracting(Tie::kind)
                .containsExactly(Tie.Kind.CONTROLLING_SHAREHOLDER);
        // Their council seat there ended on 2023-04-30, more than three years before the day.
        assertThat(people.ties(lecturer, named("澜江市人力资源服务行业协会"), day)).extracting(Tie::kind)
                .containsExactly(Tie.Kind.OTHER_DECLARED);
        assertThat(people.ties(lecturer, named("澜江市人力资源服务行业协会"), LocalDate.of(2026, 4, 30))).extracting(Tie::kind)
                .containsExactlyInAnyOrder(Tie.Kind.DIRECTOR_OR_SUPERVISOR, Tie.Kind.OTHER_DECLARED);
    }

    private OrganizationId named(String name) {
        return registry.organizations().stream().filter(o -> o.nameZh().equals(name)).findFirst().orElseThrow().id();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void theDemoUserOfEachRoleSignsInAndSeesTheDeskOfItsRole(Role role) throws Exception {
        Browser browser = new Browser(mvc, "10.2.0." + (role.ordinal() + 1));
        String username = role.name().toLowerCase();

        MvcResult password = browser.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()));
        if (TOTP.containsKey(role)) {
            assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor");
            // A code is good once per 30-second step: move past any step another test has used.
            clock.advance(Duration.ofSeconds(31));
            browser.perform(post("/login/second-factor").param("code", AuthenticatorApp.code(TOTP.get(role), clock.instant())).with(csrf()));
        } else {
            assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/");
        }

        String chinese = browser.perform(get("/?lang=zh-CN")).getResponse().getContentAsString();
        assertThat(chinese).contains("id=\"role-" + role + "\"").contains("欢迎").contains("澜江");
        String english = browser.perform(get("/?lang=en")).getResponse().getContentAsString();
        assertThat(english).contains("id=\"role-" + role + "\"").contains("Welcome").contains("Lanjiang");
    }
}
