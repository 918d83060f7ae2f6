package org.cogov.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.cogov.Browser;
import org.cogov.DatabaseTest;
import org.cogov.TestCreditCodes;
import org.cogov.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@DatabaseTest
class ProviderRegistrationTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private static final String PASSWORD = "river-lantern-seventeen";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers users;

    @Test
    void anAssociationRegistersItselfWithItsFirstUserAndWaitsForVerification() throws Exception {
        String code = TestCreditCodes.next();
        String username = "assoc" + code.substring(10, 16).toLowerCase();
        Browser browser = browser();

        MvcResult result = browser.perform(application(code, "INDUSTRY_ASSOCIATION", username));

        assertThat(result.getResponse().getContentAsString()).contains("id=\"registered\"");
        assertThat(status(code)).isEqualTo("PENDING");
        assertThat(browser.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
                .getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(browser.perform(get("/registry/organizations/mine")).getResponse().getRedirectedUrl())
                .isEqualTo("/registry/organizations/" + organizationOf(code));
    }

    @Test
    void aCreditCodeWithAWrongCheckCharacterIsRefusedAndNothingIsRecorded() throws Exception {
        String code = TestCreditCodes.next();
        String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');

        MvcResult result = browser().perform(application(wrong, "INDUSTRY_ASSOCIATION", "w" + code.substring(10, 16)));

        assertThat(result.getResponse().getContentAsString()).contains("is-invalid").doesNotContain("id=\"registered\"");
        assertThat(count("SELECT COUNT(*) FROM organization WHERE credit_code = :c", wrong)).isZero();
    }

    @Test
    void aDepartmentCannotRegisterAsAProviderAndNoUserIsLeftBehind() throws Exception {
        String code = TestCreditCodes.next();
        String username = "dept" + code.substring(10, 16).toLowerCase();

        browser().perform(application(code, "DEPARTMENT", username));

        assertThat(count("SELECT COUNT(*) FROM organization WHERE credit_code = :c", code)).isZero();
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE username = :c", username)).isZero();
    }

    @Test
    void aCreditCodeAlreadyInTheRegistryIsRefused() throws Exception {
        String taken = jdbc.sql("SELECT credit_code FROM organization WHERE name_zh = '澜江市物流行业协会'")
                .query(String.class).single();

        MvcResult result = browser().perform(application(taken, "INDUSTRY_ASSOCIATION", "dup" + UUID.randomUUID()
                .toString().substring(0, 5)));

        assertThat(result.getResponse().getContentAsString()).contains(taken).doesNotContain("id=\"registered\"");
    }

    @Test
    void theRegistrarVerifiesARegistrationOnceAndOnlyOnce() throws Exception {
        String code = TestCreditCodes.next();
        browser().perform(application(code, "SOCIAL_SERVICE_AGENCY", "ssa" + code.substring(10, 16).toLowerCase()));

        MvcResult first = decide(code, "{\"decision\":\"VERIFIED\",\"reason\":\"documents checked\"}");
        MvcResult second = decide(code, "{\"decision\":\"REJECTED\",\"reason\":\"changed my mind\"}");

        assertThat(first.getResponse().getStatus()).isEqualTo(204);
        assertThat(second.getResponse().getStatus()).isEqualTo(409);
        assertThat(status(code)).isEqualTo("VERIFIED");
    }

    @Test
    void aRejectionMustSayWhy() throws Exception {
        String code = TestCreditCodes.next();
        browser().perform(application(code, "FOUNDATION", "fdn" + code.substring(10, 16).toLowerCase()));

        MvcResult result = decide(code, "{\"decision\":\"REJECTED\",\"reason\":\" \"}");

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(status(code)).isEqualTo("PENDING");
    }

    @Test
    void oneAddressMayRegisterOnlySoManyTimesAnHour() throws Exception {
        Browser flood = browser();
        for (int i = 0; i < ProviderRegistration.PER_ADDRESS_AND_HOUR; i++) {
            flood.perform(application("not-a-code", "INDUSTRY_ASSOCIATION", "flood" + i));
        }
        String code = TestCreditCodes.next();

        MvcResult refused = flood.perform(application(code, "INDUSTRY_ASSOCIATION", "late" + code.substring(10, 16)));

        assertThat(refused.getResponse().getContentAsString()).doesNotContain("id=\"registered\"");
        assertThat(count("SELECT COUNT(*) FROM organization WHERE credit_code = :c", code)).isZero();
    }

    private MockHttpServletRequestBuilder application(String code, String kind, String username) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        return post("/register").with(csrf()).param("creditCode", code).param("kind", kind)
                .param("nameZh", "澜江市测试协会" + suffix).param("nameEn", "Test Association " + suffix)
                .param("username", username).param("displayName", "测试秘书长").param("password", PASSWORD);
    }

    private MvcResult decide(String code, String body) throws Exception {
        return mvc.perform(post("/api/v1/organizations/" + organizationOf(code) + "/registration-decision")
                .with(users.as("registrar")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
    }

    private String status(String code) {
        return jdbc.sql("SELECT registration_status FROM organization WHERE credit_code = :c").param("c", code)
                .query(String.class).single();
    }

    private UUID organizationOf(String code) {
        return jdbc.sql("SELECT id FROM organization WHERE credit_code = :c").param("c", code).query(UUID.class).single();
    }

    private long count(String sql, String value) {
        return jdbc.sql(sql).param("c", value).query(Long.class).single();
    }

    private Browser browser() {
        return new Browser(mvc, "10.3." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1));
    }
}
