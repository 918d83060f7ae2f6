package org.cogov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestCreditCodes;
import org.cogov.TestUsers;
import org.cogov.identity.SignedInUser;
import org.cogov.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** People, their posts, service and declared ties: recorded, imported, ended, and read only by those who may. */
@DatabaseTest
class PeopleTests {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Registry registry;
    @Autowired
    Suppliers suppliers;
    @Autowired
    People people;

    @Test
    void anExpertWhoDirectedTheBidderTwoYearsAgoIsTiedToIt() {
        OrganizationId association = newAssociation();
        PersonId expert = people.record(registrar(), "吴教授");
        suppliers.recordPosition(registrar(), new Position(expert, association, Post.DIRECTOR,
                Tenure.between(DAY.minusYears(5), DAY.minusYears(2))));

        assertThat(people.ties(expert, association, DAY)).hasSize(1);
        assertThat(people.ties(expert, association, DAY.plusYears(2))).isEmpty();
    }

    @Test
    void aDeclaredShareholdingTiesTheExpertUntilItsEndAndThreeYearsAfter() {
        OrganizationId firm = newAssociation();
        PersonId expert = people.record(registrar(), "钱持股");
        UUID tie = people.declare(users.user("finance"), new DeclaredTie(expert, firm, DeclaredTie.Kind.CONTROLLING_SHAREHOLDER,
                Tenure.since(LocalDate.of(2018, 1, 1)), "持股 40%"));
        people.endDeclaredTie(users.user("finance"), expert, tie, LocalDate.of(2024, 5, 31));

        assertThat(people.ties(expert, firm, LocalDate.of(2027, 5, 31))).singleElement()
                .extracting(Tie::kind).isEqualTo(Tie.Kind.CONTROLLING_SHAREHOLDER);
        assertThat(people.ties(expert, firm, LocalDate.of(2027, 6, 1))).isEmpty();
    }

    @Test
    void theCatchAllDeclarationTiesWhileItLastsWithTheExpertsOwnWords() {
        OrganizationId association = newAssociation();
        PersonId expert = people.record(registrar(), "孙合著");
        people.declare(registrar(), new DeclaredTie(expert, association, DeclaredTie.Kind.OTHER, Tenure.since(DAY.minusMonths(3)),
                "co-author of its yearbook"));

        assertThat(people.ties(expert, association, DAY)).singleElement().satisfies(tie -> {
            assertThat(tie.kind()).isEqualTo(Tie.Kind.OTHER_DECLARED);
            assertThat(tie.description()).isEqualTo("co-author of its yearbook");
        });
    }

    @Test
    void aCatchAllDeclarationWithoutWordsIsRefused() {
        PersonId expert = people.record(registrar(), "李无言");

        assertThatThrownBy(() -> people.declare(registrar(), new DeclaredTie(expert, newAssociation(), DeclaredTie.Kind.OTHER,
                Tenure.since(DAY), " "))).isInstanceOf(RuleViolation.class).hasMessageContaining("registry.declared-tie.description");
    }

