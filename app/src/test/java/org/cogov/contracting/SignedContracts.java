package org.cogov.contracting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import org.cogov.TestUsers;
import org.cogov.contracting.drafting.ContractDrafts;
import org.cogov.contracting.drafting.ContractSignatures;
import org.cogov.contracting.drafting.SignerKeys;
import org.cogov.identity.Role;
import org.cogov.identity.UserProvisioning;
import org.cogov.procurement.award.Awards;
import org.cogov.procurement.evaluation.EvaluatedLots;
import org.cogov.procurement.experts.PanelFixtures;
import org.cogov.shared.Actor;
import org.springframework.context.ApplicationContext;

/**
 * Contracts signed by the demo purchaser and a demo association ("provider" or "provider2"), for the tests that come after
 * the signature: one tender per name evaluated at one moment and awarded to the association named (the lowest price), its
 * draft given an advance of 20 % and two milestones of 30 % and 50 % — the last at the term's end — changed as the test
 * asks, and signed by both parties unless the test leaves it a draft.
 */
public final class SignedContracts {

    public static final String PURCHASER_PASSPHRASE = "purchaser signs the contracts";
    public static final String PROVIDER_PASSPHRASE = "provider2 signs the contracts";
    private static final String OTHER_DEPARTMENT = "purchaser-ndrc-contracts";

    private SignedContracts() {
    }

    /**
     * The username of a purchasing official of another department (the development and reform commission), for whom the
     * demo purchaser's contracts do not exist.
     */
    public static String otherDepartment(ApplicationContext context) {
        UserProvisioning provisioning = context.getBean(UserProvisioning.class);
        if (!provisioning.exists(OTHER_DEPARTMENT)) {
            provisioning.provision(PanelFixtures.organization(context, "澜江市发展和改革委员会").id().value(), OTHER_DEPARTMENT, "发改委采购员",
                    "Lanjiang-demo-2026", Set.of(Role.PURCHASER), "zh-CN", null);
        }
        return OTHER_DEPARTMENT;
    }

    /** One contract per name, signed with the association named. */
    public static Map<String, ContractId> sign(ApplicationContext context, TestUsers users, String provider, List<String> names) {
        return sign(context, users, provider, names, Set.of(), (name, draft) -> draft);
    }

    /**
     * @param provider the association that wins: "provider" or "provider2"
     * @param unsigned the names whose contract stays a draft, as the award made it
     * @param change what the test changes in each draft, by its name, before it is signed (its terms, its indicators), as
     *            the purchaser
     */
    public static Map<String, ContractId> sign(ApplicationContext context, TestUsers users, String provider, List<String> names,
            Set<String> unsigned, BiFunction<String, Contract, Contract> change) {
        Map<String, List<String>> prices = new LinkedHashMap<>();
        List<String> bid = provider.equals("provider") ? List.of("88000.00", "90000.00", "95000.00") : List.of("90000.00", "88000.00", "95000.00");
        names.forEach(name -> prices.put(name, bid));
        int winner = provider.equals("provider") ? 0 : 1;
        Map<String, EvaluatedLots.Evaluated> made = EvaluatedLots.evaluate(context, users, prices);
        Actor purchaser = users.user("purchaser");
        Actor signer = users.user(provider);
        ContractDrafts drafts = context.getBean(ContractDrafts.class);
        ContractSignatures signatures = context.getBean(ContractSignatures.class);
        SignerKeys keys = context.getBean(SignerKeys.class);
        keys.enrol(purchaser, PURCHASER_PASSPHRASE.toCharArray());
        // Enrolled again here: another test class may have enrolled these users under its own passphrases.
        keys.enrol(signer, PROVIDER_PASSPHRASE.toCharArray());
        Map<String, ContractId> signed = new LinkedHashMap<>();
        for (Map.Entry<String, EvaluatedLots.Evaluated> lot : made.entrySet()) {
            UUID awarded = users.user(lot.getValue().bidders().get(winner)).organizationId();
            context.getBean(Awards.class).confirm(purchaser, lot.getValue().id(), 1, awarded, null);
            Contract draft = drafts.contracts(purchaser).stream().filter(c -> c.procedureId().equals(lot.getValue().id().value()))
                    .filter(c -> c.status() == Contract.Status.DRAFT).findFirst().orElseThrow();
            if (unsigned.contains(lot.getKey())) {
                signed.put(lot.getKey(), draft.id());
                continue;
            }
            LocalDate start = draft.term().start();
            LocalDate end = draft.term().end();
            Contract scheduled = drafts.changeMilestones(purchaser, draft.id(), draft.version(), List.of(
                    new Milestone("预付款", start, new BigDecimal("20"), true),
                    new Milestone("中期报告", start.plusDays((end.toEpochDay() - start.toEpochDay()) / 2), new BigDecimal("30"), false),
                    new Milestone("终期报告", end, new BigDecimal("50"), false)));
            Contract changed = change.apply(lot.getKey(), scheduled);
            signatures.sign(purchaser, changed.id(), PURCHASER_PASSPHRASE.toCharArray());
            signatures.sign(signer, changed.id(), PROVIDER_PASSPHRASE.toCharArray());
            signed.put(lot.getKey(), changed.id());
        }
        return signed;
    }
}
