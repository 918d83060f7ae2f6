package org.cogov.contracting.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.contracting.Contract;
import org.cogov.contracting.ContractFlag;
import org.cogov.contracting.ContractId;
import org.cogov.contracting.ContractImplementation;
import org.cogov.contracting.ContractPayment;
import org.cogov.contracting.MilestoneDelivery;
import org.cogov.contracting.PaymentTerms;
import org.cogov.contracting.SignedContracts;
import org.cogov.contracting.drafting.ContractDrafts;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.cogov.shared.time.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A signed contract carried out: the advance ordered at signature, deliverables submitted, rejected and accepted with the
 * beneficiaries' opinions, payments ordered, made and followed by the budget line, add-ons within their cap, publication
 * and filing with their flags, termination, completion, reminders — each scenario on a contract of its own.
 */
@DatabaseTest
class ImplementationTests {

    private static Map<String, ContractId> signed;
    private static final List<String> SCENARIOS = List.of("advance", "accept", "reject", "unpaid", "spend", "add-on", "terminate",
            "publish", "remind", "complete", "web");

    @Autowired
    Implementation implementation;
    @Autowired
    ContractReminders reminders;
    @Autowired
    ContractDrafts drafts;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    TestUsers users;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void theAdvanceIsOrderedAtSignatureAndPaidWithoutAcceptance() {
        ContractImplementation signed = implementation.of(purchaser(), contract("advance"));

        assertThat(signed.milestone(1).state()).isEqualTo(MilestoneDelivery.State.ADVANCE);
        ContractPayment advance = signed.payments().get(0);
        assertThat(advance.ordinal()).isEqualTo(1);
        assertThat(advance.amount()).isEqualTo(PaymentTerms.amounts(new Money(signed.contract().price()), signed.contract().milestones())
                .get(0));
        assertThat(advance.orderedOn()).isEqualTo(signed.contract().signedOn());
        assertThat(advance.dueOn()).isEqualTo(PaymentTerms.dueOn(workingDays.calendar(), signed.contract().signedOn(), 30));

        ContractImplementation paid = implementation.pay(purchaser(), contract("advance"), 1, "GK-2026-0001");

        assertThat(paid.payments().get(0).paidOn()).isEqualTo(today());
        assertThat(paid.paid()).isEqualTo(advance.amount());
        assertThat(auditEntries("contracting.payment.made", contract("advance"))).isEqualTo(1);
    }

    @Test
    void anAcceptedMilestoneOrdersItsPaymentWithinTheContractsDays() {
        ContractId id = contract("accept");
        implementation.submit(provider(), id, 2, "中期统计报告已提交", null);

        ContractImplementation accepted = implementation.accept(purchaser(), id, 2, List.of(opinion(5), opinion(4)), "按期交付");

        MilestoneDelivery milestone = accepted.milestone(2);
        assertThat(milestone.state()).isEqualTo(MilestoneDelivery.State.ACCEPTED);
        assertThat(milestone.acceptedOn()).isEqualTo(today());
        assertThat(milestone.latest().opinions()).extracting(MilestoneDelivery.BeneficiaryOpinion::rating).containsExactly(5, 4);
        ContractPayment payment = accepted.payments().stream().filter(p -> p.ordinal() == 2).findFirst().orElseThrow();
        assertThat(payment.amount()).isEqualTo(milestone.amount());
        assertThat(payment.dueOn()).isEqualTo(PaymentTerms.dueOn(workingDays.calendar(), today(), accepted.contract().delivery().paymentDays()));
        assertThat(auditEntries("contracting.milestone.accepted", id)).isEqualTo(1);
    }

    @Test
    void aProviderCannotAcceptItsOwnMilestone() {
        ContractId id = contract("accept");

        assertThatThrownBy(() -> implementation.accept(provider(), id, 3, List.of(opinion(5)), null)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> implementation.submit(purchaser(), id, 3, "代为提交", null)).isInstanceOf(Forbidden.class);
    }

    @Test
    void aPublicServiceIsAcceptedOnlyWithTheBeneficiariesHeard() {
        ContractId id = contract("reject");
        implementation.submit(provider(), id, 2, "培训已完成", null);

        assertThatThrownBy(() -> implementation.accept(purchaser(), id, 2, List.of(), null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("contracting.acceptance.beneficiaries-needed");
                    assertThat(v.field()).isEqualTo("opinions");
                });
        assertThat(implementation.of(purchaser(), id).milestone(2).state()).isEqualTo(MilestoneDelivery.State.SUBMITTED);
    }

