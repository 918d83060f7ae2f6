package org.cogov.contracting.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.contracting.Contract;
import org.cogov.contracting.Dimension;
import org.cogov.contracting.IndicatorGroup;
import org.cogov.contracting.IndicatorSet;
import org.cogov.contracting.Milestone;
import org.cogov.contracting.ServicePeriod;
import org.cogov.identity.Role;
import org.cogov.identity.UserProvisioning;
import org.cogov.procurement.ChallengeAnswered;
import org.cogov.procurement.Remedy;
import org.cogov.procurement.award.Awards;
import org.cogov.procurement.evaluation.EvaluatedLots;
import org.cogov.registry.Organization;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The contract drafted from the award: its parties, service, price, term, sign-by day, milestone and indicator set;
 * the purchaser's edits under the rules; who reads it; and its withdrawal when a remedy cancels the award.
 */
@DatabaseTest
class ContractDraftTests {

    private static final Map<String, EvaluatedLots.Evaluated> MADE = new LinkedHashMap<>();
    private static final Map<String, Contract> DRAFTED = new LinkedHashMap<>();

    @Autowired
    ContractDrafts drafts;
    @Autowired
    Awards awards;
    @Autowired
    TestUsers users;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    UserProvisioning provisioning;
    @Autowired
    Registry registry;
    @Autowired
    MockMvc mvc;

    @Test
    void anAwardDraftsItsContract() {
        Contract contract = drafted("drafted");
        LocalDate noticeDay = contract.awardedAt().atZone(workingDays.zone()).toLocalDate();

        assertThat(contract.status()).isEqualTo(Contract.Status.DRAFT);
        assertThat(contract.purchaser().organizationId()).isEqualTo(purchaser().organizationId());
        assertThat(contract.provider().organizationId()).isEqualTo(users.user("provider2").organizationId());
        assertThat(contract.price()).isEqualByComparingTo("88000.00");
        assertThat(contract.awardNoticeOn()).isEqualTo(noticeDay);
        assertThat(contract.signBy()).isEqualTo(workingDays.plusDays(noticeDay, 30));
        assertThat(contract.term().months()).isBetween(1, 36);
        assertThat(contract.milestones()).singleElement().satisfies(m -> {
            assertThat(m.share()).isEqualByComparingTo("100");
            assertThat(m.due()).isEqualTo(contract.term().end());
            assertThat(m.deliverable()).contains(contract.serviceTitle());
        });
        assertThat(contract.indicators().violations()).isEmpty();
        assertThat(contract.indicators().groups()).extracting(g -> g.weight().intValue()).containsExactly(50, 30, 10, 10);
    }

