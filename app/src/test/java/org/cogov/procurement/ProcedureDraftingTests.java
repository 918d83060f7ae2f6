package org.cogov.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.catalogue.SubjectKind;
import org.cogov.identity.Role;
import org.cogov.identity.UserProvisioning;
import org.cogov.planning.BudgetLineId;
import org.cogov.planning.Budgets;
import org.cogov.planning.ContractTerm;
import org.cogov.planning.PurchaseRequestId;
import org.cogov.planning.PurchaseRequests;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.OrganizationKind;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Drafting a procedure from an accepted request, as its department, another department, an agency and the finance bureau. */
@DatabaseTest
class ProcedureDraftingTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ProcedureDrafts drafts;
    @Autowired
    Budgets budgets;
    @Autowired
    PurchaseRequests requests;
    @Autowired
    Registry registry;
    @Autowired
    org.cogov.registry.Suppliers suppliers;
    @Autowired
    UserProvisioning provisioning;
    @Autowired
    TestUsers users;
    @Autowired
    MockMvc mvc;

    private Actor purchaser;
    private Actor finance;

    @BeforeEach
    void signIn() {
        purchaser = users.user("purchaser");
        finance = users.user("finance");
    }

    /** An accepted request of the demo purchaser's department, funded by a line of its own. */
    private PurchaseRequestId request(long amount) {
        BudgetLineId line = budgets.record(finance, new OrganizationId(purchaser.organizationId()), new Budgets.NewLine(
                LocalDate.now(SHANGHAI).getYear(), "T-" + UUID.randomUUID().toString().substring(0, 8), "行业服务经费",
                Money.yuan(amount * 2)));
        LocalDate start = LocalDate.now(SHANGHAI).plusMonths(2);
        return requests.submit(purchaser, new PurchaseRequests.NewRequest(line, "030101", "行业运行监测服务", null,
                Money.yuan(amount), new ContractTerm(start, start.plusMonths(10)), null, "本市规模以上企业",
                SubjectKind.SERVICE, false, false, false, false)).id();
    }

    private ProcedureId draft(Method method, Method.Justification justification, long amount) {
        return drafts.create(purchaser, request(amount), new ProcedureDrafts.Description("行业运行监测服务采购", null, method,
                justification, justification == null ? null : "服务内容复杂，需通过磋商确定方案", null));
    }

    private int version(ProcedureId id) {
        return drafts.draft(purchaser, id).procedure().version();
    }

    @Test
    void aServicesInquiryIsRefused() {
        assertThatThrownBy(() -> draft(Method.INQUIRY, null, 300_000)).isInstanceOf(RuleViolations.class)
                .satisfies(e -> assertThat(((RuleViolations) e).violations()).extracting(RuleViolation::messageKey)
                        .contains("procurement.method.inquiry-goods-only"));
    }

    @Test
    void aTenderDeadlineEarlierThanTwentyDaysAfterTheDocumentsIsRefusedWithTheEarliestDay() {
        ProcedureId id = draft(Method.PUBLIC_TENDER, null, 2_500_000);
        Timetable early = new Timetable(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 12),
                LocalDateTime.of(2025, 3, 24, 9, 30).atZone(SHANGHAI).toInstant(), null, null, null, null, null, null);

        assertThatThrownBy(() -> drafts.schedule(purchaser, id, version(id), early)).isInstanceOf(RuleViolations.class)
                .satisfies(e -> assertThat(((RuleViolations) e).violations()).singleElement().satisfies(v -> {
                    assertThat(v.messageKey()).isEqualTo("procurement.date.documents-to-deadline");
                    assertThat(v.arguments()[0]).isEqualTo("2025-03-25");
                }));

        Timetable onTime = new Timetable(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 12),
                LocalDateTime.of(2025, 3, 25, 9, 30).atZone(SHANGHAI).toInstant(), null, null, null, null, null, null);
        drafts.schedule(purchaser, id, version(id), onTime);
        assertThat(drafts.draft(purchaser, id).procedure().timetable().deadline()).isEqualTo(onTime.deadline());
    }

    @Test
    void aNonTenderMethodAboveTheThresholdCannotBePublishedWithoutTheFinanceBureau() {
        ProcedureId id = draft(Method.COMPETITIVE_CONSULTATION, Method.Justification.PURCHASE_OF_SERVICES, 2_500_000);
        assertThat(drafts.draft(purchaser, id).blockers()).extracting(RuleViolation::messageKey)
                .contains("procurement.blocker.approval-missing");

        drafts.requestApproval(purchaser, id, version(id), "服务需求需与供应商磋商后确定");
        assertThat(drafts.awaitingApproval(finance)).extracting(Procedure::id).contains(id);
        drafts.decideApproval(finance, id, version(id), true, "符合竞争性磋商适用情形");

        assertThat(drafts.draft(purchaser, id).blockers()).extracting(RuleViolation::messageKey)
                .doesNotContain("procurement.blocker.approval-missing");
    }

    @Test
    void anApprovalCoversOnlyTheMethodItWasGivenFor() {
        ProcedureId id = draft(Method.COMPETITIVE_CONSULTATION, Method.Justification.PURCHASE_OF_SERVICES, 2_500_000);
        drafts.requestApproval(purchaser, id, version(id), "服务需求需与供应商磋商后确定");
        drafts.decideApproval(finance, id, version(id), true, "同意");

        drafts.describe(purchaser, id, version(id), new ProcedureDrafts.Description("行业运行监测服务采购", null,
                Method.COMPETITIVE_NEGOTIATION, Method.Justification.URGENCY, "时间紧迫", null));

        assertThat(drafts.draft(purchaser, id).blockers()).extracting(RuleViolation::messageKey)
                .contains("procurement.blocker.approval-missing");
    }

    @Test
    void aServicesPriceWeightOfThirtyFivePercentIsRefusedOverTheApi() throws Exception {
        ProcedureId id = draft(Method.COMPETITIVE_CONSULTATION, Method.Justification.PURCHASE_OF_SERVICES, 800_000);
        mvc.perform(put("/api/v1/procedures/" + id.value() + "/lots").with(users.as("purchaser")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(lots(version(id), 35, 65)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("lots[0].priceWeight"));
        mvc.perform(put("/api/v1/procedures/" + id.value() + "/lots").with(users.as("purchaser")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(lots(version(id), 25, 75)))
                .andExpect(status().isOk());
        assertThat(drafts.draft(purchaser, id).lots()).hasSize(2);
    }

    private static String lots(int version, int price, int technical) {
        String lot = """
                {"number":%d,"title":"第%d包","description":null,"budget":300000,"awardMethod":"COMPREHENSIVE_SCORING",
                 "priceWeight":%d,"priceFixed":false,"factors":[{"name":"服务方案","weight":%d,"guidance":"方案完整、可行","kind":"GENERAL"}]}""";
        return "{\"version\":" + version + ",\"lots\":[" + lot.formatted(1, 1, price, technical) + ","
                + lot.formatted(2, 2, price, technical) + "]}";
    }

    @Test
    void theTieRulesOfALotAreSavedInTheirOrderAndAFactorTheLotLacksIsRefusedOverTheApi() throws Exception {
        ProcedureId id = draft(Method.PUBLIC_TENDER, null, 800_000);
        String lot = """
                {"version":%d,"lots":[{"number":1,"title":"第1包","budget":300000,"awardMethod":"COMPREHENSIVE_SCORING",
                 "priceWeight":20,"factors":[{"name":"服务方案","weight":50,"guidance":"方案完整、可行"},
                 {"name":"团队","weight":30,"guidance":"人员稳定"}],"tieBreaks":%s}]}""";
        mvc.perform(put("/api/v1/procedures/" + id.value() + "/lots").with(users.as("purchaser")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(lot.formatted(version(id), "[{\"rule\":\"HIGHER_FACTOR\",\"factor\":3}]")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("lots[0].tieBreaks[0].factor"));

        mvc.perform(put("/api/v1/procedures/" + id.value() + "/lots").with(users.as("purchaser")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(lot.formatted(version(id),
                        "[{\"rule\":\"HIGHER_FACTOR\",\"factor\":2},{\"rule\":\"EARLIER_RECEIPT\"}]")))
                .andExpect(status().isOk());

        assertThat(drafts.draft(purchaser, id).lots().get(0).criteria().tieBreaks())
                .containsExactly(AwardCriteria.TieBreak.higherFactor(2), AwardCriteria.TieBreak.earlierReceipt());
        mvc.perform(get("/api/v1/procedures/" + id.value()).with(users.as("purchaser")))
                .andExpect(jsonPath("$.lots[0].criteria.tieBreaks[0].rule").value("HIGHER_FACTOR"))
                .andExpect(jsonPath("$.lots[0].criteria.tieBreaks[0].factor").value(2))
                .andExpect(jsonPath("$.lots[0].criteria.tieBreaks[1].rule").value("EARLIER_RECEIPT"));
    }

    @Test
    void aNegotiationCannotBreakTiesOnAFactorItDoesNotRankBy() {
        ProcedureId id = draft(Method.COMPETITIVE_NEGOTIATION, Method.Justification.SPECIFICATIONS_NOT_FIXABLE, 800_000);
        Lot lot = new Lot(1, "全部服务", null, Money.yuan(300_000), new AwardCriteria.ComprehensiveScoring(BigDecimal.valueOf(20),
                false, java.util.List.of(new AwardCriteria.Factor("服务方案", BigDecimal.valueOf(80), "方案完整",
                        AwardCriteria.Factor.Kind.GENERAL)), java.util.List.of(AwardCriteria.TieBreak.higherFactor(1))));

        assertThatThrownBy(() -> drafts.divide(purchaser, id, version(id), java.util.List.of(lot)))
                .isInstanceOfSatisfying(RuleViolations.class, e -> assertThat(e.violations()).extracting(RuleViolation::messageKey)
                        .contains("procurement.criteria.tie-break-negotiation"));
    }

    @Test
    void lotsBeyondTheRequestsEstimateAreRefused() {
        ProcedureId id = draft(Method.PUBLIC_TENDER, null, 500_000);
        Lot lot = new Lot(1, "全部服务", null, Money.yuan(600_000), new AwardCriteria.LowestPrice());
        assertThatThrownBy(() -> drafts.divide(purchaser, id, version(id), java.util.List.of(lot)))
                .isInstanceOf(RuleViolations.class);
    }

    @Test
    void aPurchaserOfAnotherDepartmentNeitherSeesNorChangesTheDraft() throws Exception {
        ProcedureId id = draft(Method.PUBLIC_TENDER, null, 500_000);
        String other = purchaserOfAnotherDepartment();

        mvc.perform(get("/api/v1/procedures/" + id.value()).with(users.as(other))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/procedures/" + id.value() + "/lots").with(users.as(other)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(lots(version(id), 25, 75))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/procedures").with(users.as(other)))
                .andExpect(jsonPath("$[?(@.id == '" + id.value() + "')]").doesNotExist());
        assertThat(drafts.draft(purchaser, id).lots()).isEmpty();
    }

    @Test
    void anAgencySeesOnlyTheProceduresDelegatedToIt() throws Exception {
        ProcedureId own = draft(Method.PUBLIC_TENDER, null, 500_000);
        PurchaseRequestId delegatedRequest = request(400_000);
        Actor agent = users.user("agent");
        drafts.delegate(purchaser, delegatedRequest, new OrganizationId(agent.organizationId()), "委托代理协议 2026-017");

        ProcedureId delegated = drafts.create(agent, delegatedRequest, new ProcedureDrafts.Description("委托代理的监测服务", null,
                Method.PUBLIC_TENDER, null, null, null));

        mvc.perform(get("/api/v1/procedures/" + delegated.value()).with(users.as("agent"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/procedures/" + own.value()).with(users.as("agent"))).andExpect(status().isNotFound());
        assertThat(drafts.procedures(agent)).extracting(Procedure::id).contains(delegated).doesNotContain(own);
        assertThat(drafts.procedures(purchaser)).extracting(Procedure::id).contains(delegated, own);
    }

    @Test
    void anAgencyWithoutADelegationCannotDraftFromTheRequest() {
        PurchaseRequestId notDelegated = request(400_000);
        assertThatThrownBy(() -> drafts.create(users.user("agent"), notDelegated, new ProcedureDrafts.Description("未委托",
                null, Method.PUBLIC_TENDER, null, null, null)))
                .isInstanceOf(RuleViolation.class).extracting("kind").isEqualTo(RuleViolation.Kind.NOT_FOUND);
    }

    @Test
    void aRequestFeedsOneProcedureAtATime() {
        PurchaseRequestId request = request(400_000);
        drafts.create(purchaser, request, new ProcedureDrafts.Description("第一次", null, Method.PUBLIC_TENDER, null, null, null));
        assertThatThrownBy(() -> drafts.create(purchaser, request, new ProcedureDrafts.Description("第二次", null,
                Method.PUBLIC_TENDER, null, null, null))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void custodiansAllFromThePurchasingDepartmentAreRefused() {
        ProcedureId id = draft(Method.PUBLIC_TENDER, null, 500_000);
        UUID first = purchaser.userId();
        UUID second = provisioning.provision(purchaser.organizationId(), "custodian-" + UUID.randomUUID().toString().substring(0, 8),
                "同部门保管人", "Lanjiang-demo-2026", EnumSet.of(Role.PURCHASER), "zh-CN", null);
        assertThatThrownBy(() -> drafts.nameCustodians(purchaser, id, version(id), 2, java.util.List.of(first, second)))
                .isInstanceOf(RuleViolations.class)
                .satisfies(e -> assertThat(((RuleViolations) e).violations()).extracting(RuleViolation::messageKey)
                        .contains("procurement.custodians.all-inside"));

        drafts.nameCustodians(purchaser, id, version(id), 2, java.util.List.of(first, users.user("finance").userId()));
        assertThat(drafts.draft(purchaser, id).custodians()).hasSize(2);
    }

    @Test
    void theRuleTableIsPublishedWithItsLegalBasis() throws Exception {
        mvc.perform(get("/api/v1/procurement/rules").with(users.as("purchaser"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.rule == 'PUBLIC_TENDER_THRESHOLD')].legalBasisZh").exists());
    }

    private String purchaserOfAnotherDepartment() {
        OrganizationId department = registry.organizations().stream()
                .filter(o -> o.kind() == OrganizationKind.DEPARTMENT && !o.id().value().equals(purchaser.organizationId()))
                .findFirst().orElseThrow().id();
        String username = "purchaser-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.provision(department.value(), username, "另一部门采购人", "Lanjiang-demo-2026", EnumSet.of(Role.PURCHASER),
                "zh-CN", null);
        return username;
    }

    @Test
    void abandoningADraftGivesTheRequestBack() {
        PurchaseRequestId request = request(300_000);
        ProcedureId id = drafts.create(purchaser, request, new ProcedureDrafts.Description("放弃的草稿", null,
                Method.PUBLIC_TENDER, null, null, null));
        drafts.abandon(purchaser, id, version(id));
        assertThat(requests.request(purchaser, request).status()).isEqualTo(org.cogov.planning.PurchaseRequest.Status.ACCEPTED);
    }

    @Test
    void anInvitationalTenderInvitesAtLeastThreeDrawnAtRandomFromTheQualified() {
        ProcedureId id = drafts.create(purchaser, request(600_000), new ProcedureDrafts.Description("行业政策研究", null,
                Method.INVITATIONAL_TENDER, Method.Justification.SPECIAL_NATURE, "潜在供应商有限", null));
        drafts.schedule(purchaser, id, version(id), new Timetable(null, null, null, null, null, LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 3, 10), null, null));
        java.util.List<OrganizationId> qualified = registry.verified().stream()
                .filter(o -> o.kind() == OrganizationKind.INDUSTRY_ASSOCIATION)
                .filter(o -> suppliers.eligibility(o.id(), new OrganizationId(purchaser.organizationId()), LocalDate.now(SHANGHAI))
                        .verdict() == org.cogov.registry.Verdict.ELIGIBLE)
                .limit(5).map(org.cogov.registry.Organization::id).toList();

        assertThatThrownBy(() -> drafts.drawInvitees(purchaser, id, version(id), qualified, 2))
                .isInstanceOf(RuleViolations.class)
                .satisfies(e -> assertThat(((RuleViolations) e).violations()).extracting(RuleViolation::messageKey)
                        .contains("procurement.draw.too-few"));

        InvitationDraw draw = drafts.drawInvitees(purchaser, id, version(id), qualified, 3);
        assertThat(draw.invited()).hasSize(3).isSubsetOf(qualified);
        assertThat(InvitationDraw.draw(draw.seed(), qualified, 3).invited()).isEqualTo(draw.invited());
        assertThat(drafts.draft(purchaser, id).draw()).contains(draw);
    }

    @Test
    void aPurchaserTakesARequestBackFromItsAgencyUntilTheAgencyDraftsFromIt() {
        PurchaseRequestId request = request(300_000);
        Actor agent = users.user("agent");
        UUID delegation = drafts.delegate(purchaser, request, new OrganizationId(agent.organizationId()), "委托代理协议");
        drafts.revokeDelegation(purchaser, delegation);
        assertThatThrownBy(() -> drafts.create(agent, request, new ProcedureDrafts.Description("已撤回", null,
                Method.PUBLIC_TENDER, null, null, null))).isInstanceOf(RuleViolation.class);

        UUID again = drafts.delegate(purchaser, request, new OrganizationId(agent.organizationId()), "委托代理协议（续）");
        drafts.create(agent, request, new ProcedureDrafts.Description("代理项目", null, Method.PUBLIC_TENDER, null, null, null));
        assertThatThrownBy(() -> drafts.revokeDelegation(purchaser, again)).isInstanceOf(RuleViolation.class)
                .extracting("messageKey").isEqualTo("procurement.delegation.in-use");
    }

    @Test
    void aNewUploadOfADocumentKindIsItsNextVersionAndTheFirstStays() {
        ProcedureId id = draft(Method.PUBLIC_TENDER, null, 500_000);
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(drafts.attach(purchaser, id, TenderDocument.Kind.TENDER_DOCUMENTS, new java.io.ByteArrayInputStream(pdf),
                "招标文件.pdf")).isEqualTo(1);
        assertThat(drafts.attach(purchaser, id, TenderDocument.Kind.TENDER_DOCUMENTS, new java.io.ByteArrayInputStream(pdf),
                "招标文件（修订）.pdf")).isEqualTo(2);
        assertThat(drafts.draft(purchaser, id).documents()).extracting(TenderDocument::version, TenderDocument::filename)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "招标文件（修订）.pdf"),
                        org.assertj.core.groups.Tuple.tuple(1, "招标文件.pdf"));
    }
}
