package org.cogov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestCreditCodes;
import org.cogov.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** What the registry shows of a supplier, and to whom: people's names are personal data. */
@DatabaseTest
class SupplierRecordTests {

    private static final String BOARD_MEMBER = "欧阳记录";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Registry registry;
    @Autowired
    Suppliers suppliers;
    @Autowired
    People people;

    private OrganizationId association;

    @BeforeEach
    void anAssociationWithABoardMember() {
        association = registry.register(new Organization(new OrganizationId(UUID.randomUUID()),
                TestCreditCodes.next(), "澜江市记录测试协会", "Record Test Association",
                OrganizationKind.INDUSTRY_ASSOCIATION), Profile.EMPTY).id();
        PersonId person = people.record(users.user("registrar"), BOARD_MEMBER);
        suppliers.recordPosition(users.user("registrar"), new Position(person, association, Post.SECRETARY_GENERAL,
                Tenure.since(LocalDate.of(2020, 1, 1))));
    }

    @Test
    void theRegistrarSeesTheNamesOfTheBoard() throws Exception {
        assertThat(page("registrar")).contains(BOARD_MEMBER);
        assertThat(api("auditor")).contains(BOARD_MEMBER);
    }

    @Test
    void aProviderSeesNoNameOfAnyoneThroughThePageOrTheApi() throws Exception {
        assertThat(page("provider")).doesNotContain(BOARD_MEMBER).contains("id=\"supplier-record\"");
        assertThat(api("provider")).doesNotContain(BOARD_MEMBER).contains("\"officers\":[]");
    }

