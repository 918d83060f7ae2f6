package org.cogov.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.SettableClock;
import org.cogov.shared.time.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Questions, answers and amendments while a procedure tenders: the asker stays unnamed, a late
 * clarification moves the deadline to keep the method's lead, and who obtained the documents stays
 * hidden until the opening.
 */
@DatabaseTest
class ClarificationTests {

    @Autowired
    ProcedureDrafts drafts;
    @Autowired
    Publication publication;
    @Autowired
    Enquiries enquiries;
    @Autowired
    Clarifications clarifications;
    @Autowired
    ProcedureAudience audience;
    @Autowired
    TestUsers users;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    SettableClock clock;
    @Autowired
    WorkingDays days;

    private ProcedureId publishedTender() {
        ProcedureId id = ReadyDraft.of(context, users, Method.PUBLIC_TENDER, null, 2_500_000);
        publication.publish(users.user("purchaser"), id, version(id));
        return id;
    }

    private int version(ProcedureId id) {
        return drafts.draft(users.user("purchaser"), id).procedure().version();
    }

    private Procedure procedure(ProcedureId id) {
        return drafts.draft(users.user("purchaser"), id).procedure();
    }

    private UUID document(ProcedureId id) {
        return drafts.draft(users.user("purchaser"), id).documents().get(0).document().value();
    }

    private void obtainDocuments(String provider, ProcedureId id) throws Exception {
        mvc.perform(get("/api/v1/documents/{id}/content", document(id)).with(users.as(provider))).andExpect(status().isOk());
    }

    /** Moves the test clock to {@code daysBefore} days before the deadline's day, at ten in the morning. */
    private LocalDate daysBeforeDeadline(ProcedureId id, int daysBefore) {
        LocalDate day = procedure(id).timetable().deadline().atZone(days.zone()).toLocalDate().minusDays(daysBefore);
        Instant target = day.atTime(10, 0).atZone(days.zone()).toInstant();
        if (target.isAfter(clock.instant())) {
            clock.set(target);
        }
        return clock.instant().atZone(days.zone()).toLocalDate();
    }

