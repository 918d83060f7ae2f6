package org.cogov.performance.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.contracting.ContractId;
import org.cogov.performance.Satisfaction;
import org.cogov.contracting.SignedContracts;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A contract's beneficiary satisfaction survey: the purchaser issues tokens, each answers once without an account, a
 * survey below its minimum sample gives no score and says so, a closed survey takes no answer, another department and the
 * provider see nothing of it, and the database holds the tokens' hashes only — each scenario on a contract of its own.
 */
@DatabaseTest
class SurveyTests {

    private static final List<String> SCENARIOS = List.of("flow", "sample", "closed", "access", "web", "draft");
    private static Map<String, ContractId> contracts;

    @Autowired
    Surveys surveys;
    @Autowired
    SurveyResults results;
    @Autowired
    TestUsers users;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void aTokenAnswersOnceAndAnUnknownTokenNever() {
        ContractId id = contract("flow");
        Surveys.Issued issued = surveys.issue(purchaser(), id, 3, null);
        assertThat(issued.tokens()).hasSize(3).doesNotHaveDuplicates();

        surveys.answer(issued.tokens().get(0), 5, "  社区服务很及时  ");

        assertThatThrownBy(() -> surveys.answer(issued.tokens().get(0), 1, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
                    assertThat(v.messageKey()).isEqualTo("performance.survey.token-used");
                });
        assertThatThrownBy(() -> surveys.answer(SurveyToken.issue(new java.security.SecureRandom()), 5, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
                    assertThat(v.messageKey()).isEqualTo("performance.survey.token-unknown");
                });
        assertThatThrownBy(() -> surveys.answer("not a token at all", 5, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND));
        Satisfaction s = results.satisfaction(id).orElseThrow();
        assertThat(s.answers()).isEqualTo(1);
        assertThat(s.satisfied()).isEqualTo(1);
        assertThat(s.comments()).containsExactly("社区服务很及时");
        assertThat(auditEntries("performance.survey.answered")).isPositive();
    }

    @Test
    void aSurveyBelowTheMinimumSampleGivesNoScoreAndSaysSo() {
        ContractId id = contract("sample");
        Surveys.Issued issued = surveys.issue(purchaser(), id, 4, null);
        surveys.answer(issued.tokens().get(0), 5, null);
        surveys.answer(issued.tokens().get(1), 2, "等待时间太长");
        // "Cannot say" is an answer, not a valid one.
        surveys.answer(issued.tokens().get(2), null, "不了解");

        Satisfaction s = results.satisfaction(id).orElseThrow();
        assertThat(s.answers()).isEqualTo(3);
        assertThat(s.valid()).isEqualTo(2);
        assertThat(s.satisfied()).isEqualTo(1);
        assertThat(s.minimumSample()).isEqualTo(30);
        assertThat(s.satisfiedFrom()).isEqualTo(4);
        assertThat(s.enough()).isFalse();
        assertThat(s.points(BigDecimal.TEN)).isEmpty();
        assertThat(s.missing()).isEqualTo(28);

        // The survey keeps the settings it was opened with; here, a sample of 2 reached: 1 of 2 satisfied is 5 of 10 points.
        jdbc.sql("UPDATE satisfaction_survey SET minimum_sample = 2 WHERE id = :id").param("id", issued.survey()).update();
        assertThat(results.satisfaction(id).orElseThrow().points(BigDecimal.TEN)).contains(new BigDecimal("5.0000"));
    }

    @Test
    void aClosedSurveyTakesNoAnswerAndTheEvaluationsClosingIsIdempotent() {
        ContractId id = contract("closed");
        Surveys.Issued issued = surveys.issue(purchaser(), id, 2, null);
        assertThat(results.satisfaction(id).orElseThrow().open()).isTrue();

        results.close(id);
        results.close(id);

        assertThat(results.satisfaction(id).orElseThrow().open()).isFalse();
        assertThatThrownBy(() -> surveys.answer(issued.tokens().get(0), 4, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("performance.survey.closed"));
        assertThatThrownBy(() -> surveys.issue(purchaser(), id, 1, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("performance.survey.closed"));
        assertThatThrownBy(() -> surveys.close(purchaser(), id))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("performance.survey.closed"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_token WHERE survey_id = :s AND used").param("s", issued.survey())
                .query(Integer.class).single()).isZero();
        assertThat(auditEntries("performance.survey.closed")).isPositive();
    }

    @Test
    void aSurveyPastItsLastDayTakesNoAnswer() {
        Surveys.Issued issued = surveys.issue(purchaser(), contract("flow"), 1, null);
        jdbc.sql("UPDATE satisfaction_survey SET closes_on = :day WHERE id = :id").param("day", surveys.today().minusDays(1))
                .param("id", issued.survey()).update();
        try {
            assertThatThrownBy(() -> surveys.answer(issued.tokens().get(0), 4, null))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("performance.survey.closed"));
            assertThatThrownBy(() -> surveys.issue(purchaser(), contract("flow"), 1, null))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("closesOn"));
        } finally {
            jdbc.sql("UPDATE satisfaction_survey SET closes_on = NULL WHERE id = :id").param("id", issued.survey()).update();
        }
    }

