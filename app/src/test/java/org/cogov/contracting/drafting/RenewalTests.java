package org.cogov.contracting.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.contracting.Contract;
import org.cogov.contracting.ContractId;
import org.cogov.contracting.Grade;
import org.cogov.contracting.Milestone;
import org.cogov.planning.BudgetLineId;
import org.cogov.planning.Budgets;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.Publication;
import org.cogov.procurement.award.Awards;
import org.cogov.procurement.evaluation.EvaluatedLots;
import org.cogov.registry.OrganizationId;
import org.cogov.shared.Actor;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Next year's contract of a stable service, drafted from the last one once it is graded 中 or better, paid from the
 * budget line the purchaser names, and signed like any contract without touching the award signed long before.
 */
@DatabaseTest
class RenewalTests {

    private static final Map<String, ContractId> SIGNED = new LinkedHashMap<>();
    private static final String PURCHASER_PASSPHRASE = "purchaser signs 2026";
    private static final String PROVIDER_PASSPHRASE = "provider2 signs 2026";

    @Autowired
    ContractDrafts drafts;
    @Autowired
    ContractSignatures signatures;
    @Autowired
    SignerKeys keys;
    @Autowired
    Awards awards;
    @Autowired
    Budgets budgets;
    @Autowired
    Publication publication;
    @Autowired
    TestUsers users;
    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;

    @Test
    void aStableServiceGradedFairOrBetterIsRenewedForTheNextYear() throws Exception {
        ContractId id = signed("stable");
        Contract last = drafts.contract(purchaser(), id);
        BudgetLineId line = nextYearsLine();
        assertThatThrownBy(() -> drafts.renew(purchaser(), id, line))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("contracting.renewal.no-grade"));
        RecordedGrades.grade(id, Grade.POOR);
        assertThatThrownBy(() -> drafts.renew(purchaser(), id, line))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("contracting.renewal.grade-too-low"));
        RecordedGrades.grade(id, Grade.FAIR);
        mvc.perform(get("/contracts/{id}", id.value()).with(users.as("purchaser"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"renewal-form\"")));

        Contract renewal = drafts.renew(purchaser(), id, line);

        assertThat(renewal.status()).isEqualTo(Contract.Status.DRAFT);
        assertThat(renewal.id()).isNotEqualTo(id);
        assertThat(renewal.price()).isEqualByComparingTo(last.price());
        assertThat(renewal.provider()).isEqualTo(last.provider());
        assertThat(renewal.term().start()).isEqualTo(last.term().end().plusDays(1));
        assertThat(renewal.term().months()).isEqualTo(last.term().months());
        assertThat(renewal.milestones()).extracting(Milestone::share).containsExactlyElementsOf(last.milestones().stream()
                .map(Milestone::share).toList());
        assertThat(renewal.milestones()).allSatisfy(m -> assertThat(m.due()).isBetween(renewal.term().start(), renewal.term().end()));
        assertThat(renewal.indicators()).isEqualTo(last.indicators());
        assertThat(budgets.line(users.user("finance"), line).committed()).isEqualTo(new Money(last.price()));
        assertThatThrownBy(() -> drafts.renew(purchaser(), id, line)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("contracting.renewal.renewed-already"));

        signatures.sign(purchaser(), renewal.id(), PURCHASER_PASSPHRASE.toCharArray());
        Contract signed = signatures.sign(users.user("provider2"), renewal.id(), PROVIDER_PASSPHRASE.toCharArray());
        assertThat(signed.status()).isEqualTo(Contract.Status.SIGNED);
        assertThat(publication.published(new org.cogov.procurement.ProcedureId(last.procedureId())).orElseThrow().procedure().state())
                .isEqualTo(Procedure.State.CONTRACTED);
    }

    @Test
    void aServiceNotDeclaredStableIsNotRenewed() {
        ContractId id = signed("one-off");
        RecordedGrades.grade(id, Grade.EXCELLENT);

        assertThatThrownBy(() -> drafts.renew(purchaser(), id, nextYearsLine()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("contracting.renewal.not-stable"));
        assertThatThrownBy(() -> drafts.renew(users.user("provider2"), id, nextYearsLine()))
                .isInstanceOf(org.cogov.shared.Forbidden.class);
    }

    private BudgetLineId nextYearsLine() {
        return budgets.record(users.user("finance"), new OrganizationId(purchaser().organizationId()), new Budgets.NewLine(2027,
                "RN-" + UUID.randomUUID().toString().substring(0, 8), "稳定服务续签经费", Money.yuan(3_000_000)));
    }

    /** The scenario's contract, signed by both parties; "stable" declared a stable, continuous service before signing. */
    private synchronized ContractId signed(String scenario) {
        if (SIGNED.isEmpty()) {
            Map<String, List<String>> prices = new LinkedHashMap<>();
            for (String name : List.of("stable", "one-off")) {
                prices.put(name, List.of("90000.00", "88000.00", "95000.00"));
            }
            Map<String, EvaluatedLots.Evaluated> made = EvaluatedLots.evaluate(context, users, prices);
            keys.enrol(purchaser(), PURCHASER_PASSPHRASE.toCharArray());
            keys.enrol(users.user("provider2"), PROVIDER_PASSPHRASE.toCharArray());
            for (Map.Entry<String, EvaluatedLots.Evaluated> lot : made.entrySet()) {
                awards.confirm(purchaser(), lot.getValue().id(), 1, users.user("provider2").organizationId(), null);
                Contract draft = drafts.contracts(purchaser()).stream().filter(c -> c.procedureId().equals(lot.getValue().id().value()))
                        .findFirst().orElseThrow();
                if (lot.getKey().equals("stable")) {
                    draft = drafts.changeTerms(purchaser(), draft.id(), draft.version(), new ContractDrafts.Terms(
                            new org.cogov.contracting.ServicePeriod(draft.term().start(), draft.term().months(), true,
                                    "行业运行监测需按年度持续开展，预算已纳入中期财政规划"), null, null, null));
                }
                signatures.sign(purchaser(), draft.id(), PURCHASER_PASSPHRASE.toCharArray());
                signatures.sign(users.user("provider2"), draft.id(), PROVIDER_PASSPHRASE.toCharArray());
                SIGNED.put(lot.getKey(), draft.id());
            }
        }
        return SIGNED.get(scenario);
    }

    private Actor purchaser() {
        return users.user("purchaser");
    }
}
