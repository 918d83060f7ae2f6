package org.cogov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestCreditCodes;
import org.cogov.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@DatabaseTest
class OrganizationImportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theRegistrarImportsAFileWhole() throws Exception {
        String first = code();
        String second = code();

        MvcResult result = importFile("""
                %s,INDUSTRY_ASSOCIATION,澜江市导入协会甲,Imported Association A,钱一,澜江市民政局,2015-06-01
                %s,FOUNDATION,澜江市导入基金会,Imported Foundation
                """.formatted(first, second), "registrar");

        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        assertThat(result.getResponse().getContentAsString()).isEqualTo("{\"imported\":2}");
        assertThat(count(first) + count(second)).isEqualTo(2);
    }

    @Test
    void aFileWithOneWrongLineImportsNothingAndNamesTheLine() throws Exception {
        String good = code();

        MvcResult result = importFile("""
                %s,INDUSTRY_ASSOCIATION,澜江市好行协会,Good Line Association
                51330100MJ000000X,INDUSTRY_ASSOCIATION,坏行,Bad Line
                """.formatted(good), "registrar");

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains("{\"line\":2,\"field\":\"credit_code\"").contains("Nothing was imported");
        assertThat(count(good)).isZero();
    }

    @Test
    void aProviderCannotImport() throws Exception {
        String code = code();

        MvcResult result = importFile(code + ",INDUSTRY_ASSOCIATION,偷偷导入,Sneaked In\n", "provider");

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(count(code)).isZero();
    }

    @Test
    void theImportPageReportsEveryWrongLineInTheRegistrarsLanguage() throws Exception {
        MvcResult result = mvc.perform(multipart("/registry/import").file(new MockMultipartFile("file", "orgs.csv", "text/csv",
                "51330100MJ000000X,INDUSTRY_ASSOCIATION,坏行,Bad Line\n".getBytes(StandardCharsets.UTF_8)))
                .with(users.as("registrar")).with(csrf()).header("Accept-Language", "zh-CN")).andReturn();

        assertThat(result.getResponse().getContentAsString()).contains("id=\"import-problems\"").contains("第 1 行，credit_code");
    }

    private MvcResult importFile(String file, String username) throws Exception {
        return mvc.perform(post("/api/v1/organizations/import").with(users.as(username)).with(csrf())
                .header("Accept-Language", "en").contentType("text/csv").content(file)).andReturn();
    }

    private long count(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM organization WHERE credit_code = :c").param("c", code).query(Long.class).single();
    }

    private static String code() {
        return TestCreditCodes.next();
    }
}