    @Test
    void batchesAreBoundedAndADraftHasNoSurvey() {
        assertThatThrownBy(() -> surveys.issue(purchaser(), contract("access"), 501, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("count"));
        assertThatThrownBy(() -> surveys.issue(purchaser(), contract("access"), 0, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("count"));
        assertThatThrownBy(() -> surveys.issue(purchaser(), contract("access"), 1, surveys.today().minusDays(1)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("closesOn"));
        assertThatThrownBy(() -> surveys.issue(purchaser(), contract("draft"), 1, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("performance.survey.not-signed"));
    }

    @Test
    void aSurveyHasAtMostTenThousandTokens() {
        ContractId id = contract("access");
        Surveys.Issued first = surveys.issue(purchaser(), id, 1, null);
        jdbc.sql("UPDATE satisfaction_survey SET issued = 9999 WHERE id = :id").param("id", first.survey()).update();
        try {
            assertThatThrownBy(() -> surveys.issue(purchaser(), id, 2, null))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> {
                        assertThat(v.messageKey()).isEqualTo("performance.survey.too-many");
                        assertThat(v.field()).isEqualTo("count");
                    });
        } finally {
            jdbc.sql("UPDATE satisfaction_survey SET issued = 1 WHERE id = :id").param("id", first.survey()).update();
        }
    }

    @Test
    void anotherDepartmentCannotSeeOrIssueAndTheProviderReadsNoComment() {
        ContractId id = contract("access");
        surveys.issue(purchaser(), id, 1, null);
        Actor other = users.user(SignedContracts.otherDepartment(context));

        assertThatThrownBy(() -> surveys.issue(other, id, 1, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND));
        assertThatThrownBy(() -> surveys.summary(other, id))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND));
        assertThatThrownBy(() -> surveys.close(other, id))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND));
        assertThatThrownBy(() -> surveys.summary(users.user("provider"), id)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> surveys.issue(users.user("provider"), id, 1, null)).isInstanceOf(Forbidden.class);
        assertThat(surveys.summary(users.user("finance"), id)).isPresent();
        assertThat(surveys.summary(users.user("auditor"), id)).isPresent();
        assertThatThrownBy(() -> surveys.issue(users.user("finance"), id, 1, null)).isInstanceOf(Forbidden.class);
    }

    @Test
    void nothingIsStoredButTheTokensHashes() {
        ContractId id = contract("flow");
        Surveys.Issued issued = surveys.issue(purchaser(), id, 5, null);

        List<String> stored = jdbc.sql("SELECT token_hash FROM survey_token WHERE survey_id = :s").param("s", issued.survey())
                .query(String.class).list();
        assertThat(stored).hasSizeGreaterThanOrEqualTo(5);
        for (String token : issued.tokens()) {
            assertThat(stored).doesNotContain(token).contains(org.cogov.shared.Sha256.hex(token));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_payload WHERE payload LIKE :t").param("t", "%" + token + "%")
                    .query(Integer.class).single()).as("the audit log").isZero();
        }
    }

    @Test
    void overTheApiAndThePages() throws Exception {
        ContractId id = contract("web");
        String created = mvc.perform(post("/api/v1/contracts/{id}/survey/tokens", id.value()).with(users.as("purchaser")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"count\":2}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.tokens.length()").value(2))
                .andExpect(jsonPath("$.tokens[0].link").value(Matchers.containsString("/public/surveys/")))
                .andReturn().getResponse().getContentAsString();
        List<String> tokens = java.util.regex.Pattern.compile("\"token\":\"([a-z2-7]{26})\"").matcher(created).results()
                .map(m -> m.group(1)).toList();
        assertThat(tokens).hasSize(2).doesNotHaveDuplicates();
        String token = tokens.get(0);
        String second = tokens.get(1);

        // The holder of a token reads the question and answers without an account, and without a CSRF token.
        mvc.perform(get("/api/v1/public/surveys/{t}", token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.serviceTitle").isNotEmpty()).andExpect(jsonPath("$.question").isNotEmpty());
        mvc.perform(post("/api/v1/public/surveys/{t}/answer", token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"rating\":9}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/public/surveys/{t}/answer", token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"rating\":4,\"comment\":\"满意\"}")).andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/public/surveys/{t}/answer", token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"rating\":4}")).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/public/surveys/{t}", "aaaaaaaaaaaaaaaaaaaaaaaaaa")).andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/contracts/{id}/survey", id.value()).with(users.as("finance"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.answers").value(1)).andExpect(jsonPath("$.enough").value(false))
                .andExpect(jsonPath("$.minimumSample").value(30)).andExpect(jsonPath("$.comments[0]").value("满意"));
        mvc.perform(get("/api/v1/contracts/{id}/survey", id.value()).with(users.as("provider"))).andExpect(status().isForbidden());

        // The pages: the purchaser's survey page, the printable sheet, the public answer pages.
        mvc.perform(get("/contracts/{id}/survey", id.value()).with(users.as("purchaser"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"issue-form\"")));
        mvc.perform(post("/contracts/{id}/survey/tokens", id.value()).with(users.as("purchaser")).with(csrf()).param("count", "2"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("<svg")))
                .andExpect(content().string(Matchers.containsString("id=\"shown-once\"")));
        mvc.perform(get("/public/surveys/{t}", second)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"answer-form\"")));
        mvc.perform(post("/public/surveys/{t}", second).with(csrf()).param("rating", "none").param("comment", "说不清楚"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/surveys/{t}", second)).andExpect(status().isGone())
                .andExpect(content().string(Matchers.containsString("id=\"token-gone\"")));
        mvc.perform(get("/public/surveys/{t}", "no-such-token")).andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("id=\"token-gone\"")));
        mvc.perform(post("/contracts/{id}/survey/closing", id.value()).with(users.as("purchaser")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/contracts/{id}/survey", id.value()).with(users.as("auditor"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("说不清楚")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"issue-form\""))));
    }

    private int auditEntries(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :action").param("action", action).query(Integer.class).single();
    }

    private synchronized ContractId contract(String scenario) {
        if (contracts == null) {
            contracts = SignedContracts.sign(context, users, "provider", SCENARIOS, Set.of("draft"), (name, draft) -> draft);
        }
        return contracts.get(scenario);
    }

    private Actor purchaser() {
        return users.user("purchaser");
    }
}