    @Test
    void theRecordCannotBeReadWithoutSigningIn() throws Exception {
        MvcResult anonymous = mvc.perform(get("/api/v1/organizations/" + association.value() + "/record")).andReturn();

        assertThat(anonymous.getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void aRatingIsRefusedWhileTheOrganizationIsOnACreditList() throws Exception {
        suppliers.recordCreditListEntry(users.user("registrar"), association,
                new CreditListEntry(CreditListEntry.CreditList.ABNORMAL_ACTIVITY, LocalDate.of(2026, 1, 5), null), "unreachable");

        MvcResult result = mvc.perform(post("/api/v1/organizations/" + association.value() + "/ratings")
                .with(users.as("registrar")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"grade\":4,\"ratedOn\":\"2026-02-01\"}")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(api("registrar")).contains("\"ratings\":[]");
    }

    @Test
    void theRegistrarRatesOnThePageAndARefusalComesBackInWords() throws Exception {
        MvcResult rated = mvc.perform(post("/registry/organizations/" + association.value() + "/ratings")
                .with(users.as("registrar")).with(csrf()).param("grade", "4").param("ratedOn", "2025-05-05")).andReturn();
        suppliers.recordCreditListEntry(users.user("registrar"), association,
                new CreditListEntry(CreditListEntry.CreditList.ABNORMAL_ACTIVITY, LocalDate.of(2026, 1, 5), null), "unreachable");
        MvcResult refused = mvc.perform(post("/registry/organizations/" + association.value() + "/ratings")
                .with(users.as("registrar")).with(csrf()).header("Accept-Language", "en")
                .param("grade", "5").param("ratedOn", "2026-02-01")).andReturn();

        assertThat(rated.getFlashMap().get("saved")).isEqualTo("organization.record.saved");
        assertThat(refused.getFlashMap().get("refused")).isEqualTo("An organization on a credit list cannot be rated.");
        assertThat(api("registrar")).contains("\"grade\":4").doesNotContain("\"grade\":5");
    }

    @Test
    void theRegistrarRecordsAServingOfficialOnTheBoardAndThePurchaserIsWarned() throws Exception {
        UUID commerce = users.user("purchaser").organizationId();

        mvc.perform(post("/registry/organizations/" + association.value() + "/officers").with(users.as("registrar"))
                .with(csrf()).param("name", "钱处长").param("post", "COUNCIL_MEMBER").param("from", "2024-01-01")
                .param("officialOf", commerce.toString()));

        assertThat(suppliers.eligibility(association, new OrganizationId(commerce), LocalDate.of(2026, 6, 15)).verdict())
                .isEqualTo(Verdict.WARNING);
    }

    @Test
    void aPostEndingBeforeItStartsIsRefusedAndNoPersonIsLeftBehind() throws Exception {
        MvcResult result = mvc.perform(post("/registry/organizations/" + association.value() + "/officers")
                .with(users.as("registrar")).with(csrf()).header("Accept-Language", "en").param("name", "孙倒序")
                .param("post", "DIRECTOR").param("from", "2024-01-01").param("until", "2023-01-01")).andReturn();

        assertThat(result.getFlashMap().get("refused")).isEqualTo("A post cannot end before it starts.");
        assertThat(api("registrar")).doesNotContain("孙倒序");
    }

    @Test
    void aHostTieRecordedOnThePageShowsOnIt() throws Exception {
        UUID health = registry.organizations().stream().filter(o -> o.nameZh().equals("澜江市卫生健康委员会")).findFirst()
                .orElseThrow().id().value();

        mvc.perform(post("/registry/organizations/" + association.value() + "/host-ties").with(users.as("registrar"))
                .with(csrf()).param("organ", health.toString()).param("role", "SUPERVISING_ORGAN"));

        assertThat(page("registrar")).contains("澜江市卫生健康委员会").contains("未脱钩");
    }

    @Test
    void aCuredCauseTakesTheOrganizationOffTheListAndItMayBeRatedAgain() throws Exception {
        suppliers.recordCreditListEntry(users.user("registrar"), association,
                new CreditListEntry(CreditListEntry.CreditList.ABNORMAL_ACTIVITY, LocalDate.of(2025, 1, 5), null), "unreachable");
        UUID entry = suppliers.record(users.user("registrar"), association).listings().get(0).id();

        mvc.perform(post("/registry/organizations/" + association.value() + "/credit-list-entries/" + entry + "/removal")
                .with(users.as("registrar")).with(csrf()).param("on", "2025-06-01").param("reason", "reachable again"));
        MvcResult again = mvc.perform(post("/registry/organizations/" + association.value() + "/credit-list-entries/" + entry
                + "/removal").with(users.as("registrar")).with(csrf()).header("Accept-Language", "en")
                .param("on", "2025-07-01").param("reason", "twice")).andReturn();

        assertThat(suppliers.record(users.user("registrar"), association).listings().get(0).removedOn())
                .isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(again.getFlashMap().get("refused")).asString().startsWith("There is nothing open to end");
        assertThat(suppliers.recordRating(users.user("registrar"), association, 4, LocalDate.of(2025, 8, 1)).label())
                .isEqualTo("4A");
    }

    @Test
    void aServingOfficialWhoLeftTheBoardMoreThanThreeYearsAgoNoLongerTiesTheAssociation() throws Exception {
        UUID commerce = users.user("purchaser").organizationId();
        mvc.perform(post("/registry/organizations/" + association.value() + "/officers").with(users.as("registrar"))
                .with(csrf()).param("name", "李处长").param("post", "DIRECTOR").param("from", "2018-01-01")
                .param("officialOf", commerce.toString()));
        UUID position = suppliers.record(users.user("registrar"), association).officers().stream()
                .filter(o -> o.name().equals("李处长")).findFirst().orElseThrow().positionId();

        mvc.perform(post("/registry/organizations/" + association.value() + "/officers/" + position + "/end")
                .with(users.as("registrar")).with(csrf()).param("on", "2021-12-31"));

        assertThat(suppliers.eligibility(association, new OrganizationId(commerce), LocalDate.of(2026, 6, 15)).verdict())
                .isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void aProviderCannotTakeItselfOffACreditList() throws Exception {
        OrganizationId own = new OrganizationId(users.user("provider2").organizationId());
        suppliers.recordCreditListEntry(users.user("registrar"), own,
                new CreditListEntry(CreditListEntry.CreditList.ABNORMAL_ACTIVITY, LocalDate.of(2020, 1, 5), LocalDate.of(2020, 3, 1)),
                "closed long ago");
        UUID entry = suppliers.record(users.user("registrar"), own).listings().get(0).id();

        MvcResult result = mvc.perform(post("/registry/organizations/" + own.value() + "/credit-list-entries/" + entry
                + "/removal").with(users.as("provider2")).with(csrf()).param("on", "2026-01-01").param("reason", "mine"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
    }

    private String page(String username) throws Exception {
        return mvc.perform(get("/registry/organizations/" + association.value()).with(users.as(username))).andReturn()
                .getResponse().getContentAsString();
    }

    private String api(String username) throws Exception {
        return mvc.perform(get("/api/v1/organizations/" + association.value() + "/record").with(users.as(username)))
                .andReturn().getResponse().getContentAsString();
    }
}
