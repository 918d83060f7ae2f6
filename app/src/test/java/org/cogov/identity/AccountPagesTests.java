package org.cogov.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@DatabaseTest
class AccountPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    @Test
    void aTooShortNewPasswordIsExplainedBesideItsFieldInTheUsersLanguage() throws Exception {
        MvcResult result = mvc.perform(post("/account/password").with(users.as("evaluator")).with(csrf())
                .header("Accept-Language", "en")
                .param("currentPassword", "Lanjiang-demo-2026").param("newPassword", "short")).andReturn();

        String page = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(page).contains("is-invalid").contains("At least 8 characters, please.");
    }

    @Test
    void aWrongCurrentPasswordIsExplainedInChinese() throws Exception {
        MvcResult result = mvc.perform(post("/account/password").with(users.as("evaluator")).with(csrf())
                .header("Accept-Language", "zh-CN")
                .param("currentPassword", "not-my-password").param("newPassword", "a-fine-new-passphrase")).andReturn();

        assertThat(result.getResponse().getContentAsString()).contains("当前密码不正确。");
    }

    @Test
    void aBlankNameIsRefusedWithoutSavingAnything() throws Exception {
        MvcResult result = mvc.perform(post("/account/profile").with(users.as("evaluator")).with(csrf())
                .header("Accept-Language", "en").param("displayName", " ").param("locale", "en")).andReturn();

        assertThat(result.getResponse().getContentAsString()).contains("must not be blank");
        assertThat(users.user("evaluator").displayName()).isEqualTo("郑评估");
    }
}
