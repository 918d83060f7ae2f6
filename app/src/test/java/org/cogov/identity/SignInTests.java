package org.cogov.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.cogov.Browser;
import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.registry.Registry;
import org.cogov.shared.time.SettableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@DatabaseTest
class SignInTests {

    private static final String PASSWORD = "a-long-enough-passphrase";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserProvisioning provisioning;
    @Autowired
    Registry registry;
    @Autowired
    SettableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers users;

    @Test
    void aPurchaserSignsInWithThePasswordAloneAndTheSessionIdChanges() throws Exception {
        String username = newUser(Role.PURCHASER, null);
        Browser browser = browser();
        browser.perform(get("/login"));
        String before = browser.session();

        MvcResult result = logIn(browser, username, PASSWORD);

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(browser.session()).isNotEmpty().isNotEqualTo(before);
        assertThat(browser.perform(get("/account")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsRefusedAndRecorded() throws Exception {
        String username = newUser(Role.PURCHASER, null);
        long before = failures(username);

        MvcResult result = logIn(browser(), username, "not-the-password");

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(failures(username)).isEqualTo(before + 1);
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutes() throws Exception {
        String username = newUser(Role.PURCHASER, null);
        Browser browser = browser();
        for (int i = 0; i < 5; i++) {
            logIn(browser, username, "wrong-" + i);
        }

        assertThat(logIn(browser, username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(logIn(browser(), username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void anAddressWithTooManyFailuresIsRefusedEvenWithTheRightPassword() throws Exception {
        String username = newUser(Role.PURCHASER, null);
        Browser attacker = browser();
        for (int i = 0; i < 30; i++) {
            logIn(attacker, "nobody-" + i, "guess");
        }

        assertThat(logIn(attacker, username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(logIn(browser(), username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void anAccountWithASecondFactorGetsNothingButTheCodePageUntilTheCodeIsGiven() throws Exception {
        String secret = Base32.encode(UUID.randomUUID().toString().getBytes());
        String username = newUser(Role.FINANCE, secret);
        Browser browser = browser();

        assertThat(logIn(browser, username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor");
        assertThat(browser.perform(get("/account")).getResponse().getRedirectedUrl()).endsWith("/login/second-factor");
        assertThat(browser.perform(get("/api/v1/account")).getResponse().getStatus()).isEqualTo(403);

        String session = browser.session();
        MvcResult done = browser.perform(post("/login/second-factor").param("code", code(secret)).with(csrf()));

        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(browser.session()).isNotEqualTo(session);
        assertThat(browser.perform(get("/account")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aWrongCodeIsRefusedAndCountsTowardsTheLock() throws Exception {
        String secret = Base32.encode(UUID.randomUUID().toString().getBytes());
        String username = newUser(Role.FINANCE, secret);
        Browser browser = browser();
        logIn(browser, username, PASSWORD);
        long before = failures(username);

        MvcResult wrong = browser.perform(post("/login/second-factor").param("code", "000000").with(csrf()));

        assertThat(wrong.getResponse().getStatus()).isEqualTo(200);
        assertThat(wrong.getResponse().getContentAsString()).contains("code-error");
        assertThat(failures(username)).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT failed_logins FROM app_user WHERE username = :u").param("u", username)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aCodeCannotBeUsedTwice() throws Exception {
        String secret = Base32.encode(UUID.randomUUID().toString().getBytes());
        String username = newUser(Role.FINANCE, secret);
        String code = code(secret);
        Browser first = browser();
        logIn(first, username, PASSWORD);
        first.perform(post("/login/second-factor").param("code", code).with(csrf()));

        Browser second = browser();
        logIn(second, username, PASSWORD);
        MvcResult replay = second.perform(post("/login/second-factor").param("code", code).with(csrf()));

        assertThat(replay.getResponse().getContentAsString()).contains("code-error");
    }

    @Test
    void aRoleThatRequiresASecondFactorMustEnrolOneAtFirstSignIn() throws Exception {
        String username = newUser(Role.FINANCE, null);
        Browser browser = browser();

        assertThat(logIn(browser, username, PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/login/second-factor/enrol");
        MvcResult page = browser.perform(get("/login/second-factor/enrol"));
        String secret = page.getResponse().getContentAsString().replaceAll("(?s).*id=\"totp-secret\">([A-Z2-7]+)<.*", "$1");
        assertThat(page.getResponse().getContentAsString()).contains("<svg");

        MvcResult done = browser.perform(post("/login/second-factor/enrol").param("code", code(secret)).with(csrf()));

        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(jdbc.sql("SELECT totp_secret FROM app_user WHERE username = :u").param("u", username)
                .query(String.class).single()).startsWith("A256GCM:").doesNotContain(secret);
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        String username = newUser(Role.PURCHASER, null);
        Browser browser = browser();
        logIn(browser, username, PASSWORD);

        MvcResult out = browser.perform(post("/logout").with(csrf()));

        assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("/login?logout");
        assertThat(browser.perform(get("/account")).getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void disablingAnAccountEndsItsSessionsAtOnce() throws Exception {
        String username = newUser(Role.PURCHASER, null);
        Browser browser = browser();
        logIn(browser, username, PASSWORD);
        UUID id = users.user(username).userId();
        int version = jdbc.sql("SELECT version FROM app_user WHERE id = :id").param("id", id).query(Integer.class).single();

        mvc.perform(put("/api/v1/users/" + id).with(users.as("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\":\"gone\",\"email\":null,\"enabled\":false,\"version\":" + version + "}"));

        assertThat(browser.perform(get("/account")).getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(logIn(browser(), username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void changingTheRolesOfAUserEndsItsSessionsSoTheNewRolesApplyAtOnce() throws Exception {
        String username = newUser(Role.PURCHASER, null);
        Browser browser = browser();
        logIn(browser, username, PASSWORD);

        mvc.perform(put("/api/v1/users/" + users.user(username).userId() + "/roles").with(users.as("admin")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"EXPERT\"]}"));

        assertThat(browser.perform(get("/account")).getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        String username = newUser(Role.PURCHASER, null);
        Browser here = browser();
        Browser elsewhere = browser();
        logIn(here, username, PASSWORD);
        logIn(elsewhere, username, PASSWORD);

        here.perform(post("/account/password").with(csrf()).param("currentPassword", PASSWORD)
                .param("newPassword", "another-long-passphrase"));

        assertThat(here.perform(get("/account")).getResponse().getStatus()).isEqualTo(200);
        assertThat(elsewhere.perform(get("/account")).getResponse().getRedirectedUrl()).endsWith("/login");
    }

    private MvcResult logIn(Browser browser, String username, String password) throws Exception {
        return browser.perform(post("/login").param("username", username).param("password", password).with(csrf()));
    }

    private String code(String secret) {
        return Totp.code(Base32.decode(secret), Totp.step(clock.instant()));
    }

    private Browser browser() {
        return new Browser(mvc, "10.1." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1));
    }

    private long failures(String username) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM audit_entry e JOIN app_user u ON u.id = e.actor_id
                WHERE u.username = :u AND e.action = 'identity.login.failed' AND e.outcome = 'REFUSED'
                """).param("u", username).query(Long.class).single();
    }

    private String newUser(Role role, String totpSecret) {
        String kind = role == Role.FINANCE ? "finance" : "purchaser";
        UUID organization = jdbc.sql("SELECT organization_id FROM app_user WHERE username = :u").param("u", kind)
                .query(UUID.class).single();
        String username = "t" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.provision(organization, username, "Test " + username, PASSWORD, Set.of(role), "zh-CN", totpSecret);
        return username;
    }
}