    @Test
    void paymentSharesNotSummingToHundredAreRefused() {
        Contract contract = drafted("shares");
        ServicePeriod term = contract.term();
        List<Milestone> ninety = List.of(new Milestone("中期报告", term.start().plusMonths(1), new BigDecimal("40"), false),
                new Milestone("终期报告", term.end(), new BigDecimal("50"), false));

        assertThatThrownBy(() -> drafts.changeMilestones(purchaser(), contract.id(), contract.version(), ninety))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("contracting.milestones.shares-not-hundred");
                    assertThat(v.field()).isEqualTo("milestones");
                });

        List<Milestone> whole = List.of(new Milestone("预付款", term.start(), new BigDecimal("30"), true),
                new Milestone("中期报告", term.start().plusMonths(1), new BigDecimal("30"), false),
                new Milestone("终期报告", term.end(), new BigDecimal("40"), false));
        Contract changed = drafts.changeMilestones(purchaser(), contract.id(), contract.version(), whole);
        assertThat(changed.milestones()).extracting(Milestone::share).extracting(BigDecimal::intValue).containsExactly(30, 30, 40);
        assertThat(changed.version()).isEqualTo(contract.version() + 1);
    }

    @Test
    void aThirtySixMonthTermNeedsTheStableServiceJustification() {
        Contract contract = drafted("term");
        LocalDate start = contract.term().start();
        Money bond = Money.yuan(8_800);

        assertThatThrownBy(() -> drafts.changeTerms(purchaser(), contract.id(), contract.version(),
                new ContractDrafts.Terms(new ServicePeriod(start, 36, false, null), "按节点支付", "违约责任", bond)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("stableService"));
        Contract longer = drafts.changeTerms(purchaser(), contract.id(), contract.version(),
                new ContractDrafts.Terms(new ServicePeriod(start, 36, true, "行业运行监测为常年性、连续性服务，预算已纳入中期财政规划"),
                        "按节点支付", "违约责任", bond));
        assertThat(longer.term().months()).isEqualTo(36);
        assertThat(longer.performanceBond()).isEqualByComparingTo("8800.00");

        assertThatThrownBy(() -> drafts.changeTerms(purchaser(), contract.id(), longer.version(),
                new ContractDrafts.Terms(new ServicePeriod(start, 48, true, "常年性服务"), null, null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("termMonths"));
        assertThatThrownBy(() -> drafts.changeTerms(purchaser(), contract.id(), longer.version(),
                new ContractDrafts.Terms(longer.term(), null, null, Money.yuan(8_801))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("performanceBond"));
        assertThatThrownBy(() -> drafts.changeTerms(purchaser(), contract.id(), contract.version(),
                new ContractDrafts.Terms(longer.term(), null, null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.kind()).isEqualTo(RuleViolation.Kind.CONFLICT));
        // A shorter term that leaves the final milestone outside it is refused on the milestone.
        assertThatThrownBy(() -> drafts.changeTerms(purchaser(), contract.id(), longer.version(),
                new ContractDrafts.Terms(new ServicePeriod(start, 1, false, null), null, null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("milestones[0].due"));
    }

    @Test
    void indicatorWeightsAreHeldToTheirSums() {
        Contract contract = drafted("indicators");
        List<IndicatorGroup> groups = new ArrayList<>(contract.indicators().groups());
        IndicatorGroup effects = groups.get(1);
        groups.set(1, new IndicatorGroup(Dimension.EFFECTS, new BigDecimal("40"), effects.indicators()));

        assertThatThrownBy(() -> drafts.changeIndicators(purchaser(), contract.id(), contract.version(), new IndicatorSet(groups)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("groups[1].indicators"));
        Contract same = drafts.changeIndicators(purchaser(), contract.id(), contract.version(), contract.indicators());
        assertThat(same.indicators()).isEqualTo(contract.indicators());
    }

    @Test
    void thePurchaserSetsTheIndicatorSetOverTheApiAndEachRuleNamesItsKind() throws Exception {
        Contract contract = drafted("api-indicators");
        String indicators = """
                {"version":%d,"groups":[
                 {"dimension":"OUTPUTS","weight":60,"indicators":[
                   {"nameZh":"报告期数","nameEn":"Reports delivered","weight":40,"target":"12 期","scoring":{"kind":"LINEAR","value":12}},
                   {"nameZh":"数据准确率","nameEn":"Data accuracy","weight":20,"target":"≥ 95 %%",
                    "scoring":{"kind":"BANDED","bands":[{"from":0,"percent":0},{"from":90,"percent":60},{"from":95,"percent":100}]}}]},
                 {"dimension":"EFFECTS","weight":20,"indicators":[
                   {"nameZh":"政策采纳","nameEn":"Use in policy","weight":20,"target":"被采纳","scoring":{"kind":"JUDGEMENT"}}]},
                 {"dimension":"SATISFACTION","weight":10,"indicators":[
                   {"nameZh":"满意率","nameEn":"Satisfied share","weight":10,"target":"≥ 85 %%","scoring":{"kind":"THRESHOLD","value":85}}]},
                 {"dimension":"BUDGET_EXECUTION","weight":10,"indicators":[
                   {"nameZh":"预算执行率","nameEn":"Budget executed","weight":10,"target":"100 %%","scoring":{"kind":"LINEAR","value":100}}]}]}
                """;

        mvc.perform(put("/api/v1/contracts/{id}/indicators", contract.id().value()).with(users.as("purchaser")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(indicators.formatted(contract.version())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.indicators.groups[0].weight").value(60))
                .andExpect(jsonPath("$.indicators.groups[0].indicators[1].rule.kind").value("BANDED"))
                .andExpect(jsonPath("$.indicators.groups[1].indicators[0].rule.kind").value("JUDGEMENT"));
        Contract changed = drafts.contract(purchaser(), contract.id());
        mvc.perform(put("/api/v1/contracts/{id}/indicators", contract.id().value()).with(users.as("purchaser")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(indicators.formatted(changed.version()).replace("\"weight\":60", "\"weight\":50")))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(put("/api/v1/contracts/{id}/indicators", contract.id().value()).with(users.as("provider2")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(indicators.formatted(changed.version()))).andExpect(status().isForbidden());
        assertThat(drafts.contract(purchaser(), contract.id()).indicators().groups().get(0).weight()).isEqualByComparingTo("60");
    }

    @Test
    void oneDepartmentCannotSeeAnothersContract() {
        Contract contract = drafted("another");
        Actor other = otherPurchaser();

        assertThat(drafts.contracts(other)).extracting(Contract::id).doesNotContain(contract.id());
        assertThatThrownBy(() -> drafts.contract(other, contract.id()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND));
        assertThatThrownBy(() -> drafts.changeMilestones(other, contract.id(), contract.version(), contract.milestones()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND));
        assertThat(drafts.contracts(purchaser())).extracting(Contract::id).contains(contract.id());
    }

    @Test
    void theProviderReadsItsOwnContractAndSupervisorsReadAll() {
        Contract contract = drafted("another");

        assertThat(drafts.contract(users.user("provider2"), contract.id()).id()).isEqualTo(contract.id());
        assertThat(drafts.contracts(users.user("provider2"))).extracting(Contract::id).contains(contract.id());
        assertThatThrownBy(() -> drafts.contract(users.user("provider"), contract.id())).isInstanceOf(RuleViolation.class);
        assertThat(drafts.contract(users.user("finance"), contract.id()).id()).isEqualTo(contract.id());
        assertThat(drafts.contract(users.user("auditor"), contract.id()).id()).isEqualTo(contract.id());
        assertThatThrownBy(() -> drafts.contract(users.user("expert"), contract.id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> drafts.changeMilestones(users.user("provider2"), contract.id(), contract.version(),
                contract.milestones())).isInstanceOf(Forbidden.class);
    }

    @Test
    void aCancelledAwardWithdrawsItsDraft() {
        Contract first = drafted("cancelled");
        EvaluatedLots.Evaluated lot = MADE.get("cancelled");

        transaction.executeWithoutResult(s -> events.publishEvent(new ChallengeAnswered(purchaser().userId(),
                purchaser().organizationId(), UUID.randomUUID(), lot.id().value(), "ref", 1, true, Remedy.NEXT_CANDIDATE,
                first.awardedAt())));

        Contract withdrawn = drafts.contract(purchaser(), first.id());
        assertThat(withdrawn.status()).isEqualTo(Contract.Status.WITHDRAWN);
        assertThat(withdrawn.withdrawnReason()).isNotBlank();
        assertThatThrownBy(() -> drafts.changeMilestones(purchaser(), first.id(), withdrawn.version(), withdrawn.milestones()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("contracting.contract.not-a-draft"));
        assertThat(drafts.contracts(purchaser())).filteredOn(c -> c.procedureId().equals(lot.id().value()))
                .filteredOn(c -> c.status() == Contract.Status.DRAFT).singleElement()
                .satisfies(next -> assertThat(next.provider().organizationId()).isEqualTo(users.user("provider").organizationId()));
    }

    @Test
    void thePurchaserDividesThePaymentsOnTheContractsPageAndTheApiNamesTheFieldItRefuses() throws Exception {
        Contract contract = drafted("web");
        mvc.perform(get("/contracts/" + contract.id().value()).with(users.as("purchaser"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"milestones-form\"")));
        mvc.perform(put("/api/v1/contracts/" + contract.id().value() + "/milestones").with(users.as("purchaser")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + contract.version()
                        + ",\"milestones\":[{\"deliverable\":\"终期报告\",\"due\":\"" + contract.term().end() + "\",\"share\":90}]}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("milestones"));

        mvc.perform(post("/contracts/" + contract.id().value() + "/milestones").with(users.as("purchaser")).with(csrf())
                .param("version", Integer.toString(contract.version()))
                .param("milestones[0].deliverable", "中期报告").param("milestones[0].due", contract.term().start().plusMonths(1).toString())
                .param("milestones[0].share", "40")
                .param("milestones[2].deliverable", "终期报告").param("milestones[2].due", contract.term().end().toString())
                .param("milestones[2].share", "60"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "contracting.page.saved"));

        assertThat(drafts.contract(purchaser(), contract.id()).milestones()).extracting(Milestone::deliverable)
                .containsExactly("中期报告", "终期报告");
        mvc.perform(get("/contracts/" + contract.id().value()).with(users.as("provider2"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"milestones-form\""))));
    }

    private synchronized Contract drafted(String scenario) {
        if (MADE.isEmpty()) {
            Map<String, List<String>> prices = new LinkedHashMap<>();
            for (String name : List.of("drafted", "shares", "term", "indicators", "another", "cancelled", "web", "api-indicators")) {
                prices.put(name, List.of("90000.00", "88000.00", "95000.00"));
            }
            MADE.putAll(EvaluatedLots.evaluate(context, users, prices));
            for (Map.Entry<String, EvaluatedLots.Evaluated> made : MADE.entrySet()) {
                UUID first = users.user(made.getValue().bidders().get(1)).organizationId();
                awards.confirm(purchaser(), made.getValue().id(), 1, first, null);
                DRAFTED.put(made.getKey(), drafts.contracts(purchaser()).stream()
                        .filter(c -> c.procedureId().equals(made.getValue().id().value())).findFirst().orElseThrow());
            }
        }
        return drafts.contract(purchaser(), DRAFTED.get(scenario).id());
    }

    private Actor purchaser() {
        return users.user("purchaser");
    }

    private Actor otherPurchaser() {
        String name = "purchaser-education";
        if (!provisioning.exists(name)) {
            Organization education = registry.organizations().stream().filter(o -> o.nameZh().equals("澜江市教育局")).findFirst()
                    .orElseThrow();
            provisioning.provision(education.id().value(), name, "教育局采购员", "Lanjiang-demo-2026", Set.of(Role.PURCHASER), "zh-CN",
                    null);
        }
        return users.user(name);
    }
}