    @Test
    void aRejectedDeliverableIsSubmittedAgainAsTheNextRound() {
        ContractId id = contract("reject");
        if (implementation.of(purchaser(), id).milestone(3).state() != MilestoneDelivery.State.PENDING) {
            return;
        }
        implementation.submit(provider(), id, 3, "终期报告初稿", null);

        ContractImplementation rejected = implementation.reject(purchaser(), id, 3, "缺少分行业数据");
        assertThat(rejected.milestone(3).state()).isEqualTo(MilestoneDelivery.State.REJECTED);
        assertThatThrownBy(() -> implementation.pay(purchaser(), id, 3, "GK-X"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("contracting.payment.not-accepted"));

        ContractImplementation again = implementation.submit(provider(), id, 3, "终期报告（补充分行业数据）", null);
        assertThat(again.milestone(3).submissions()).extracting(MilestoneDelivery.Submission::round).containsExactly(1, 2);
        assertThat(again.milestone(3).submissions().get(0).reason()).isEqualTo("缺少分行业数据");
        assertThat(again.milestone(3).state()).isEqualTo(MilestoneDelivery.State.SUBMITTED);
    }

    @Test
    void aPaymentWithoutAnAcceptedMilestoneIsRefused() {
        ContractId id = contract("unpaid");

        assertThatThrownBy(() -> implementation.pay(purchaser(), id, 2, "GK-2026-0009"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("contracting.payment.not-accepted");
                    assertThat(v.field()).isEqualTo("milestone");
                });
        implementation.submit(provider(), id, 2, "中期成果", null);
        assertThatThrownBy(() -> implementation.pay(purchaser(), id, 2, "GK-2026-0009"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("contracting.payment.not-accepted"));
        assertThat(implementation.of(purchaser(), id).paid()).isEqualTo(Money.ZERO);
    }

    @Test
    void aPaymentIsSpentFromTheBudgetLine() {
        ContractId id = contract("spend");
        UUID line = budgetLine(id);
        implementation.pay(purchaser(), id, 1, "GK-ADV");
        BigDecimal spentBefore = spent(line);
        BigDecimal committedBefore = committed(line);
        implementation.submit(provider(), id, 2, "中期成果", null);
        implementation.accept(purchaser(), id, 2, List.of(opinion(4)), null);

        ContractImplementation paid = implementation.pay(purchaser(), id, 2, "GK-2026-0010");

        Money amount = paid.milestone(2).amount();
        assertThat(spent(line)).isEqualByComparingTo(spentBefore.add(amount.amount()));
        assertThat(committed(line)).isEqualByComparingTo(committedBefore.subtract(amount.amount()));
        assertThatThrownBy(() -> implementation.pay(purchaser(), id, 2, "GK-2026-0011"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("contracting.payment.paid-already"));
        assertThat(spent(line)).isEqualByComparingTo(spentBefore.add(amount.amount()));
    }

    @Test
    void addOnsStayWithinTheirCumulativeCapAndTheUnitPrice() {
        ContractId id = contract("add-on");
        Contract contract = implementation.of(purchaser(), id).contract();
        Money price = new Money(contract.price());
        Money eight = new Money(contract.price().multiply(new BigDecimal("0.08")).setScale(2, RoundingMode.HALF_UP));
        Money three = new Money(contract.price().multiply(new BigDecimal("0.03")).setScale(2, RoundingMode.HALF_UP));
        UUID line = budgetLine(id);
        BigDecimal committed = committed(line);

        ContractImplementation first = implementation.addOn(purchaser(), id, addOn(eight, null));
        assertThat(first.addOns()).singleElement().satisfies(a -> assertThat(a.amount()).isEqualTo(eight));
        assertThat(first.milestone(3).amount()).isEqualTo(PaymentTerms.amounts(price, contract.milestones()).get(2).plus(eight));
        assertThat(committed(line)).isEqualByComparingTo(committed.add(eight.amount()));

        assertThatThrownBy(() -> implementation.addOn(purchaser(), id, addOn(three, contract.delivery().unitPrice())))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("contracting.add-on.over-cap");
                    assertThat(v.arguments()).containsExactly("11.0", "10");
                });
        BigDecimal raised = contract.delivery().unitPrice().add(new BigDecimal("50.00"));
        assertThatThrownBy(() -> implementation.addOn(purchaser(), id, addOn(Money.yuan(100), raised)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("contracting.add-on.other-price"));
        assertThatThrownBy(() -> implementation.addOn(purchaser(), id, new Implementation.AddOnRequest(Money.yuan(100), null, null, true,
                false, "换条款", 3))).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("contracting.add-on.other-terms"));
        assertThat(implementation.of(purchaser(), id).addOns()).hasSize(1);
        assertThat(committed(line)).isEqualByComparingTo(committed.add(eight.amount()));
        assertThat(auditEntries("contracting.contract.amended", id)).isEqualTo(1);
    }

    @Test
    void aTerminationCancelsWhatWasNotDeliveredAndGivesTheRestBack() {
        ContractId id = contract("terminate");
        implementation.submit(provider(), id, 2, "中期成果", null);
        implementation.accept(purchaser(), id, 2, List.of(opinion(3)), null);
        UUID line = budgetLine(id);
        BigDecimal committed = committed(line);
        BigDecimal held = jdbc.sql("SELECT budget_held FROM contract WHERE id = :id").param("id", id.value()).query(BigDecimal.class).single();
        ContractImplementation before = implementation.of(purchaser(), id);
        Money owed = before.payments().stream().filter(ContractPayment::open).map(ContractPayment::amount).reduce(Money.ZERO, Money::plus);

        assertThatThrownBy(() -> implementation.terminate(purchaser(), id, " ")).isInstanceOf(RuleViolation.class);
        ContractImplementation terminated = implementation.terminate(purchaser(), id, "服务对象需求变化，双方协商一致终止");

        assertThat(terminated.contract().status()).isEqualTo(Contract.Status.TERMINATED);
        assertThat(terminated.contract().closedOn()).isEqualTo(today());
        assertThat(terminated.payments().stream().filter(p -> p.ordinal() == 1).findFirst().orElseThrow().cancelledOn()).isEqualTo(today());
        ContractPayment accepted = terminated.payments().stream().filter(p -> p.ordinal() == 2).findFirst().orElseThrow();
        assertThat(accepted.open()).isTrue();
        BigDecimal released = held.subtract(owed.minus(before.payments().get(0).amount()).amount());
        assertThat(committed(line)).isEqualByComparingTo(committed.subtract(released));
        assertThatThrownBy(() -> implementation.submit(provider(), id, 3, "终期成果", null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("contracting.contract.not-in-force"));

        implementation.pay(purchaser(), id, 2, "GK-2026-0020");
        assertThat(auditEntries("contracting.contract.terminated", id)).isEqualTo(1);
    }

    @Test
    void aContractIsPublishedAndFiledWithItsFlags() {
        ContractId id = contract("publish");
        Contract signed = drafts.contract(purchaser(), id);
        assertThat(signed.publishedOn()).isNull();
        // Publication had two working days: rather than move the shared clock, the day moves back.
        jdbc.sql("UPDATE contract SET publish_by = :day WHERE id = :id").param("day", today().minusDays(1)).param("id", id.value()).update();
        assertThat(implementation.of(purchaser(), id).flags()).contains(ContractFlag.PUBLICATION_LATE).doesNotContain(ContractFlag.FILING_LATE);

        ContractImplementation published = implementation.publish(purchaser(), id);
        ContractImplementation filed = implementation.file(purchaser(), id);

        assertThat(published.contract().publishedOn()).isEqualTo(today());
        assertThat(filed.contract().filedOn()).isEqualTo(today());
        assertThat(filed.flags()).containsExactly(ContractFlag.PUBLICATION_LATE);
        assertThatThrownBy(() -> implementation.publish(purchaser(), id))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("contracting.contract.published-already"));
        assertThat(jdbc.sql("SELECT payload FROM audit_payload p JOIN audit_entry e ON e.id = p.entry_id"
                + " WHERE e.action = 'contracting.contract.published' AND e.object_id = :id").param("id", id.value().toString())
                .query(String.class).optional()).hasValueSatisfying(payload -> assertThat(payload).contains("\"late\":\"true\""));
    }

    @Test
    void anotherDepartmentCannotSeeAnUnpublishedContract() throws Exception {
        ContractId id = contract("web");
        String other = SignedContracts.otherDepartment(context);

        mvc.perform(get("/api/v1/contracts/{id}", id.value()).with(users.as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/contracts/{id}/implementation", id.value()).with(users.as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/contracts/{id}", id.value())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/contracts/{id}/implementation", id.value()).with(users.as("purchaser"))).andExpect(status().isOk());
        assertThat(drafts.contracts(users.user(other))).noneMatch(c -> c.id().equals(id));
    }

    @Test
    void aPublishedContractIsReadByAnotherDepartmentButNotManaged() throws Exception {
        ContractId id = contract("publish");
        if (drafts.contract(purchaser(), id).publishedOn() == null) {
            implementation.publish(purchaser(), id);
        }
        String other = SignedContracts.otherDepartment(context);

        mvc.perform(get("/api/v1/contracts/{id}", id.value()).with(users.as(other))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/public/contracts/{id}", id.value())).andExpect(status().isOk())
                .andExpect(jsonPath("$.publishedOn").value(today().toString()))
                .andExpect(jsonPath("$.milestones.length()").value(3));
        mvc.perform(get("/public/contracts/{id}", id.value())).andExpect(status().isOk());
        mvc.perform(get("/public/contracts")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(id.value().toString())));
        mvc.perform(post("/api/v1/contracts/{id}/termination", id.value()).with(users.as(other)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"不是我的合同\"}")).andExpect(status().isNotFound());
    }

    @Test
    void theProviderDeliversAndThePurchaserAcceptsOverTheApi() throws Exception {
        ContractId id = contract("web");
        mvc.perform(post("/api/v1/contracts/{id}/progress", id.value()).with(users.as("provider2")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"milestone\":2,\"report\":\"调查问卷已回收 80%\",\"percentDone\":80}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reports[0].percentDone").value(80));
        mvc.perform(post("/api/v1/contracts/{id}/milestones/2/submissions", id.value()).with(users.as("provider2")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"report\":\"中期报告\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.milestones[1].state").value("SUBMITTED"));
        mvc.perform(post("/api/v1/contracts/{id}/milestones/2/acceptance", id.value()).with(users.as("provider2")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"opinions\":[]}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/contracts/{id}/milestones/2/acceptance", id.value()).with(users.as("purchaser")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"opinions\":[{\"representative\":\"王敏\",\"represents\":\"澜江市物流企业代表\","
                        + "\"rating\":9,\"opinion\":\"很好\"}]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("opinions[0].rating"));
        mvc.perform(post("/api/v1/contracts/{id}/milestones/2/acceptance", id.value()).with(users.as("purchaser")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"opinions\":[{\"representative\":\"王敏\",\"represents\":\"澜江市物流企业代表\","
                        + "\"rating\":5,\"opinion\":\"数据翔实\"}],\"note\":\"合格\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.milestones[1].state").value("ACCEPTED"))
                .andExpect(jsonPath("$.payments.length()").value(2));
        mvc.perform(post("/api/v1/contracts/{id}/milestones/3/payment", id.value()).with(users.as("purchaser")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"voucher\":\"GK-1\"}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("milestone"));
        mvc.perform(get("/contracts/{id}/implementation", id.value()).with(users.as("finance"))).andExpect(status().isOk());
        implementation.publish(purchaser(), id);
        mvc.perform(get("/api/v1/public/contracts/{id}", id.value())).andExpect(status().isOk())
                .andExpect(jsonPath("$.milestones[1].opinions[0].represents").value("澜江市物流企业代表"))
                .andExpect(jsonPath("$.milestones[1].opinions[0].representative").doesNotExist())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("王敏"))));
        mvc.perform(get("/contracts").with(users.as("finance"))).andExpect(status().isOk());
    }

    @Test
    void aContractWhoseEveryMilestoneIsAcceptedAndPaidIsCompletedAndGivesBackWhatItDidNotSpend() {
        ContractId id = contract("complete");
        UUID line = budgetLine(id);
        BigDecimal held = jdbc.sql("SELECT budget_held FROM contract WHERE id = :id").param("id", id.value()).query(BigDecimal.class).single();
        BigDecimal committed = committed(line);
        BigDecimal spent = spent(line);
        implementation.pay(purchaser(), id, 1, "GK-C1");
        for (int milestone = 2; milestone <= 3; milestone++) {
            implementation.submit(provider(), id, milestone, "成果 " + milestone, null);
            implementation.accept(purchaser(), id, milestone, List.of(opinion(5)), null);
        }
        implementation.pay(purchaser(), id, 2, "GK-C2");
        assertThat(drafts.contract(purchaser(), id).status()).isEqualTo(Contract.Status.SIGNED);

        ContractImplementation done = implementation.pay(purchaser(), id, 3, "GK-C3");

        assertThat(done.contract().status()).isEqualTo(Contract.Status.COMPLETED);
        assertThat(done.paid().amount()).isEqualByComparingTo(done.contract().price());
        assertThat(spent(line)).isEqualByComparingTo(spent.add(done.contract().price()));
        assertThat(committed(line)).isEqualByComparingTo(committed.subtract(held));
    }

    @Test
    void theRemindersOfAContractsDaysAreRaisedOnce() {
        ContractId id = contract("remind");
        jdbc.sql("UPDATE contract SET publish_by = :day, file_by = :soon WHERE id = :id").param("day", today().minusDays(1))
                .param("soon", today()).param("id", id.value()).update();
        jdbc.sql("UPDATE contract_payment SET due_on = :day WHERE contract_id = :id").param("day", today().minusDays(1))
                .param("id", id.value()).update();

        reminders.sweep();
        reminders.sweep();

        assertThat(jdbc.sql("SELECT subject FROM contract_reminder WHERE contract_id = :id ORDER BY subject").param("id", id.value())
                .query(String.class).list()).containsExactly("FILING_DUE", "PAYMENT_OVERDUE:1", "PUBLICATION_OVERDUE");
    }

    private Implementation.AddOnRequest addOn(Money amount, BigDecimal unitPrice) {
        return new Implementation.AddOnRequest(amount, unitPrice, "追加 2 期", true, true, "服务对象增加", 3);
    }

    private static MilestoneDelivery.BeneficiaryOpinion opinion(int rating) {
        return new MilestoneDelivery.BeneficiaryOpinion("李华", "澜江市物流企业代表", rating, "服务及时，数据可用");
    }

    private UUID budgetLine(ContractId id) {
        return jdbc.sql("SELECT budget_line_id FROM contract WHERE id = :id").param("id", id.value()).query(UUID.class).single();
    }

    private BigDecimal spent(UUID line) {
        return jdbc.sql("SELECT spent FROM budget_line WHERE id = :id").param("id", line).query(BigDecimal.class).single();
    }

    private BigDecimal committed(UUID line) {
        return jdbc.sql("SELECT committed FROM budget_line WHERE id = :id").param("id", line).query(BigDecimal.class).single();
    }

    private int auditEntries(String action, ContractId id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :action AND object_id = :id").param("action", action)
                .param("id", id.value().toString()).query(Integer.class).single();
    }

    private LocalDate today() {
        return context.getBean(Clock.class).instant().atZone(workingDays.zone()).toLocalDate();
    }

    /**
     * The scenario's contract, signed by both parties: an advance of 20 %, then two milestones of 30 % and 50 % within the
     * term — the schedule every scenario starts from; the add-on scenario's priced by the unit.
     */
    private synchronized ContractId contract(String scenario) {
        if (signed == null) {
            signed = SignedContracts.sign(context, users, "provider2", SCENARIOS, Set.of(), (name, draft) -> !name.equals("add-on") ? draft
                    // Priced by the unit: twelve monthly issues.
                    : drafts.changeTerms(purchaser(), draft.id(), draft.version(), new ContractDrafts.Terms(draft.term(), null, null, null,
                            "12 期", draft.price().divide(new BigDecimal("12"), 2, RoundingMode.HALF_UP), null, null)));
        }
        return signed.get(scenario);
    }

    private Actor purchaser() {
        return users.user("purchaser");
    }

    private Actor provider() {
        return users.user("provider2");
    }
}
