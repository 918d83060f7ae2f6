package org.cogov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestCreditCodes;
import org.cogov.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@DatabaseTest
class OrganizationProfileTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Registry registry;

    @Test
    void aProviderKeepsItsOwnOrganizationsProfile() throws Exception {
        UUID association = users.user("provider").organizationId();

        MvcResult result = mvc.perform(put("/api/v1/organizations/" + association + "/profile").with(users.as("provider"))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"legalRepresentative":"赵明","registrationAuthority":"澜江市民政局","registeredOn":"2009-05-18",
                         "address":"澜江市滨江区物流大道 88 号","contactName":"赵秘书长","contactPhone":"0571-8765 4321",
                         "contactEmail":"office@ljwl.org.cn"}""")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(field(association, "legal_representative")).isEqualTo("赵明");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_entry WHERE action = 'registry.organization.profile-changed'
                AND object_id = :id AND outcome = 'DONE'""").param("id", association.toString()).query(Long.class).single())
                .isPositive();
    }

    @Test
    void aProviderCannotEditAnotherProvidersProfileThroughTheApi() throws Exception {
        UUID other = users.user("provider2").organizationId();
        String before = field(other, "address");
        long refusals = users.refusalsOf("provider");

        MvcResult result = mvc.perform(put("/api/v1/organizations/" + other + "/profile").with(users.as("provider"))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"address\":\"taken over\"}")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(field(other, "address")).isEqualTo(before);
        assertThat(users.refusalsOf("provider")).isEqualTo(refusals + 1);
    }

    @Test
    void aProviderCannotEditAnotherProvidersProfileThroughThePage() throws Exception {
        UUID other = users.user("provider2").organizationId();
        long refusals = users.refusalsOf("provider");

        MvcResult form = mvc.perform(get("/registry/organizations/" + other + "/profile").with(users.as("provider"))).andReturn();
        MvcResult save = mvc.perform(post("/registry/organizations/" + other + "/profile").with(users.as("provider"))
                .with(csrf()).param("address", "taken over")).andReturn();

        assertThat(form.getResponse().getStatus()).isEqualTo(403);
        assertThat(save.getResponse().getStatus()).isEqualTo(403);
        assertThat(users.refusalsOf("provider")).isEqualTo(refusals + 2);
    }

    @Test
    void theRegistrarKeepsEveryProfile() throws Exception {
        UUID association = users.user("provider2").organizationId();

        MvcResult result = mvc.perform(post("/registry/organizations/" + association + "/profile")
                .with(users.as("registrar")).with(csrf()).param("legalRepresentative", "林雅")
                .param("registrationAuthority", "澜江市民政局").param("registeredOn", "2012-03-09")).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/registry/organizations/" + association);
        assertThat(field(association, "legal_representative")).isEqualTo("林雅");
    }

    @Test
    void aRegistrationDateInTheFutureIsRefused() throws Exception {
        UUID association = users.user("provider").organizationId();

        MvcResult result = mvc.perform(put("/api/v1/organizations/" + association + "/profile").with(users.as("provider"))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"registeredOn\":\"2999-01-01\"}")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains("\"field\":\"registeredOn\"");
    }

    @Test
    void anEmailWithoutADomainIsExplainedBesideItsField() throws Exception {
        UUID association = users.user("provider").organizationId();

        MvcResult result = mvc.perform(post("/registry/organizations/" + association + "/profile")
                .with(users.as("provider")).with(csrf()).header("Accept-Language", "en").param("contactEmail", "office@ljwl"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("is-invalid").contains("Not an e-mail address.");
    }

    @Test
    void anOrganizationsPageShowsItsFactsAndItsStillEmptyTrackRecord() throws Exception {
        // Newly registered: the demo associations gather contracts, grades and complaints as the other tests run.
        Organization association = registry.register(new Organization(new OrganizationId(UUID.randomUUID()), TestCreditCodes.next(),
                "澜江市新设行业协会", "Lanjiang New Trade Association", OrganizationKind.INDUSTRY_ASSOCIATION), Profile.EMPTY);

        String page = mvc.perform(get("/registry/organizations/" + association.id().value()).with(users.as("purchaser"))
                .header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("澜江市新设行业协会").contains("行业协会商会").contains("已核验").contains("id=\"track-record-empty\"")
                .doesNotContain("id=\"edit-profile\"");
    }

    @Test
    void theProfileFormShowsTheRegistrationDateAsADateInputReadsIt() throws Exception {
        UUID association = users.user("provider2").organizationId();
        String date = jdbc.sql("SELECT CAST(registered_on AS VARCHAR(10)) FROM organization WHERE id = :id")
                .param("id", association).query(String.class).single();

        String form = mvc.perform(get("/registry/organizations/" + association + "/profile").with(users.as("provider2")))
                .andReturn().getResponse().getContentAsString();

        assertThat(date).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(form).contains("value=\"" + date + "\"");
    }

    private String field(UUID organization, String column) {
        return jdbc.sql("SELECT COALESCE(" + column + ", '') FROM organization WHERE id = :id").param("id", organization)
                .query(String.class).single();
    }
}
