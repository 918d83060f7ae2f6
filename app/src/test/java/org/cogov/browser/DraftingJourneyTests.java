package org.cogov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.cogov.catalogue.SubjectKind;
import org.cogov.identity.UserProvisioning;
import org.cogov.planning.BudgetLineId;
import org.cogov.planning.Budgets;
import org.cogov.planning.ContractTerm;
import org.cogov.planning.PurchaseRequests;
import org.cogov.registry.OrganizationId;
import org.cogov.shared.Actor;
import org.cogov.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DraftingJourneyTests extends BrowserJourney {

    @Autowired
    Budgets budgets;
    @Autowired
    PurchaseRequests requests;
    @Autowired
    UserProvisioning users;

    @Test
    void purchaserDraftsATwoLotConsultationAndSubmitsItForApproval() {
        // Step 0: the finance bureau has funded a line, and the department's request to buy training is accepted.
        Actor purchaser = users.actingAs("purchaser");
        BudgetLineId line = budgets.record(users.actingAs("finance"), new OrganizationId(purchaser.organizationId()),
                new Budgets.NewLine(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear(),
                        "J-" + UUID.randomUUID().toString().substring(0, 6), "行业人才培养专项", Money.yuan(5_000_000)));
        LocalDate start = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(2);
        String title = "外贸企业从业人员培训 " + UUID.randomUUID().toString().substring(0, 4);
        requests.submit(purchaser, new PurchaseRequests.NewRequest(line, "030701", title, "两期培训，每期三百人次",
                Money.yuan(2_600_000), new ContractTerm(start, start.plusMonths(10)), null, "本市外贸企业从业人员",
                SubjectKind.SERVICE, false, false, false, false));

        // Step 1: the purchaser opens the procedures and starts a competitive consultation from the request.
        ProcedurePage draft = openLoginPage().logInAs("purchaser", DEMO_PASSWORD).openProcedures().newDraft()
                .create(title + " — 2,600,000.00 元", "外贸企业从业人员培训采购", "COMPETITIVE_CONSULTATION", "PURCHASE_OF_SERVICES",
                        "培训内容与方式需与培训机构磋商后确定");
        assertThat(draft.reference()).startsWith("LJCG-");
        assertThat(draft.blockerKeys()).contains("procurement.blocker.lots-missing", "procurement.blocker.approval-missing");

        // Step 2: a price weight of 35 % is refused in words: services allow 10–30 %.
        draft = draft.lot(0, "第一期培训", "1300000", "35", "培训方案", "65", "课程体系完整、师资匹配").saveLots();
        assertThat(draft.refused()).contains("35", "10", "30");

        // Step 3: two lots with 20 % for the price and 80 % for the training plan are saved.
        draft = draft.lot(0, "第一期培训", "1300000", "20", "培训方案", "80", "课程体系完整、师资匹配")
                .lot(1, "第二期培训", "1300000", "20", "培训方案", "80", "课程体系完整、师资匹配").saveLots();
        assertThat(draft.saved()).isNotBlank();
        assertThat(draft.lotTitles()).containsExactly("第一期培训", "第二期培训");

        // Step 4: at 2.6 million a consultation needs the finance bureau: the purchaser submits it for approval.
        draft = draft.requestApproval("政府购买服务项目，培训内容需通过磋商确定，拟采用竞争性磋商方式");
        assertThat(draft.approvalStatus()).isEqualTo("待财政部门审批");
        screenshot();
    }
}
