package org.cogov.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.catalogue.SubjectKind;
import org.cogov.planning.BudgetLineId;
import org.cogov.planning.Budgets;
import org.cogov.planning.ContractTerm;
import org.cogov.planning.PurchaseRequestId;
import org.cogov.planning.PurchaseRequests;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.OrganizationKind;
import org.cogov.registry.Registry;
import org.cogov.registry.Suppliers;
import org.cogov.registry.Verdict;
import org.cogov.shared.Actor;
import org.cogov.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The drafting pages: each part of a draft is saved by its own form, and a refusal comes back in words. */
@DatabaseTest
class ProcedurePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Budgets budgets;
    @Autowired
    PurchaseRequests requests;
    @Autowired
    ProcedureDrafts drafts;
    @Autowired
    Registry registry;
    @Autowired
    Suppliers suppliers;

    private PurchaseRequestId request() {
        Actor purchaser = users.user("purchaser");
        BudgetLineId line = budgets.record(users.user("finance"), new OrganizationId(purchaser.organizationId()),
                new Budgets.NewLine(2026, "P-" + UUID.randomUUID().toString().substring(0, 8), "页面测试经费", Money.yuan(4_000_000)));
        LocalDate start = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(1);
        return requests.submit(purchaser, new PurchaseRequests.NewRequest(line, "030101", "行业培训服务", null,
                Money.yuan(2_400_000), new ContractTerm(start, start.plusMonths(8)), null, "本市中小企业", SubjectKind.SERVICE,
                false, false, false, false)).id();
    }

    @Test
    void aPurchaserDraftsFromTheNewDraftPage() throws Exception {
        PurchaseRequestId request = request();
        mvc.perform(get("/procedures/new").with(users.as("purchaser"))).andExpect(status().isOk());
        String location = mvc.perform(post("/procedures/new").with(users.as("purchaser")).with(csrf())
                .param("request", request.value().toString()).param("title", "行业培训服务采购")
                .param("method", "COMPETITIVE_CONSULTATION").param("justification", "PURCHASE_OF_SERVICES")
                .param("justificationText", "培训内容需与供应商磋商确定"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/procedures/");
        mvc.perform(get(location).with(users.as("purchaser"))).andExpect(status().isOk());
        mvc.perform(get("/procedures").with(users.as("purchaser"))).andExpect(status().isOk());
    }

    @Test
    void aServicesInquiryIsRefusedOnTheNewDraftPage() throws Exception {
        PurchaseRequestId request = request();
        String page = mvc.perform(post("/procedures/new").with(users.as("purchaser")).with(csrf())
                .param("request", request.value().toString()).param("title", "询价试验").param("method", "INQUIRY"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("询价仅适用于货物采购");
    }

    @Test
    void twoLotsAreSavedFromTheLotsFormAndAWrongWeightIsRefusedInWords() throws Exception {
        ProcedureId id = drafts.create(users.user("purchaser"), request(), new ProcedureDrafts.Description("行业培训服务采购",
                null, Method.COMPETITIVE_CONSULTATION, Method.Justification.PURCHASE_OF_SERVICES, "需磋商", null));
        int version = drafts.draft(users.user("purchaser"), id).procedure().version();

        mvc.perform(post("/procedures/" + id.value() + "/lots").with(users.as("purchaser")).with(csrf())
                .param("version", Integer.toString(version))
                .param("lots[0].title", "第一期培训").param("lots[0].budget", "1200000").param("lots[0].priceWeight", "35")
                .param("lots[0].factors[0].name", "培训方案").param("lots[0].factors[0].weight", "65")
                .param("lots[0].factors[0].guidance", "方案完整可行"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("refused"));

        mvc.perform(post("/procedures/" + id.value() + "/lots").with(users.as("purchaser")).with(csrf())
                .param("version", Integer.toString(version))
                .param("lots[0].title", "第一期培训").param("lots[0].budget", "1200000").param("lots[0].priceWeight", "25")
                .param("lots[0].factors[0].name", "培训方案").param("lots[0].factors[0].weight", "75")
                .param("lots[0].factors[0].guidance", "方案完整可行")
                .param("lots[0].factors[2].name", "师资").param("lots[0].factors[2].weight", "0.01")
                .param("lots[0].factors[2].guidance", "讲师资历")
                .param("lots[0].tieBreaks[0]", "HIGHER_FACTOR:3").param("lots[0].tieBreaks[1]", "EARLIER_RECEIPT")
                .param("lots[1].title", "第二期培训").param("lots[1].budget", "1200000").param("lots[1].lowestPrice", "true")
                .param("lots[1].tieBreaks[0]", "").param("lots[1].tieBreaks[1]", "EARLIER_RECEIPT")
                .param("lots[2].title", "").param("lots[2].budget", ""))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("refused"));
        mvc.perform(post("/procedures/" + id.value() + "/lots").with(users.as("purchaser")).with(csrf())
                .param("version", Integer.toString(version))
                .param("lots[0].title", "第一期培训").param("lots[0].budget", "1200000").param("lots[0].priceWeight", "25")
                .param("lots[0].factors[0].name", "培训方案").param("lots[0].factors[0].weight", "70")
                .param("lots[0].factors[0].guidance", "方案完整可行")
                .param("lots[0].factors[2].name", "师资").param("lots[0].factors[2].weight", "5")
                .param("lots[0].factors[2].guidance", "讲师资历")
                .param("lots[0].tieBreaks[0]", "HIGHER_FACTOR:3").param("lots[0].tieBreaks[1]", "EARLIER_RECEIPT")
                .param("lots[1].title", "第二期培训").param("lots[1].budget", "1200000").param("lots[1].lowestPrice", "true")
                .param("lots[1].tieBreaks[0]", "").param("lots[1].tieBreaks[1]", "EARLIER_RECEIPT")
                .param("lots[2].title", "").param("lots[2].budget", ""))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "procurement.page.saved"));

        List<Lot> saved = drafts.draft(users.user("purchaser"), id).lots();
        assertThat(saved).extracting(Lot::title).containsExactly("第一期培训", "第二期培训");
        assertThat(saved.get(0).criteria().tieBreaks()).as("the third row is the second factor once the empty row is left out")
                .containsExactly(AwardCriteria.TieBreak.higherFactor(2), AwardCriteria.TieBreak.earlierReceipt());
        assertThat(saved.get(1).criteria().tieBreaks()).containsExactly(AwardCriteria.TieBreak.earlierReceipt());
        mvc.perform(get("/procedures/" + id.value()).with(users.as("purchaser"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"HIGHER_FACTOR:2\" selected")));
        mvc.perform(get("/procedures/" + id.value()).with(users.as("purchaser"))).andExpect(status().isOk());
    }

    @Test
    void theFinanceBureauDecidesOnItsApprovalsPage() throws Exception {
        ProcedureId id = drafts.create(users.user("purchaser"), request(), new ProcedureDrafts.Description("行业培训服务采购",
                null, Method.COMPETITIVE_CONSULTATION, Method.Justification.PURCHASE_OF_SERVICES, "需磋商", null));
        drafts.requestApproval(users.user("purchaser"), id, drafts.draft(users.user("purchaser"), id).procedure().version(),
                "培训内容需磋商");
        mvc.perform(get("/procedures/approvals").with(users.as("finance"))).andExpect(status().isOk());
        mvc.perform(post("/procedures/" + id.value() + "/approval-decision").with(users.as("finance")).with(csrf())
                .param("version", Integer.toString(drafts.draft(users.user("finance"), id).procedure().version()))
                .param("approve", "true").param("reason", "符合政府购买服务项目采用竞争性磋商的情形"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "procurement.page.decided"));
        assertThat(drafts.draft(users.user("purchaser"), id).procedure().approval().status())
                .isEqualTo(Procedure.Approval.Status.APPROVED);
    }

    @Test
    void theAgencyDrawsTheInviteesOnTheDraftPageOfADelegatedTender() throws Exception {
        PurchaseRequestId request = request();
        Actor agent = users.user("agent");
        drafts.delegate(users.user("purchaser"), request, new OrganizationId(agent.organizationId()), "委托代理协议");
        ProcedureId id = drafts.create(agent, request, new ProcedureDrafts.Description("行业政策研究", null,
                Method.INVITATIONAL_TENDER, Method.Justification.SPECIAL_NATURE, "潜在供应商有限", null));
        drafts.schedule(agent, id, drafts.draft(agent, id).procedure().version(), new Timetable(null, null, null, null, null,
                LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 10), null, null));
        String[] qualified = registry.verified().stream().filter(o -> o.kind() == OrganizationKind.INDUSTRY_ASSOCIATION)
                .filter(o -> suppliers.eligibility(o.id(), new OrganizationId(users.user("purchaser").organizationId()),
                        LocalDate.now(ZoneId.of("Asia/Shanghai"))).verdict() == Verdict.ELIGIBLE)
                .limit(4).map(o -> o.id().value().toString()).toArray(String[]::new);

        mvc.perform(get("/procedures/" + id.value()).with(users.as("agent"))).andExpect(status().isOk());
        mvc.perform(post("/procedures/" + id.value() + "/invitation-draw").with(users.as("agent")).with(csrf())
                .param("version", Integer.toString(drafts.draft(agent, id).procedure().version())).param("count", "3")
                .param("qualified", qualified))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "procurement.page.saved"));
        assertThat(drafts.draft(agent, id).draw()).hasValueSatisfying(draw -> assertThat(draw.invited()).hasSize(3));
        String page = mvc.perform(get("/procedures/" + id.value()).with(users.as("purchaser"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"invited\"");
    }
}
