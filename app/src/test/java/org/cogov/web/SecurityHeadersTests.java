package org.cogov.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
class SecurityHeadersTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    @ParameterizedTest
    @ValueSource(strings = { "/", "/login", "/api/v1/account", "/no-such-page", "/css/cogov.css" })
    void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();

        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Permissions-Policy")).contains("camera=()");
    }

    @ParameterizedTest
    @ValueSource(strings = { "zh-CN", "en" })
    void anUnknownPageIsAReadablePageInTheCallersLanguageWithoutAStackTrace(String language) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/no-such-page")
                .with(users.as("purchaser"))
                .header("Accept-Language", language)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).contains(language.equals("en") ? "Not found" : "未找到")
                .doesNotContain("Exception").doesNotContain("at org.");
    }
}
