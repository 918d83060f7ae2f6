package org.cogov.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.time.YearMonth;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.catalogue.Catalogue;
import org.cogov.catalogue.SubjectKind;
import org.cogov.identity.SignedInUser;
import org.cogov.identity.UserProvisioning;
import org.cogov.registry.Registry;
import org.cogov.shared.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A department never sees nor changes another department's budget lines, requests, intention drafts or
 * consultations: its purchaser is told there is no such thing (404), and may only do what its role allows
 * (403 for a decision that is the finance bureau's). What is public stays public.
 */
@DatabaseTest
class PlanningSeparationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Budgets budgets;
    @Autowired
    PurchaseRequests requests;
    @Autowired
    Intentions intentions;
    @Autowired
    Consultations consultations;
    @Autowired
    UserProvisioning provisioning;
    @Autowired
    Registry registry;
    @Autowired
    Catalogue catalogue;

    private SignedInUser commerce;
    private String education;

    @BeforeEach
    void twoDepartments() {
        commerce = users.user("purchaser");
        education = PlanningFixtures.otherPurchaser(provisioning, registry, users).username();
    }

    @Test
    void anotherDepartmentsBudgetLineIsNotThereForAPurchaser() throws Exception {
        BudgetLineId line = new PlanningFixtures(budgets, users).approvedLine(100_000);
        BudgetLineId proposed = budgets.propose(commerce, new Budgets.NewLine(PlanningFixtures.YEAR,
                PlanningFixtures.freshCode(), "商务局申报的项目", Money.yuan(50_000)));

        assertThat(status(get("/api/v1/budget-lines/" + line.value()), education)).isEqualTo(404);
        assertThat(body(get("/api/v1/budget-lines"), education)).doesNotContain(line.value().toString());
        assertThat(body(get("/api/v1/budget-lines").param("department", commerce.organizationId().toString()), education))
                .doesNotContain(line.value().toString());
        assertThat(body(get("/planning/budgets"), education)).doesNotContain(code(line));
        assertThat(status(post("/api/v1/budget-lines/" + proposed.value() + "/approval")
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"), education)).isEqualTo(403);
        assertThat(budgets.line(commerce, proposed).status()).isEqualTo(BudgetLine.Status.PROPOSED);
        assertThat(status(get("/api/v1/budget-lines/" + line.value()), "purchaser")).isEqualTo(200);
    }

    @Test
    void anotherDepartmentsPurchaseRequestIsNotThereForAPurchaser() throws Exception {
        BudgetLineId line = new PlanningFixtures(budgets, users).approvedLine(100_000);
        PurchaseRequestId request = requests.submit(commerce, new PurchaseRequests.NewRequest(line, "030101",
                "商务局的统计调查", null, Money.yuan(60_000), new ContractTerm(LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 12, 31)), null, "商贸企业", SubjectKind.SERVICE, false, false, false, false)).id();

        assertThat(status(get("/api/v1/purchase-requests/" + request.value()), education)).isEqualTo(404);
        assertThat(status(get("/planning/requests/" + request.value()), education)).isEqualTo(404);
        assertThat(body(get("/api/v1/purchase-requests"), education)).doesNotContain(request.value().toString());
        assertThat(status(post("/api/v1/purchase-requests/" + request.value() + "/cancellation")
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"reason\":\"不是我们的\"}"), education))
                .isEqualTo(404);
        assertThat(requests.request(commerce, request).status()).isEqualTo(PurchaseRequest.Status.ACCEPTED);
        assertThat(status(post("/api/v1/purchase-requests").contentType(MediaType.APPLICATION_JSON).content("""
                {"budgetLine":"%s","catalogueCode":"030101","title":"用别人的预算","description":null,"estimatedAmount":1000,
                 "termStart":"2027-01-01","termEnd":"2027-12-31","stableServiceReason":null,"beneficiaries":"学生",
                 "subjectKind":"SERVICE","outsideDuties":false,"coreFunction":false,"financing":false,"forOwnStaff":false}
                """.formatted(line.value())), education)).isEqualTo(422);
        assertThat(budgets.line(commerce, line).committed()).isEqualTo(Money.yuan(60_000));
    }

    @Test
    void anotherDepartmentsIntentionIsPublicOnlyOncePublished() throws Exception {
        YearMonth month = YearMonth.from(catalogue.today()).plusMonths(2);
        IntentionId draft = intentions.draft(commerce, new Intentions.Draft("商务局尚未公开的意向", "030102",
                Money.yuan(90_000), month, null));

        assertThat(status(get("/api/v1/intentions/" + draft.value()), education)).isEqualTo(404);
        assertThat(status(get("/planning/intentions/" + draft.value()), education)).isEqualTo(404);
        assertThat(body(get("/api/v1/intentions"), education)).doesNotContain(draft.value().toString());
        assertThat(status(put("/api/v1/intentions/" + draft.value()).contentType(MediaType.APPLICATION_JSON).content("""
                {"title":"改写别人的草稿","catalogueCode":"030102","estimatedAmount":1,"expectedMonth":"%s",
                 "description":null,"version":0}""".formatted(month)), education)).isEqualTo(404);
        assertThat(status(post("/api/v1/intentions/" + draft.value() + "/publication")
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"), education)).isEqualTo(404);
        assertThat(status(post("/api/v1/intentions/" + draft.value() + "/withdrawal")
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"reason\":\"撤回\"}"), education))
                .isEqualTo(404);
        assertThat(intentions.intention(commerce, draft).status()).isEqualTo(Intention.Status.DRAFT);
        assertThat(status(get("/api/v1/public/intentions/" + draft.value()), null)).isEqualTo(404);

        intentions.publish(commerce, draft, 0);

        assertThat(status(get("/api/v1/public/intentions/" + draft.value()), education)).isEqualTo(200);
        assertThat(status(get("/api/v1/intentions/" + draft.value()), education)).isEqualTo(404);
    }

    @Test
    void anotherDepartmentsConsultationIsReadOnlyOnThePublicPages() throws Exception {
        ConsultationId consultation = consultations.publish(commerce, new Consultations.NewConsultation("商务局的需求征询",
                "征询统计调查的抽样方法", "030101", null, catalogue.today().plusDays(5)));
        CommentId comment = consultations.comment(users.user("provider"), consultation, "建议分层抽样");

        assertThat(status(get("/api/v1/consultations/" + consultation.value()), education)).isEqualTo(404);
        assertThat(status(get("/planning/consultations/" + consultation.value()), education)).isEqualTo(404);
        assertThat(body(get("/api/v1/consultations"), education)).doesNotContain(consultation.value().toString());
        assertThat(status(post("/api/v1/consultations/" + consultation.value() + "/comments/" + comment.value() + "/answer")
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"answer\":\"替别人答复\"}"), education))
                .isEqualTo(404);
        assertThat(consultations.consultation(commerce, consultation).comments()).allMatch(c -> !c.answered());
        assertThat(status(get("/public/consultations/" + consultation.value()), education)).isEqualTo(200);
    }

    private String code(BudgetLineId line) {
        return budgets.line(commerce, line).code();
    }

    private int status(MockHttpServletRequestBuilder request, String username) throws Exception {
        if (username != null) {
            request.with(users.as(username));
        }
        return mvc.perform(request.with(csrf())).andReturn().getResponse().getStatus();
    }

    private String body(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(users.as(username)).with(csrf())).andReturn().getResponse().getContentAsString();
    }
}