    @Test
    void aDeclaredTieEndsOnce() {
        PersonId expert = people.record(registrar(), "周一次");
        UUID tie = people.declare(registrar(), new DeclaredTie(expert, newAssociation(), DeclaredTie.Kind.ACTUAL_CONTROLLER,
                Tenure.since(LocalDate.of(2020, 1, 1)), ""));
        people.endDeclaredTie(registrar(), expert, tie, LocalDate.of(2025, 1, 1));

        assertThatThrownBy(() -> people.endDeclaredTie(registrar(), expert, tie, LocalDate.of(2025, 2, 1)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("registry.nothing-to-end");
    }

    @Test
    void aRetirementRecordedOnTheApiEndsTheConflictThreeYearsLater() throws Exception {
        OrganizationId association = newAssociation();
        OrganizationId bureau = purchaser();
        PersonId official = people.record(registrar(), "郑处长");
        people.recordCivilService(registrar(), new CivilService(official, bureau, null));
        suppliers.recordPosition(registrar(), new Position(official, association, Post.PRESIDENT, Tenure.since(LocalDate.of(2022, 1, 1))));

        MvcResult retired = mvc.perform(post("/api/v1/people/" + official.value() + "/civil-service/retirement")
                .with(users.as("registrar")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"organ\":\"" + bureau.value() + "\",\"on\":\"2023-06-30\"}")).andReturn();

        assertThat(retired.getResponse().getStatus()).isEqualTo(200);
        assertThat(suppliers.eligibility(association, bureau, LocalDate.of(2026, 6, 29)).verdict()).isEqualTo(Verdict.WARNING);
        assertThat(suppliers.eligibility(association, bureau, LocalDate.of(2026, 7, 1)).verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void onlyAStateOrganHasOfficials() {
        PersonId person = people.record(registrar(), "冯非官");

        assertThatThrownBy(() -> people.recordCivilService(registrar(), new CivilService(person, newAssociation(), null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("registry.civil-service.not-an-organ");
    }

    @Test
    void theImportRecordsPeoplePostsAndServiceThatEligibilitySees() throws Exception {
        OrganizationId association = newAssociation();
        String code = registry.organization(association).orElseThrow().creditCode();
        String bureau = registry.organization(purchaser()).orElseThrow().creditCode();

        MvcResult result = mvc.perform(post("/api/v1/people/import").with(users.as("registrar")).with(csrf())
                .contentType("text/csv").content(PeopleFile.HEADER + "\n"
                        + "A,导入会长," + code + ",会长,2021-03-15\n"
                        + "B,导入理事," + code + ",理事,2022-01-01,," + bureau + "\n")).andReturn();

        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(result.getResponse().getContentAsString()).contains("\"positions\":2");
        assertThat(suppliers.eligibility(association, purchaser(), DAY).reasons())
                .extracting(EligibilityReason::messageKey).contains("eligibility.conflict.serving-official");
    }

    @Test
    void aFileWithOneWrongLineImportsNothing() throws Exception {
        String code = registry.organization(newAssociation()).orElseThrow().creditCode();
        long before = count();

        MvcResult result = mvc.perform(post("/api/v1/people/import").with(users.as("registrar")).with(csrf())
                .contentType("text/csv").content("A,全部或无," + code + ",会长,2021-03-15\n"
                        + "B,全部或无二," + code + ",掌门,2021-03-15\n")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains("\"line\":2").contains("\"field\":\"post\"");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theImportPageReportsEveryWrongLineInTheUsersLanguage() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "people.csv", "text/csv",
                "A,页面导入,913301000000000000,会长,2021-03-15\n".getBytes(StandardCharsets.UTF_8));

        String page = mvc.perform(multipart("/registry/people/import").file(file).with(users.as("registrar")).with(csrf())
                .header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"import-problems\"").contains("第 1 行");
    }

    @Test
    void aProviderCannotReadAnyoneNorFindThemByName() throws Exception {
        PersonId person = people.record(registrar(), "王隐私");

        assertThat(status(get("/api/v1/people/" + person.value()), "provider")).isEqualTo(403);
        assertThat(status(get("/api/v1/people").param("name", "王隐私"), "provider")).isEqualTo(403);
        assertThat(status(get("/registry/people/" + person.value()), "provider")).isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/people/" + person.value())).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void theAuditorReadsAPersonsWholeRecord() throws Exception {
        PersonId person = people.record(registrar(), "陈全貌");
        people.declare(registrar(), new DeclaredTie(person, newAssociation(), DeclaredTie.Kind.CLOSE_RELATIVE_OF_HEAD,
                Tenure.since(LocalDate.of(2010, 1, 1)), "spouse of its president"));

        String body = mvc.perform(get("/api/v1/people/" + person.value()).with(users.as("auditor"))).andReturn().getResponse()
                .getContentAsString();

        assertThat(body).contains("陈全貌").contains("CLOSE_RELATIVE_OF_HEAD").contains("spouse of its president");
    }

    @Test
    void peopleAreFoundByPartOfTheirNameAPageAtATime() {
        String family = "欧阳" + UUID.randomUUID().toString().substring(0, 4);
        for (int i = 0; i < 3; i++) {
            people.record(registrar(), family + i);
        }

        var first = people.find(registrar(), family, null, 2);
        var rest = people.find(registrar(), family, new PersonId(first.get(1).id()), 2);

        assertThat(first).extracting(PersonRecord.Summary::name).containsExactly(family + 0, family + 1);
        assertThat(rest).extracting(PersonRecord.Summary::name).containsExactly(family + 2);
    }

    @Test
    void aPostOfSomeoneNotRegisteredIsRefusedWithoutAServerError() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/organizations/" + newAssociation().value() + "/positions")
                .with(users.as("registrar")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"person\":\"" + UUID.randomUUID() + "\",\"post\":\"PRESIDENT\",\"from\":\"2023-01-01\"}")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aPostEndingBeforeItStartsIsRefusedNamingTheField() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/organizations/" + newAssociation().value() + "/positions")
                .with(users.as("registrar")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"person\":\"" + people.record(registrar(), "倒序").value()
                        + "\",\"post\":\"PRESIDENT\",\"from\":\"2023-01-01\",\"until\":\"2022-01-01\"}")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains("until");
    }

    private int status(MockHttpServletRequestBuilder request, String user)
            throws Exception {
        return mvc.perform(request.with(users.as(user))).andReturn().getResponse().getStatus();
    }

    private long count() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM person) + (SELECT COUNT(*) FROM person_position)").query(Long.class).single();
    }

    private SignedInUser registrar() {
        return users.user("registrar");
    }

    private OrganizationId purchaser() {
        return new OrganizationId(users.user("purchaser").organizationId());
    }

    private OrganizationId newAssociation() {
        return registry.register(new Organization(new OrganizationId(UUID.randomUUID()), TestCreditCodes.next(),
                "澜江市人员测试协会", "People Test Association", OrganizationKind.INDUSTRY_ASSOCIATION), Profile.EMPTY).id();
    }
}
