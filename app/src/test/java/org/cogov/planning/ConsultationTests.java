package org.cogov.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.Locale;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.catalogue.Catalogue;
import org.cogov.shared.time.SettableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Needs consultation: providers comment until the closing day ends, the department answers in public, nobody is named. */
@DatabaseTest
class ConsultationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Consultations consultations;
    @Autowired
    Catalogue catalogue;
    @Autowired
    SettableClock clock;

    @Test
    void theDepartmentAnswersACommentInPublicWithoutNamingTheCommenter() throws Exception {
        String title = "物流统计调查需求征询 " + PlanningFixtures.freshCode();
        String id = created(mvc.perform(post("/api/v1/consultations").with(users.as("purchaser")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"%s","description":"拟对全市物流企业开展季度统计调查，征询抽样方法和调查周期的意见。",
                         "catalogueCode":"030101","purchaseRequest":null,"closesOn":"%s"}
                        """.formatted(title, catalogue.today().plusDays(7)))).andReturn());
        String comment = created(mvc.perform(post("/api/v1/consultations/" + id + "/comments").with(users.as("provider"))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\":\"建议将快递末端网点纳入调查范围。\"}")).andReturn());

        MvcResult answered = mvc.perform(post("/api/v1/consultations/" + id + "/comments/" + comment + "/answer")
                .with(users.as("purchaser")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"answer\":\"采纳，快递末端网点将写入采购需求。\"}")).andReturn();

        assertThat(answered.getResponse().getStatus()).isEqualTo(200);
        String page = mvc.perform(get("/public/consultations/" + id).locale(Locale.SIMPLIFIED_CHINESE)).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains(title).contains("建议将快递末端网点纳入调查范围。").contains("采纳，快递末端网点将写入采购需求。")
                .doesNotContain("澜江市物流行业协会").doesNotContain("赵秘书长");
        JsonNode published = JSON.readTree(mvc.perform(get("/api/v1/public/consultations/" + id)).andReturn().getResponse()
                .getContentAsString());
        assertThat(published.path("comments")).singleElement().satisfies(c -> {
            assertThat(c.path("body").asString()).isEqualTo("建议将快递末端网点纳入调查范围。");
            assertThat(c.path("answer").asString()).isEqualTo("采纳，快递末端网点将写入采购需求。");
            assertThat(c.propertyNames()).containsExactlyInAnyOrder("number", "body", "commentedAt", "answer", "answeredAt");
        });
        JsonNode seenByTheDepartment = JSON.readTree(mvc.perform(get("/api/v1/consultations/" + id)
                .with(users.as("purchaser")).locale(Locale.SIMPLIFIED_CHINESE)).andReturn().getResponse().getContentAsString());
        assertThat(seenByTheDepartment.path("comments").get(0).path("organizationName").asString()).isEqualTo("澜江市物流行业协会");
    }

    @Test
    void anAnswerOncePublishedDoesNotChange() throws Exception {
        ConsultationId id = consultations.publish(users.user("purchaser"), new Consultations.NewConsultation(
                "展会服务需求征询 " + PlanningFixtures.freshCode(), "征询展位搭建标准。", "050401", null, catalogue.today()));
        CommentId comment = consultations.comment(users.user("provider2"), id, "建议统一标准展位规格。");
        consultations.answer(users.user("purchaser"), id, comment, 0, "已采纳。");

        MvcResult again = mvc.perform(post("/api/v1/consultations/" + id.value() + "/comments/" + comment.value() + "/answer")
                .with(users.as("purchaser")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":1,\"answer\":\"改为不采纳。\"}")).andReturn();

        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(consultations.publicView(id).comments().get(0).answer()).isEqualTo("已采纳。");
    }

    @Test
    void providersCommentUntilTheClosingDayEndsAndNotAfter() throws Exception {
        ConsultationId id = consultations.publish(users.user("purchaser"), new Consultations.NewConsultation(
                "今日截止的需求征询 " + PlanningFixtures.freshCode(), "征询培训课程设置。", "030701", null, catalogue.today()));
        var deadline = consultations.publicView(id).deadline();
        assertThat(deadline.atZone(clock.getZone()).toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);

        clock.set(deadline.minusSeconds(1));
        assertThat(comment(id, "截止前一秒的意见")).isEqualTo(201);

        clock.set(deadline);
        assertThat(comment(id, "截止时刻的意见")).isEqualTo(409);

        clock.advance(Duration.ofMinutes(1));
        assertThat(consultations.publicView(id).comments()).extracting(Consultations.PublicComment::body)
                .containsExactly("截止前一秒的意见");
        assertThat(consultations.publicView(id).open()).isFalse();
    }

    @Test
    void onlyAVerifiedOrganizationThatMaySupplyComments() throws Exception {
        ConsultationId id = consultations.publish(users.user("purchaser"), new Consultations.NewConsultation(
                "认证服务需求征询 " + PlanningFixtures.freshCode(), "征询认证范围。", "030801", null, catalogue.today().plusDays(3)));

        assertThat(comment(id, "采购人不能提意见", "purchaser")).isEqualTo(403);
        assertThat(consultations.publicView(id).comments()).isEmpty();
    }

    private int comment(ConsultationId id, String body) throws Exception {
        return comment(id, body, "provider");
    }

    private int comment(ConsultationId id, String body, String username) throws Exception {
        return mvc.perform(post("/api/v1/consultations/" + id.value() + "/comments").with(users.as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"" + body + "\"}")).andReturn().getResponse()
                .getStatus();
    }

    private static String created(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return JSON.readTree(result.getResponse().getContentAsString()).path("id").asString();
    }
}