    @Test
    void aLateClarificationMovesTheDeadlineToKeepFifteenDaysAndReachesEveryDownloader() throws Exception {
        ProcedureId id = publishedTender();
        obtainDocuments("provider", id);
        obtainDocuments("provider2", id);
        Instant before = procedure(id).timetable().deadline();
        LocalDate today = daysBeforeDeadline(id, 8);
        EnquiryId question = enquiries.ask(users.user("provider"), id, "服务期限能否分两年执行？");

        Clarifications.Outcome outcome = clarifications.answer(users.user("purchaser"), question, version(id),
                "服务期限能否分两年执行？", "不能，服务期限为一年。", true);

        Instant after = procedure(id).timetable().deadline();
        assertThat(outcome.deadlineMoved()).isTrue();
        assertThat(after).isEqualTo(outcome.deadline()).isAfter(before);
        assertThat(after.atZone(days.zone()).toLocalDate()).isAfterOrEqualTo(today.plusDays(15));
        assertThat(after.atZone(days.zone()).toLocalTime()).isEqualTo(before.atZone(days.zone()).toLocalTime());
        assertThat(procedure(id).timetable().openingFrom()).isEqualTo(after);
        assertThat(outcome.notice().kind()).isEqualTo(Notice.Kind.CLARIFICATION);
        assertThat(outcome.notice().textZh()).contains("顺延", "财政部令第87号第二十七条");
        assertThat(outcome.notice().textEn()).contains("at least 15 days", "MoF Order No. 87 Art. 27");
        assertThat(audience.downloaders(id.value())).containsExactlyInAnyOrder(users.user("provider").userId(),
                users.user("provider2").userId());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'procurement.procedure.amended' AND object_id = :id")
                .param("id", id.value().toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aClarificationWellBeforeTheDeadlineKeepsIt() {
        ProcedureId id = publishedTender();
        Instant before = procedure(id).timetable().deadline();
        EnquiryId question = enquiries.ask(users.user("provider"), id, "是否接受联合体投标？");

        Clarifications.Outcome outcome = clarifications.answer(users.user("purchaser"), question, version(id), "是否接受联合体投标？",
                "不接受联合体投标。", true);

        assertThat(outcome.deadlineMoved()).isFalse();
        assertThat(procedure(id).timetable().deadline()).isEqualTo(before);
        assertThat(outcome.notice().textEn()).contains("The deadline stays");
    }

    @Test
    void anAnswerThatDoesNotAffectTheBidsKeepsALateDeadline() {
        ProcedureId id = publishedTender();
        Instant before = procedure(id).timetable().deadline();
        daysBeforeDeadline(id, 3);
        EnquiryId question = enquiries.ask(users.user("provider"), id, "开标地点在哪里？");

        clarifications.answer(users.user("purchaser"), question, version(id), "开标地点在哪里？", "在线开标，无需到场。", false);

        assertThat(procedure(id).timetable().deadline()).isEqualTo(before);
    }

    @Test
    void thePurchaserAndThePublicReadTheQuestionButNeverTheAsker() throws Exception {
        ProcedureId id = publishedTender();
        EnquiryId question = enquiries.ask(users.user("provider"), id, "评分标准中的“监测方案”如何评分？");
        String askerZh = jdbc.sql("SELECT name_zh FROM organization WHERE id = :id")
                .param("id", users.user("provider").organizationId()).query(String.class).single();

        assertThat(enquiries.received(users.user("purchaser"), id)).singleElement()
                .satisfies(e -> assertThat(e.question()).isEqualTo("评分标准中的“监测方案”如何评分？"));
        clarifications.answer(users.user("purchaser"), question, version(id), "评分标准中的“监测方案”如何评分？", "按评分细则第三条。", false);

        assertThat(enquiries.answered(id)).singleElement().satisfies(e -> assertThat(e.answer()).isEqualTo("按评分细则第三条。"));
        String page = mvc.perform(get("/public/procedures/{id}", id.value())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("按评分细则第三条。").doesNotContain(askerZh);
        assertThat(enquiries.asked(users.user("provider2"), id)).isEmpty();
        assertThat(enquiries.asked(users.user("provider"), id)).hasSize(1);
    }

    @Test
    void aQuestionAfterTheDeadlineIsRefused() {
        ProcedureId id = publishedTender();
        Instant deadline = procedure(id).timetable().deadline();
        if (clock.instant().isBefore(deadline)) {
            clock.set(deadline);
        }

        assertThatThrownBy(() -> enquiries.ask(users.user("provider"), id, "还能提问吗？")).isInstanceOf(RuleViolation.class)
                .extracting("messageKey").isEqualTo("procurement.enquiry.not-tendering");
    }

    @Test
    void anEnquiryIsAnsweredOnce() {
        ProcedureId id = publishedTender();
        EnquiryId question = enquiries.ask(users.user("provider"), id, "是否需要现场踏勘？");
        clarifications.answer(users.user("purchaser"), question, version(id), "是否需要现场踏勘？", "不需要。", false);

        assertThatThrownBy(() -> clarifications.answer(users.user("purchaser"), question, version(id), "是否需要现场踏勘？", "需要。",
                false)).isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("procurement.enquiry.already-answered");
    }

    @Test
    void anotherPurchaserCannotSeeOrAnswerTheQuestions() {
        ProcedureId id = publishedTender();
        EnquiryId question = enquiries.ask(users.user("provider"), id, "付款方式？");

        assertThatThrownBy(() -> enquiries.received(users.user("agent"), id)).isInstanceOf(RuleViolation.class)
                .extracting("kind").isEqualTo(RuleViolation.Kind.NOT_FOUND);
        assertThatThrownBy(() -> clarifications.answer(users.user("agent"), question, version(id), "付款方式？", "按月。", false))
                .isInstanceOf(RuleViolation.class).extracting("kind").isEqualTo(RuleViolation.Kind.NOT_FOUND);
    }

    @Test
    void anAmendmentMayPostponeTheDeadlineButNeverBringItForward() {
        ProcedureId id = publishedTender();
        Instant before = procedure(id).timetable().deadline();

        assertThatThrownBy(() -> clarifications.amend(users.user("purchaser"), id, version(id),
                new Clarifications.Amendment("截止时间提前一天。", before.minus(Duration.ofDays(1)), true), null))
                .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("procurement.amendment.deadline-earlier");
        Clarifications.Outcome outcome = clarifications.amend(users.user("purchaser"), id, version(id),
                new Clarifications.Amendment("截止时间推迟一周。", before.plus(Duration.ofDays(7)), true), null);

        assertThat(outcome.deadline()).isEqualTo(before.plus(Duration.ofDays(7)));
        assertThat(outcome.notice().kind()).isEqualTo(Notice.Kind.AMENDMENT);
        assertThat(procedure(id).timetable().openingUntil()).isEqualTo(outcome.deadline().plus(Duration.ofMinutes(150)));
    }

    @Test
    void anAmendmentBringsANewVersionOfTheDocumentsWithItsHash() throws Exception {
        ProcedureId id = publishedTender();
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Amended true >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        Clarifications.Outcome outcome = clarifications.amend(users.user("purchaser"), id, version(id),
                new Clarifications.Amendment("更新采购需求第二章。", null, true),
                new Clarifications.NewDocument(TenderDocument.Kind.TENDER_DOCUMENTS, new ByteArrayInputStream(pdf), "采购文件（更正）.pdf"));

        assertThat(drafts.draft(users.user("purchaser"), id).documents()).extracting(TenderDocument::version).contains(2);
        assertThat(outcome.notice().textZh()).contains("采购文件（更正）.pdf", java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf)));
    }

    @Test
    void whoObtainedTheDocumentsIsHiddenFromThePurchaserAndFromTheAuditorUntilTheOpening() throws Exception {
        ProcedureId id = publishedTender();
        obtainDocuments("provider", id);

        mvc.perform(get("/api/v1/documents/{id}/downloads", document(id)).with(users.as("purchaser")))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> enquiries.obtained(users.user("auditor"), id)).isInstanceOf(RuleViolation.class)
                .extracting("messageKey").isEqualTo("procurement.download.before-opening");
        jdbc.sql("UPDATE procurement_procedure SET state = 'OPENED' WHERE id = :id").param("id", id.value()).update();

        assertThat(enquiries.obtained(users.user("auditor"), id)).singleElement()
                .satisfies(o -> assertThat(o.organization().id().value()).isEqualTo(users.user("provider").organizationId()));
    }

