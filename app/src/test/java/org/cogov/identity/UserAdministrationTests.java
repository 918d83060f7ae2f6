package org.cogov.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@DatabaseTest
class UserAdministrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aProviderCannotChangeAnotherOrganizationsUserThroughTheApi() throws Exception {
        UUID other = users.user("provider2").userId();
        String nameBefore = displayName(other);
        long refusals = users.refusalsOf("provider");

        MvcResult result = mvc.perform(put("/api/v1/users/" + other).with(users.as("provider")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\":\"taken over\",\"email\":null,\"enabled\":false,\"version\":0}")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(displayName(other)).isEqualTo(nameBefore);
        assertThat(users.refusalsOf("provider")).isEqualTo(refusals + 1);
        assertThat(lastRefusalOf("provider")).isEqualTo("identity.user.update user " + other);
    }

    @Test
    void aProviderCannotChangeAnotherOrganizationsUserThroughThePage() throws Exception {
        UUID other = users.user("provider2").userId();
        String nameBefore = displayName(other);
        long refusals = users.refusalsOf("provider");

        MvcResult result = mvc.perform(post("/admin/users/" + other).with(users.as("provider")).with(csrf())
                .param("displayName", "taken over").param("enabled", "false").param("version", "0")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(result.getResponse().getContentAsString()).contains("id=\"problem\"").doesNotContain("Exception");
        assertThat(displayName(other)).isEqualTo(nameBefore);
        assertThat(users.refusalsOf("provider")).isEqualTo(refusals + 1);
    }

    @Test
    void anAdministratorCannotGrantItselfARole() throws Exception {
        UUID admin = users.user("admin").userId();

        MvcResult result = mvc.perform(put("/api/v1/users/" + admin + "/roles").with(users.as("admin")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"ADMIN\",\"AUDITOR\"]}")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(lastRefusalOf("admin")).isEqualTo("identity.role.grant-self user " + admin);
        assertThat(roles(admin)).isEqualTo("ADMIN");
    }

    @Test
    void aDepartmentsOfficialCannotBeMadeAProvider() throws Exception {
        UUID purchaser = users.user("purchaser").userId();

        MvcResult result = mvc.perform(put("/api/v1/users/" + purchaser + "/roles").with(users.as("admin")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"PROVIDER\"]}")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains("\"field\":\"roles\"");
        assertThat(roles(purchaser)).isEqualTo("PURCHASER");
    }

    @Test
    void anAdministratorCreatesAUserWhosePasswordFollowsThePolicy() throws Exception {
        UUID association = users.user("provider").organizationId();
        String username = "new" + UUID.randomUUID().toString().substring(0, 6);

        MvcResult common = mvc.perform(post("/api/v1/users").with(users.as("admin")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(newUser(username, association, "password123"))).andReturn();
        MvcResult good = mvc.perform(post("/api/v1/users").with(users.as("admin")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(newUser(username, association, "blue-kettle-on-the-Lan-river")))
                .andReturn();

        assertThat(common.getResponse().getStatus()).isEqualTo(422);
        assertThat(common.getResponse().getContentAsString()).contains("\"field\":\"password\"");
        assertThat(good.getResponse().getStatus()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT password_hash FROM app_user WHERE username = :u").param("u", username)
                .query(String.class).single()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefusedAsAConflict() throws Exception {
        UUID expert = users.user("expert").userId();
        int version = jdbc.sql("SELECT version FROM app_user WHERE id = :id").param("id", expert).query(Integer.class).single();

        MvcResult result = mvc.perform(put("/api/v1/users/" + expert).with(users.as("admin")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\":\"吴教授\",\"email\":null,\"enabled\":true,\"version\":" + (version - 1) + "}"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(409);
    }

    private static String newUser(String username, UUID organization, String password) {
        return """
                {"username":"%s","displayName":"新用户","email":"new@example.cn","organizationId":"%s",
                 "roles":["PROVIDER"],"password":"%s","locale":"zh-CN"}""".formatted(username, organization, password);
    }

    private String displayName(UUID id) {
        return jdbc.sql("SELECT display_name FROM app_user WHERE id = :id").param("id", id).query(String.class).single();
    }

    private String roles(UUID id) {
        return String.join(",", jdbc.sql("SELECT role FROM user_role WHERE user_id = :id ORDER BY role").param("id", id)
                .query(String.class).list());
    }

    private String lastRefusalOf(String username) {
        return jdbc.sql("""
                SELECT e.action || ' ' || e.object_type || ' ' || e.object_id FROM audit_entry e
                JOIN app_user u ON u.id = e.actor_id
                WHERE u.username = :u AND e.outcome = 'REFUSED' ORDER BY e.seq DESC LIMIT 1
                """).param("u", username).query(String.class).single();
    }
}
