package org.cogov.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestCreditCodes;
import org.cogov.TestUsers;
import org.cogov.registry.CreditListEntry;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.OrganizationKind;
import org.cogov.registry.People;
import org.cogov.registry.PersonId;
import org.cogov.registry.Position;
import org.cogov.registry.Post;
import org.cogov.registry.Profile;
import org.cogov.registry.Registry;
import org.cogov.registry.Suppliers;
import org.cogov.registry.Tenure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The registry as the public reads it, without signing in: standing and facts, never the people. */
@DatabaseTest
class PublicRegistryTests {

    private static final String BOARD_MEMBER = "公孙不公开";

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
    private String name;

    @BeforeEach
    void aListedAssociationWithABoardMember() {
        String code = TestCreditCodes.next();
        name = "澜江市公开测试协会" + code.substring(12);
        association = registry.register(new Organization(new OrganizationId(UUID.randomUUID()), code, name,
                "Public Test Association " + code.substring(12), OrganizationKind.INDUSTRY_ASSOCIATION), Profile.EMPTY).id();
        PersonId person = people.record(users.user("registrar"), BOARD_MEMBER);
        suppliers.recordPosition(users.user("registrar"), new Position(person, association, Post.PRESIDENT,
                Tenure.since(LocalDate.of(2020, 1, 1))));
        suppliers.recordCreditListEntry(users.user("registrar"), association,
                new CreditListEntry(CreditListEntry.CreditList.ABNORMAL_ACTIVITY, LocalDate.of(2025, 3, 1), null),
                "annual report not filed");
    }

    @Test
    void anyoneFindsTheAssociationAndItsStandingWithoutSigningIn() throws Exception {
        MvcResult page = mvc.perform(get("/public/registry").param("name", name)).andReturn();
        MvcResult data = mvc.perform(get("/api/v1/public/organizations").param("name", name)).andReturn();

        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString()).contains(name).contains("id=\"public-organizations\"");
        assertThat(data.getResponse().getContentAsString()).contains(name).contains("\"onCreditList\":true");
    }

    @Test
    void theOrganizationsPublicPageShowsItsCreditListEntryButNoPerson() throws Exception {
        String page = mvc.perform(get("/public/registry/" + association.value())).andReturn().getResponse().getContentAsString();
        String data = mvc.perform(get("/api/v1/public/organizations/" + association.value())).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("annual report not filed").doesNotContain(BOARD_MEMBER);
        assertThat(data).contains("annual report not filed").doesNotContain(BOARD_MEMBER).contains("\"officers\":[]");
    }

    @Test
    void theRegistrarEndsAListingOnTheRegistryPageNeverOnThePublicOne() throws Exception {
        String registryPage = mvc.perform(get("/registry/organizations/" + association.value()).with(users.as("registrar")))
                .andReturn().getResponse().getContentAsString();
        String publicPage = mvc.perform(get("/public/registry/" + association.value()).with(users.as("registrar")))
                .andReturn().getResponse().getContentAsString();

        assertThat(registryPage).contains("/removal\"");
        assertThat(publicPage).contains("annual report not filed").doesNotContain("/removal\"");
    }

    @Test
    void aRegistrationAwaitingVerificationIsNotPublished() throws Exception {
        String code = TestCreditCodes.next();
        OrganizationId pending = registry.registerForVerification(new Organization(new OrganizationId(UUID.randomUUID()), code,
                "澜江市未核验协会" + code.substring(12), "Unverified " + code.substring(12), OrganizationKind.INDUSTRY_ASSOCIATION),
                Profile.EMPTY).id();

        assertThat(mvc.perform(get("/public/registry/" + pending.value())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/public/organizations").param("name", code.substring(12))).andReturn().getResponse()
                .getContentAsString()).isEqualTo("[]");
    }

    @Test
    void aStateOrganIsNoSupplierAndHasNoPublicSupplierPage() throws Exception {
        UUID bureau = users.user("purchaser").organizationId();

        assertThat(mvc.perform(get("/api/v1/public/organizations/" + bureau)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
