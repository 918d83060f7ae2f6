package org.cogov.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.cogov.shared.Sha256;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Publishing a ready draft with its notice: once, only when nothing blocks it, and in the open at once. */
@DatabaseTest
class PublicationTests {

    @Autowired
    ProcedureDrafts drafts;
    @Autowired
    Publication publication;
    @Autowired
    TestUsers users;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    private int version(ProcedureId id) {
        return drafts.draft(users.user("purchaser"), id).procedure().version();
    }

    private ProcedureId readyDraft(Method method, Method.Justification justification, long amount) {
        return ReadyDraft.of(context, users, method, justification, amount);
    }

    @Test
    void aReadyTenderIsPublishedWithItsNoticeInBothLanguages() {
        ProcedureId id = readyDraft(Method.PUBLIC_TENDER, null, 2_500_000);
        Procedure draft = drafts.draft(users.user("purchaser"), id).procedure();

        Notice notice = publication.publish(users.user("purchaser"), id, draft.version());

        assertThat(notice.number()).isEqualTo(draft.reference() + "-01");
        assertThat(notice.kind()).isEqualTo(Notice.Kind.TENDER_NOTICE);
        assertThat(notice.textZh()).startsWith("招标公告").contains(draft.reference());
        assertThat(notice.textEn()).startsWith("Tender notice").contains(draft.reference());
        assertThat(notice.sha256()).isEqualTo(Sha256.hex(notice.textZh() + "\n" + notice.textEn()));
        assertThat(drafts.draft(users.user("purchaser"), id).procedure().state()).isEqualTo(Procedure.State.TENDERING);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'procurement.procedure.published' AND object_id = :id")
                .param("id", id.value().toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aProcedureIsPublishedOnceAndIsNoLongerADraft() {
        ProcedureId id = readyDraft(Method.PUBLIC_TENDER, null, 2_500_000);
        int version = version(id);
        publication.publish(users.user("purchaser"), id, version);

        assertThatThrownBy(() -> publication.publish(users.user("purchaser"), id, version)).isInstanceOf(RuleViolation.class)
                .extracting("kind").isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThatThrownBy(() -> drafts.divide(users.user("purchaser"), id, version(id), List.of()))
                .isInstanceOf(RuleViolation.class).extracting("kind").isEqualTo(RuleViolation.Kind.CONFLICT);
    }

    @Test
    void aNonTenderMethodAboveTheThresholdIsNotPublishedWithoutTheFinanceBureau() {
        ProcedureId id = readyDraft(Method.COMPETITIVE_CONSULTATION, Method.Justification.PURCHASE_OF_SERVICES, 2_500_000);

        assertThatThrownBy(() -> publication.publish(users.user("purchaser"), id, version(id)))
                .isInstanceOf(RuleViolations.class)
                .satisfies(e -> assertThat(((RuleViolations) e).violations()).extracting(RuleViolation::messageKey)
                        .containsExactly("procurement.blocker.approval-missing"));

        drafts.requestApproval(users.user("purchaser"), id, version(id), "服务需求需与供应商磋商确定");
        drafts.decideApproval(users.user("finance"), id, version(id), true, "符合竞争性磋商适用情形");
        assertThat(publication.publish(users.user("purchaser"), id, version(id)).kind()).isEqualTo(Notice.Kind.CONSULTATION_NOTICE);
    }

    @Test
    void anyoneReadsAPublishedProcedureAndItsNoticeWithoutSigningInButNoDraft() throws Exception {
        ProcedureId published = readyDraft(Method.PUBLIC_TENDER, null, 2_500_000);
        Notice notice = publication.publish(users.user("purchaser"), published, version(published));
        ProcedureId draft = readyDraft(Method.PUBLIC_TENDER, null, 2_500_000);

        mvc.perform(get("/public/procedures/" + published.value())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/public/procedures/" + published.value())).andExpect(status().isOk())
                .andExpect(jsonPath("$.notices[0].number").value(notice.number()))
                .andExpect(jsonPath("$.notices[0].sha256").value(notice.sha256()));
        mvc.perform(get("/public/procedures/" + draft.value())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/procedures")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + draft.value() + "')]").doesNotExist())
                .andExpect(jsonPath("$[?(@.id == '" + published.value() + "')]").exists());
    }
}
