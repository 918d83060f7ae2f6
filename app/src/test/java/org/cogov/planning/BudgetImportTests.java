package org.cogov.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.registry.CreditCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The finance bureau's file of approved budget lines: recorded whole, or refused whole with every wrong line. */
@DatabaseTest
class BudgetImportTests {

    private static final String COMMERCE = code("11330100MB0000003");
    private static final String EDUCATION = code("11330100MB0000103");
    private static final String LOGISTICS_ASSOCIATION = code("51330100MJ0000006");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theFinanceBureauImportsAFileWholeAndTheLinesAreApproved() throws Exception {
        String first = PlanningFixtures.freshCode();
        String second = PlanningFixtures.freshCode();

        MvcResult result = importFile("""
                department_credit_code,fiscal_year,code,name,amount
                %s,2027,%s,中小学课后服务购买项目,1800000
                %s,2027,%s,"商贸流通行业统计调查经费（含抽样, 汇总）",800000.50
                """.formatted(EDUCATION, first, COMMERCE, second), "finance");

        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        assertThat(result.getResponse().getContentAsString()).isEqualTo("{\"imported\":2}");
        assertThat(jdbc.sql("SELECT status FROM budget_line WHERE code IN (:codes)").param("codes", java.util.List.of(first, second))
                .query(String.class).list()).containsExactly("APPROVED", "APPROVED");
    }

    @Test
    void aFileWithWrongLinesImportsNothingAndNamesEveryLineAndColumn() throws Exception {
        String good = PlanningFixtures.freshCode();
        String repeated = PlanningFixtures.freshCode();

        MvcResult result = importFile("""
                %s,2027,%s,好的一行,100000
                %s,2027,%s,协会不能持有预算,100000
                %s,2027,%s,金额有误,"1,000"
                %s,2027,%s,重复的一行,100
                %s,2027,%s,重复的一行,100
                """.formatted(EDUCATION, good, LOGISTICS_ASSOCIATION, PlanningFixtures.freshCode(), COMMERCE,
                PlanningFixtures.freshCode(), COMMERCE, repeated, COMMERCE, repeated), "finance");

        String problem = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(problem).contains("\"code\":\"budget-file\"")
                .contains("{\"line\":2,\"field\":\"department_credit_code\"")
                .contains("{\"line\":3,\"field\":\"amount\"")
                .contains("{\"line\":5,\"field\":\"code\"")
                .contains("Nothing was imported");
        assertThat(problem).doesNotContain("\"line\":1,").doesNotContain("\"line\":4,");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM budget_line WHERE code IN (:codes)")
                .param("codes", java.util.List.of(good, repeated)).query(Integer.class).single()).isZero();
    }

    @Test
    void aLineAlreadyInTheBudgetRefusesTheFile() throws Exception {
        String code = PlanningFixtures.freshCode();
        assertThat(importFile(EDUCATION + ",2027," + code + ",课后服务,1000\n", "finance").getResponse().getStatus())
                .isEqualTo(201);

        MvcResult again = importFile(EDUCATION + ",2027," + code + ",课后服务,1000\n", "finance");

        assertThat(again.getResponse().getStatus()).isEqualTo(422);
        assertThat(again.getResponse().getContentAsString()).contains("{\"line\":1,\"field\":\"code\"");
    }

    @Test
    void aPurchaserCannotImport() throws Exception {
        String code = PlanningFixtures.freshCode();

        assertThat(importFile(COMMERCE + ",2027," + code + ",自行导入,1000\n", "purchaser").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM budget_line WHERE code = :code").param("code", code).query(Integer.class)
                .single()).isZero();
    }

    @Test
    void theImportPageReportsEveryWrongLineInTheFinanceBureausLanguage() throws Exception {
        MvcResult result = mvc.perform(multipart("/planning/budgets/import").file(new MockMultipartFile("file", "budget.csv",
                "text/csv", (EDUCATION + ",二〇二七,JY-01,课后服务,1000\n").getBytes(StandardCharsets.UTF_8)))
                .with(users.as("finance")).with(csrf()).header("Accept-Language", "zh-CN")).andReturn();

        assertThat(result.getResponse().getContentAsString()).contains("id=\"import-problems\"").contains("第 1 行，fiscal_year")
                .contains("未导入任何内容");
    }

    private MvcResult importFile(String file, String username) throws Exception {
        return mvc.perform(post("/api/v1/budget-lines/import").with(users.as(username)).with(csrf()).contentType("text/csv")
                .header("Accept-Language", "en").characterEncoding(StandardCharsets.UTF_8).content(file.getBytes(StandardCharsets.UTF_8))).andReturn();
    }

    private static String code(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }
}
