package org.cogov.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.shared.Sha256;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DatabaseTest
class ApiTokenTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenActsAsItsUserWithoutSessionOrCsrf() throws Exception {
        JsonNode created = create("registrar", "nightly import");
        String secret = created.path("secret").asString();

        MvcResult me = mvc.perform(get("/api/v1/account").header("Authorization", "Bearer " + secret)).andReturn();

        assertThat(me.getResponse().getStatus()).isEqualTo(200);
        assertThat(me.getResponse().getContentAsString()).contains("\"username\":\"registrar\"");
        assertThat(me.getResponse().getCookie("SESSION")).isNull();
    }

    @Test
    void onlyTheTokensHashIsKept() throws Exception {
        JsonNode created = create("registrar", "hash check");
        String secret = created.path("secret").asString();

        String stored = jdbc.sql("SELECT token_hash FROM api_token WHERE id = :id")
                .param("id", java.util.UUID.fromString(created.path("token").path("id").asString())).query(String.class).single();

        assertThat(stored).isEqualTo(Sha256.hex(secret)).doesNotContain(secret);
        assertThat(mvc.perform(get("/api/v1/account/tokens").with(users.as("registrar"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain(secret);
    }

    @Test
    void aRevokedTokenNoLongerAuthenticates() throws Exception {
        JsonNode created = create("auditor", "short-lived");
        String secret = created.path("secret").asString();

        mvc.perform(delete("/api/v1/account/tokens/" + created.path("token").path("id").asString())
                .with(users.as("auditor")).with(csrf()));
        MvcResult after = mvc.perform(get("/api/v1/account").header("Authorization", "Bearer " + secret)).andReturn();

        assertThat(after.getResponse().getStatus()).isEqualTo(401);
        assertThat(after.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(after.getResponse().getHeader("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void anUnknownTokenIsRefusedAndNeverTakenForAnAnonymousCaller() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/account").header("Authorization", "Bearer cgv_invented")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void anAnonymousApiCallerGetsAProblemNotTheLoginPage() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/users").header("Accept-Language", "en")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(401);
        assertThat(result.getResponse().getContentAsString()).contains("Not signed in");
    }

    private JsonNode create(String username, String name) throws Exception {
        return JSON.readTree(mvc.perform(post("/api/v1/account/tokens").with(users.as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + name + "\"}")).andReturn().getResponse()
                .getContentAsString());
    }
}
