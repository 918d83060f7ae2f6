package org.cogov.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.time.SettableClock;
import org.cogov.shared.time.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The pages and the API of a procedure's end: the same refusals in words or as problem details, and no objector in the open. */
@DatabaseTest
class ProcedureEndingPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    ProcedureDrafts drafts;
    @Autowired
    Publication publication;
    @Autowired
    Registry registry;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    SettableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    private Procedure procedure(ProcedureId id) {
        return drafts.draft(users.user("purchaser"), id).procedure();
    }

    private ProcedureId publishedTender() {
        ProcedureId id = ReadyDraft.of(context, users, Method.PUBLIC_TENDER, null, 2_500_000);
        publication.publish(users.user("purchaser"), id, procedure(id).version());
        return id;
    }

    private Organization objector() {
        return registry.organization(new OrganizationId(users.user("provider").organizationId())).orElseThrow();
    }

    @Test
    void thePurchaserCancelsOnItsPageOnlyOnceItConfirms() throws Exception {
        ProcedureId id = publishedTender();
        String page = mvc.perform(get("/procedures/" + id.value()).with(users.as("purchaser"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"cancel-form\"").contains("id=\"cancel-confirmed\"");

        mvc.perform(post("/procedures/" + id.value() + "/cancellation").with(users.as("purchaser")).with(csrf())
                .param("version", Integer.toString(procedure(id).version())).param("reason", "项目取消"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("refused"));
        assertThat(procedure(id).state()).isEqualTo(Procedure.State.TENDERING);

        mvc.perform(post("/procedures/" + id.value() + "/cancellation").with(users.as("purchaser")).with(csrf())
                .param("version", Integer.toString(procedure(id).version())).param("reason", "项目取消").param("confirmed", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "procurement.page.cancelled"));
        String cancelled = mvc.perform(get("/procedures/" + id.value()).with(users.as("purchaser")).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(cancelled).doesNotContain("??").contains("id=\"ending-outcome\"").contains("项目取消").doesNotContain("id=\"cancel-form\"");
    }

    @Test
    void aCancellationWithoutReasonIsAProblemNamingTheField() throws Exception {
        ProcedureId id = publishedTender();

        mvc.perform(post("/api/v1/procedures/" + id.value() + "/cancellation").with(users.as("purchaser")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + procedure(id).version() + ",\"reason\":\"  \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/procedures/" + id.value() + "/cancellation").with(users.as("purchaser")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + procedure(id).version() + ",\"reason\":\"预算调整\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CANCELLED"))
                .andExpect(jsonPath("$.notice.kind").value("CANCELLATION"));
        mvc.perform(get("/api/v1/public/procedures/" + id.value())).andExpect(status().isOk())
                .andExpect(jsonPath("$.notices[1].kind").value("CANCELLATION"));
    }

    @Test
    void aLateObjectionOverTheApiNamesTheEndOfThePeriod() throws Exception {
        ProcedureId id = EndingFixtures.singleSourceInPublicity(context, users);
        LocalDate today = clock.instant().atZone(workingDays.zone()).toLocalDate();
        LocalDate lastDay = today.minusDays(12);
        while (!workingDays.isWorkingDay(lastDay)) {
            lastDay = lastDay.plusDays(1);
        }
        jdbc.sql("UPDATE procurement_procedure SET publicity_from = :day, publicity_until = :day WHERE id = :id")
                .param("day", lastDay).param("id", id.value()).update();

        mvc.perform(post("/api/v1/procedures/" + id.value() + "/objections").with(users.as("provider")).with(csrf())
                .locale(Locale.ENGLISH).contentType(MediaType.APPLICATION_JSON).content("{\"reasons\":\"另有供应商\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("The publicity period ended at 24:00 on " + lastDay
                        + " (Asia/Shanghai): the objection is late."));
        mvc.perform(post("/api/v1/procedures/" + id.value() + "/objections").with(users.as("provider")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reasons\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reasons"));
    }

    @Test
    void aSupplierObjectsFromThePublicPageAndTheFinanceBureauDecidesWithoutTheObjectorBeingPublished() throws Exception {
        ProcedureId id = EndingFixtures.singleSourceInPublicity(context, users);
        assertThat(mvc.perform(get("/public/procedures/" + id.value()).with(users.as("provider"))).andReturn().getResponse()
                .getContentAsString()).contains("id=\"object-link\"");
        assertThat(mvc.perform(get("/public/procedures/" + id.value())).andReturn().getResponse().getContentAsString())
                .contains("id=\"objection-period\"").doesNotContain("id=\"object-link\"");
        assertThat(mvc.perform(get("/procedures/" + id.value() + "/objection").with(users.as("provider")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain("??")
                .contains("id=\"objection-form\"");

        String location = mvc.perform(post("/procedures/" + id.value() + "/objections").with(users.as("provider")).with(csrf())
                .param("reasons", "本会至少三家会员具备同等服务能力")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", "procurement.page.objection-lodged")).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/procedures/" + id.value() + "/objections/");
        assertThat(mvc.perform(get(location).with(users.as("provider"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).doesNotContain("??").doesNotContain("id=\"decision-form\"");
        mvc.perform(get(location).with(users.as("provider2"))).andExpect(status().isNotFound());

        String pending = mvc.perform(get("/procedures/objections").with(users.as("finance")).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(pending).doesNotContain("??").contains(procedure(id).reference()).contains(objector().nameZh());
        String purchasersView = mvc.perform(get("/procedures/" + id.value()).with(users.as("purchaser"))
                .locale(Locale.SIMPLIFIED_CHINESE)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(purchasersView).doesNotContain("??").contains("本会至少三家会员具备同等服务能力").contains("id=\"suspended\"")
                .doesNotContain(objector().nameZh());

        assertThat(mvc.perform(get(location).with(users.as("finance")).locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).doesNotContain("??").contains("id=\"decision-form\"")
                .contains(objector().nameEn());
        mvc.perform(post(location + "/decision").with(users.as("finance")).with(csrf()).param("version", "0")
                .param("uphold", "false").param("reason", "其他机构不具备独家样本库")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", "procurement.page.decided"));

        assertThat(procedure(id).state()).isEqualTo(Procedure.State.TENDERING);
        String published = mvc.perform(get("/public/procedures/" + id.value()).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(published).doesNotContain("??").contains("异议处理结果公告").contains("其他机构不具备独家样本库").doesNotContain(objector().nameZh())
                .doesNotContain("本会至少三家会员具备同等服务能力");
        assertThat(mvc.perform(get("/api/v1/public/procedures/" + id.value())).andReturn().getResponse().getContentAsString())
                .doesNotContain(objector().nameZh()).doesNotContain(objector().nameEn())
                .doesNotContain(users.user("provider").organizationId().toString());
    }

    @Test
    void thePurchaserProcuresAgainFromTheFailedProceduresPage() throws Exception {
        ProcedureId failed = EndingFixtures.failedOnAnUpheldObjection(context, users);
        String page = mvc.perform(get("/procedures/" + failed.value()).with(users.as("purchaser")).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("??").contains("id=\"follow-up-form\"").contains("财政部门认定对单一来源公示的异议成立")
                .doesNotContain("<option value=\"SINGLE_SOURCE\"");

        String location = mvc.perform(post("/procedures/" + failed.value() + "/follow-up").with(users.as("purchaser")).with(csrf())
                .param("title", "行业运行监测服务采购（重新采购）").param("method", "COMPETITIVE_CONSULTATION")
                .param("justification", "PURCHASE_OF_SERVICES").param("justificationText", "服务内容需磋商"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(location).startsWith("/procedures/").isNotEqualTo("/procedures/" + failed.value());
        assertThat(mvc.perform(get(location).with(users.as("purchaser"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("id=\"follows\"").contains(procedure(failed).reference());
        assertThat(mvc.perform(get("/procedures/" + failed.value()).with(users.as("purchaser"))).andReturn().getResponse()
                .getContentAsString()).contains("id=\"followed-by\"").doesNotContain("id=\"follow-up-form\"");
        assertThat(mvc.perform(get("/public/procedures/" + failed.value())).andReturn().getResponse().getContentAsString())
                .doesNotContain("id=\"public-followed-by\"");
    }
}