    @Test
    void theDocumentsOfADraftAreNotObtainable() throws Exception {
        ProcedureId id = ReadyDraft.of(context, users, Method.PUBLIC_TENDER, null, 2_500_000);

        mvc.perform(get("/api/v1/documents/{id}/content", document(id)).with(users.as("provider"))).andExpect(status().isForbidden());
    }

    @Test
    void anEmptyQuestionIsRefusedNamingTheField() throws Exception {
        ProcedureId id = publishedTender();

        mvc.perform(post("/api/v1/procedures/{id}/enquiries", id.value()).with(users.as("provider")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"question\":\"  \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("question"));
        assertThat(enquiries.asked(users.user("provider"), id)).isEmpty();
    }

    @Test
    void theApiTellsWhetherTheAnswerMovedTheDeadline() throws Exception {
        ProcedureId id = publishedTender();
        daysBeforeDeadline(id, 2);
        EnquiryId question = enquiries.ask(users.user("provider"), id, "服务范围是否包括郊县？");

        mvc.perform(post("/api/v1/enquiries/{id}/answer", question.value()).with(users.as("purchaser")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version(id)
                        + ",\"publishedQuestion\":\"服务范围是否包括郊县？\",\"answer\":\"包括。\",\"affectsBids\":true}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("CLARIFICATION"))
                .andExpect(jsonPath("$.deadlineMoved").value(true));
    }
}
