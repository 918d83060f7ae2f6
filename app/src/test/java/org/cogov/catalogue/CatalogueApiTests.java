package org.cogov.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@DatabaseTest
class CatalogueApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void labourDispatchForTheBureausOwnStaffIsRefusedAsItemFive() throws Exception {
        mvc.perform(check("030701", "SERVICE", "forOwnStaff", "为商务局窗口岗位劳务派遣工作人员", "2026-06-01")
                        .with(users.as("purchaser")).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.purchasable").value(false))
                .andExpect(jsonPath("$.reasons", hasSize(1)))
                .andExpect(jsonPath("$.reasons[0].negativeItem").value(5))
                .andExpect(jsonPath("$.reasons[0].legalBasis").value("MoF Order No. 102, Art. 10 (5)"))
                .andExpect(jsonPath("$.reasons[0].message", containsString("labour dispatch for its own staff")));
    }

    @Test
    void goodsAreRefusedAsItemThreeWithTheReasonInChinese() throws Exception {
        mvc.perform(check("030101", "GOODS", null, null, "2026-06-01").with(users.as("purchaser")).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.purchasable").value(false))
                .andExpect(jsonPath("$.reasons[0].negativeItem").value(3))
                .andExpect(jsonPath("$.reasons[0].message", containsString("财政部令第102号")));
    }

    @Test
    void aSeededItemIsPurchasable() throws Exception {
        mvc.perform(check("030201", "SERVICE", null, "起草物流行业团体标准", "2026-06-01").with(users.as("purchaser")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.purchasable").value(true))
                .andExpect(jsonPath("$.reasons", hasSize(0)));
    }

    @Test
    void financeAddsAnItemThatIsRefusedUntilItComesIntoForce() throws Exception {
        String code = freshCode("040301");
        mvc.perform(post("/api/v1/catalogue/items").with(users.as("finance")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"nameZh\":\"低空物流技术推广\",\"nameEn\":\"Extending low-altitude logistics\","
                                + "\"description\":null,\"effectiveFrom\":\"2027-01-01\",\"excludedAs\":null}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.parentCode").value("040301"));

        mvc.perform(check(code, "SERVICE", null, null, "2026-12-31").with(users.as("purchaser")))
                .andExpect(jsonPath("$.purchasable").value(false))
                .andExpect(jsonPath("$.reasons[0].code").value("catalogue.reason.not-effective"));
        mvc.perform(check(code, "SERVICE", null, null, "2027-01-01").with(users.as("purchaser")))
                .andExpect(jsonPath("$.purchasable").value(true));
        assertThat(audited("catalogue.item.created", code)).isEqualTo(1);
    }

    @Test
    void financeRenamesAndClosesAnItemWhichStaysInTheCatalogue() throws Exception {
        String code = created(freshCode("040301"));
        mvc.perform(put("/api/v1/catalogue/items/" + code).with(users.as("finance")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameZh\":\"新名称\",\"nameEn\":\"New name\",\"description\":\"why\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameZh").value("新名称"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/catalogue/items/" + code).with(users.as("finance")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameZh\":\"再改\",\"nameEn\":\"Again\",\"description\":null,\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/catalogue/items/" + code + "/close").with(users.as("finance")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"effectiveTo\":\"2025-12-31\",\"version\":1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.effectiveTo").value("2025-12-31"));

        mvc.perform(get("/api/v1/catalogue/items/" + code).with(users.as("provider")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.inForce").value(false));
        mvc.perform(check(code, "SERVICE", null, null, "2026-01-01").with(users.as("purchaser")))
                .andExpect(jsonPath("$.reasons[0].code").value("catalogue.reason.not-effective"));
        assertThat(audited("catalogue.item.updated", code)).isEqualTo(1);
        assertThat(audited("catalogue.item.closed", code)).isEqualTo(1);
    }

    @Test
    void closingACategoryClosesTheItemsUnderIt() throws Exception {
        String category = created(freshCode("0403"));
        String item = created(category + "01");
        int version = jdbc.sql("SELECT version FROM catalogue_item WHERE code = :c").param("c", category).query(Integer.class).single();
        mvc.perform(post("/api/v1/catalogue/items/" + category + "/close").with(users.as("finance")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"effectiveTo\":\"2025-06-30\",\"version\":" + version + "}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/catalogue/items/" + item).with(users.as("purchaser")))
                .andExpect(jsonPath("$.effectiveTo").value("2025-06-30"));
    }

    @Test
    void aProvidersAttemptToEditIsRefusedAndRecorded() throws Exception {
        long before = users.refusalsOf("provider");
        mvc.perform(put("/api/v1/catalogue/items/030101").with(users.as("provider")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameZh\":\"改名\",\"nameEn\":\"Renamed\",\"description\":null,\"version\":0}"))
                .andExpect(status().isForbidden());

        assertThat(users.refusalsOf("provider")).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT name_zh FROM catalogue_item WHERE code = '030101'").query(String.class).single())
                .isEqualTo("行业统计调查");
    }

    @Test
    void anItemNeedsAnExistingCategoryAndANewCode() throws Exception {
        mvc.perform(post("/api/v1/catalogue/items").with(users.as("finance")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"779901\",\"nameZh\":\"无上级\",\"nameEn\":\"Orphan\",\"description\":null,"
                                + "\"effectiveFrom\":\"2026-01-01\",\"excludedAs\":null}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/catalogue/items").with(users.as("finance")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"030101\",\"nameZh\":\"重复\",\"nameEn\":\"Duplicate\",\"description\":null,"
                                + "\"effectiveFrom\":\"2026-01-01\",\"excludedAs\":null}"))
                .andExpect(status().isConflict());
    }

    @Test
    void financeRewordsANegativeListItem() throws Exception {
        var item = jdbc.sql("SELECT text_zh, text_en, legal_basis_zh, legal_basis_en, version FROM negative_list_item WHERE item_number = 4")
                .query().singleRow();
        mvc.perform(put("/api/v1/catalogue/negative-list/4").with(users.as("finance")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"textZh\":\"" + item.get("text_zh") + "\",\"textEn\":\"Financing of any kind\",\"legalBasisZh\":\""
                                + item.get("legal_basis_zh") + "\",\"legalBasisEn\":\"" + item.get("legal_basis_en")
                                + "\",\"version\":" + item.get("version") + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.textEn").value("Financing of any kind"));

        assertThat(audited("catalogue.negative.updated", "4")).isGreaterThanOrEqualTo(1);
        mvc.perform(put("/api/v1/catalogue/negative-list/4").with(users.as("purchaser")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"textZh\":\"x\",\"textEn\":\"x\",\"legalBasisZh\":\"x\",\"legalBasisEn\":\"x\",\"version\":0}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theTreeHasTheFiveTopLevelCategories() throws Exception {
        mvc.perform(get("/api/v1/catalogue/tree").with(users.as("provider")).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].item.code", org.hamcrest.Matchers.hasItems("01", "02", "03", "04", "05")))
                .andExpect(jsonPath("$[2].item.name").value("Industry management and coordination services"))
                .andExpect(jsonPath("$[2].children[0].children[0].item.code").value("030101"));
        mvc.perform(get("/api/v1/catalogue/negative-list").with(users.as("provider")))
                .andExpect(jsonPath("$", hasSize(6)));
    }

    @Test
    void theSeededCatalogueIsATreeOfServicesWhoseFirstTwoDigitsNameTheCategory() {
        var rows = jdbc.sql("SELECT code, parent_code, kind FROM catalogue_item WHERE created_at < :release")
                .param("release", java.time.OffsetDateTime.parse("2020-03-02T00:00:00+08:00")).query().listOfRows();

        assertThat(rows).hasSizeGreaterThan(50);
        assertThat(rows).extracting(r -> ((String) r.get("code")).substring(0, 2)).containsOnly("01", "02", "03", "04", "05");
        assertThat(rows).allSatisfy(r -> {
            String code = (String) r.get("code");
            assertThat(r.get("kind")).isEqualTo("SERVICE");
            assertThat(r.get("parent_code")).isEqualTo(code.length() == 2 ? null : code.substring(0, code.length() - 2));
        });
        assertThat(jdbc.sql("SELECT legal_basis_zh FROM negative_list_item ORDER BY item_number").query(String.class).list())
                .hasSize(6).allSatisfy(basis -> assertThat(basis).contains("财政部令第102号", "第十条"));
    }

    @Test
    void thePagesShowTheCatalogueInTheReadersLanguage() throws Exception {
        mvc.perform(get("/catalogue").with(users.as("purchaser")).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()).andExpect(content().string(containsString("行业标准制修订")));
        mvc.perform(get("/catalogue").with(users.as("provider2")).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Standards drafting and revision")));
        mvc.perform(get("/catalogue/items/0302").with(users.as("finance")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("rename-form")));
        mvc.perform(get("/catalogue/items/0302").with(users.as("purchaser")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(containsString("rename-form"))));
        mvc.perform(get("/catalogue/negative-list").with(users.as("purchaser")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("财政部令第102号")));
        mvc.perform(post("/catalogue/check").with(users.as("purchaser")).with(csrf()).locale(Locale.ENGLISH)
                        .param("lang", "en").param("itemCode", "030701").param("subjectKind", "SERVICE").param("forOwnStaff", "true")
                        .param("date", "2026-06-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Negative-list item 5")));
    }

    @Test
    void financeAddsRenamesAndClosesThroughThePages() throws Exception {
        String code = freshCode("040201");
        mvc.perform(post("/catalogue/items/new").with(users.as("finance")).with(csrf())
                        .param("code", code).param("nameZh", "数据安全运维").param("nameEn", "Data security operations")
                        .param("effectiveFrom", "2026-01-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/catalogue/items/" + code).with(users.as("finance")).with(csrf())
                        .param("nameZh", "数据安全运行维护").param("nameEn", "Data security operations").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/catalogue/items/" + code + "/close").with(users.as("finance")).with(csrf())
                        .param("effectiveTo", "2025-01-01").param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("close-form")));
        mvc.perform(post("/catalogue/items/" + code + "/close").with(users.as("finance")).with(csrf())
                        .param("effectiveTo", "2026-12-31").param("version", "1"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT effective_to FROM catalogue_item WHERE code = :c").param("c", code)
                .query(java.time.LocalDate.class).single()).isEqualTo("2026-12-31");
    }

    private MockHttpServletRequestBuilder check(String code, String kind, String flag, String description, String date) {
        String body = "{\"itemCode\":" + (code == null ? "null" : "\"" + code + "\"") + ",\"subjectKind\":\"" + kind + "\","
                + "\"outsideDuties\":false,\"coreFunction\":false,\"financing\":false,\"forOwnStaff\":false,"
                + "\"description\":" + (description == null ? "null" : "\"" + description + "\"") + ",\"date\":\"" + date + "\"}";
        if (flag != null) {
            body = body.replace("\"" + flag + "\":false", "\"" + flag + "\":true");
        }
        return post("/api/v1/catalogue/check").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String created(String code) throws Exception {
        mvc.perform(post("/api/v1/catalogue/items").with(users.as("finance")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"nameZh\":\"测试条目\",\"nameEn\":\"Test item\",\"description\":null,"
                                + "\"effectiveFrom\":\"2024-01-01\",\"excludedAs\":null}"))
                .andExpect(status().isCreated());
        return code;
    }

    /** A child code of {@code parent} that no item has yet, so that tests sharing the database never collide. */
    private String freshCode(String parent) {
        int last = jdbc.sql("SELECT code FROM catalogue_item WHERE parent_code = :p").param("p", parent).query(String.class)
                .list().stream().mapToInt(c -> Integer.parseInt(c.substring(parent.length()))).max().orElse(10);
        return parent + String.format("%02d", last + 1);
    }

    private long audited(String action, String objectId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :a AND object_id = :o AND outcome = 'DONE'")
                .param("a", action).param("o", objectId).query(Long.class).single();
    }
}
