package org.cogov.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cogov.TestUsers;
import org.cogov.contracting.Contract;
import org.cogov.contracting.ContractId;
import org.cogov.contracting.Milestone;
import org.cogov.contracting.drafting.ContractDrafts;
import org.cogov.contracting.drafting.ContractSignatures;
import org.cogov.contracting.drafting.SignerKeys;
import org.cogov.procurement.award.Awards;
import org.cogov.procurement.evaluation.EvaluatedLots;
import org.springframework.context.ApplicationContext;

/**
 * Contracts of the demo purchaser with the demo logistics association ({@code provider}), for the performance module's
 * tests: tenders evaluated at one moment and awarded to the lowest price, then signed by both parties (with an advance of
 * 20 % and two milestones) — or left as drafts when asked.
 */
public final class SignedContracts {

    private static final String PURCHASER_PASSPHRASE = "performance purchaser signs";
    private static final String PROVIDER_PASSPHRASE = "performance provider signs";

    private SignedContracts() {
    }

    /** One contract per name, signed unless its name is in {@code drafts}. */
    public static Map<String, ContractId> make(ApplicationContext context, TestUsers users, List<String> names, List<String> drafts) {
        Map<String, List<String>> prices = new LinkedHashMap<>();
        for (String name : names) {
            prices.put(name, List.of("88000.00", "90000.00", "95000.00"));
        }
        Map<String, EvaluatedLots.Evaluated> lots = EvaluatedLots.evaluate(context, users, prices);
        ContractDrafts contracts = context.getBean(ContractDrafts.class);
        ContractSignatures signatures = context.getBean(ContractSignatures.class);
        // Enrolled again here: another test class may have enrolled these users under its own passphrases.
        context.getBean(SignerKeys.class).enrol(users.user("purchaser"), PURCHASER_PASSPHRASE.toCharArray());
        context.getBean(SignerKeys.class).enrol(users.user("provider"), PROVIDER_PASSPHRASE.toCharArray());
        Map<String, ContractId> made = new LinkedHashMap<>();
        for (Map.Entry<String, EvaluatedLots.Evaluated> lot : lots.entrySet()) {
            context.getBean(Awards.class).confirm(users.user("purchaser"), lot.getValue().id(), 1,
                    users.user(lot.getValue().bidders().get(0)).organizationId(), null);
            Contract draft = contracts.contracts(users.user("purchaser")).stream()
                    .filter(c -> c.procedureId().equals(lot.getValue().id().value())).findFirst().orElseThrow();
            if (!drafts.contains(lot.getKey())) {
                LocalDate start = draft.term().start();
                contracts.changeMilestones(users.user("purchaser"), draft.id(), draft.version(), List.of(
                        new Milestone("预付款", start, new BigDecimal("20"), true),
                        new Milestone("中期报告", start.plusDays(60), new BigDecimal("30"), false),
                        new Milestone("终期报告", draft.term().end(), new BigDecimal("50"), false)));
                signatures.sign(users.user("purchaser"), draft.id(), PURCHASER_PASSPHRASE.toCharArray());
                signatures.sign(users.user("provider"), draft.id(), PROVIDER_PASSPHRASE.toCharArray());
            }
            made.put(lot.getKey(), draft.id());
        }
        return made;
    }
}
