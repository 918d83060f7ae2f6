package org.cogov.contracting.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.contracting.Contract;
import org.cogov.contracting.ContractDeadlines;
import org.cogov.contracting.ContractId;
import org.cogov.contracting.ContractLimits;
import org.cogov.contracting.ContractSignature;
import org.cogov.procurement.ChallengeAnswered;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcurementRules;
import org.cogov.procurement.Publication;
import org.cogov.procurement.Remedy;
import org.cogov.procurement.award.Awards;
import org.cogov.procurement.evaluation.EvaluatedLots;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signature by both parties: each signs once with its own key and passphrase; the draft is fixed from the first
 * signature; the second makes the contract SIGNED with its days, puts its lot beyond remedies and the procedure, when
 * every lot is signed, CONTRACTED; verification re-computes the hash and checks both signatures.
 */
@DatabaseTest
class ContractSignatureTests {

    private static final Map<String, EvaluatedLots.Evaluated> MADE = new LinkedHashMap<>();
    private static final Map<String, ContractId> DRAFTED = new LinkedHashMap<>();
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
    Publication publication;
    @Autowired
    ProcurementRules rules;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    TestUsers users;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void bothPartiesSignAndTheContractIsSigned() {
        Contract draft = drafted("both");

        Contract once = signatures.sign(purchaser(), draft.id(), PURCHASER_PASSPHRASE.toCharArray());
        assertThat(once.status()).isEqualTo(Contract.Status.DRAFT);
        assertThat(once.signatures()).singleElement().satisfies(s -> {
            assertThat(s.party()).isEqualTo(ContractSignature.Party.PURCHASER);
            assertThat(s.signerId()).isEqualTo(purchaser().userId());
            assertThat(s.algorithm()).isEqualTo("Ed25519");
            assertThat(s.certificate()).isEqualTo(SelfEnrolledCertificates.ANSWER);
            assertThat(s.late()).isFalse();
        });
        assertThatThrownBy(() -> drafts.changeMilestones(purchaser(), draft.id(), once.version(), once.milestones()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("contracting.contract.signing-begun"));
        assertThatThrownBy(() -> signatures.sign(purchaser(), draft.id(), PURCHASER_PASSPHRASE.toCharArray()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("contracting.signature.signed-already"));

        Contract signed = signatures.sign(provider(), draft.id(), PROVIDER_PASSPHRASE.toCharArray());

        LocalDate today = signed.signatures().get(1).signedAt().atZone(workingDays.zone()).toLocalDate();
        ContractLimits limits = ContractLimits.on(rules.rulebook(), today, new java.math.BigDecimal("30"));
        assertThat(signed.status()).isEqualTo(Contract.Status.SIGNED);
        assertThat(signed.signatures()).extracting(ContractSignature::party)
                .containsExactly(ContractSignature.Party.PURCHASER, ContractSignature.Party.PROVIDER);
        assertThat(signed.signatures()).extracting(ContractSignature::documentHash).containsOnly(once.signatures().get(0).documentHash());
        assertThat(signed.signedOn()).isEqualTo(today);
        assertThat(signed.publishBy()).isEqualTo(ContractDeadlines.publishBy(workingDays.calendar(), today, limits));
        assertThat(signed.fileBy()).isEqualTo(ContractDeadlines.fileBy(workingDays.calendar(), today, limits));
        assertThat(signed.signedLate()).isFalse();
        assertThat(signatures.verify(purchaser(), draft.id()).verified()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'contracting.contract.signed' AND object_id = :id")
                .param("id", draft.id().value().toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theProcedureIsContractedWhenEveryLotIsSigned() {
        Contract draft = drafted("contracted");
        assertThat(stateOf("contracted")).isEqualTo(Procedure.State.AWARDED);

        signBoth(draft);

        assertThat(stateOf("contracted")).isEqualTo(Procedure.State.CONTRACTED);
        assertThat(jdbc.sql("SELECT contract_signed_on FROM lot_award WHERE procedure_id = :p AND lot_number = 1")
                .param("p", MADE.get("contracted").id().value()).query(LocalDate.class).single()).isNotNull();
    }

    @Test
    void aSignedLotRefusesARemedy() {
        Contract draft = drafted("remedy");
        signBoth(draft);

        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> events.publishEvent(new ChallengeAnswered(purchaser().userId(),
                purchaser().organizationId(), UUID.randomUUID(), MADE.get("remedy").id().value(), "ref", 1, true, Remedy.NEXT_CANDIDATE,
                draft.awardedAt())))).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("procurement.award.remedy-after-signature"));
        assertThat(drafts.contract(purchaser(), draft.id()).status()).isEqualTo(Contract.Status.SIGNED);
    }

    @Test
    void aSuspendedProcedureCannotBeSigned() {
        Contract draft = drafted("suspended");
        jdbc.sql("UPDATE procurement_procedure SET suspended_from = state, state = 'SUSPENDED' WHERE id = :id")
                .param("id", MADE.get("suspended").id().value()).update();
        try {
            assertThatThrownBy(() -> signatures.sign(purchaser(), draft.id(), PURCHASER_PASSPHRASE.toCharArray()))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("contracting.signature.suspended"));
            assertThat(drafts.contract(purchaser(), draft.id()).signatures()).isEmpty();
        } finally {
            jdbc.sql("UPDATE procurement_procedure SET state = suspended_from, suspended_from = NULL WHERE id = :id")
                    .param("id", MADE.get("suspended").id().value()).update();
        }
    }

    @Test
    void aWrongPassphraseIsRefusedAndSoIsAnyoneElse() {
        Contract draft = drafted("refused");

        assertThatThrownBy(() -> signatures.sign(purchaser(), draft.id(), "not my passphrase".toCharArray()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("contracting.signature.passphrase-wrong");
                    assertThat(v.field()).isEqualTo("passphrase");
                });
        assertThatThrownBy(() -> signatures.sign(users.user("provider"), draft.id(), PROVIDER_PASSPHRASE.toCharArray()))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> signatures.sign(users.user("finance"), draft.id(), PROVIDER_PASSPHRASE.toCharArray()))
                .isInstanceOf(Forbidden.class);
        assertThat(drafts.contract(purchaser(), draft.id()).signatures()).isEmpty();
    }

    @Test
    void aTamperedClauseFailsVerification() {
        Contract draft = drafted("tampered");
        signBoth(draft);
        assertThat(signatures.verify(purchaser(), draft.id()).verified()).isTrue();

        jdbc.sql("UPDATE contract SET liabilities = '违约金为零' WHERE id = :id").param("id", draft.id().value()).update();

        ContractSignatures.ContractVerification verification = signatures.verify(users.user("auditor"), draft.id());
        assertThat(verification.verified()).isFalse();
        assertThat(verification.signatures()).hasSize(2).allSatisfy(check -> {
            assertThat(check.sameDocument()).isFalse();
            assertThat(check.valid()).isFalse();
        });
    }

    @Test
    void theProviderSignsOverTheApiAndThePageOffersTheFormToWhoeverMaySign() throws Exception {
        Contract draft = drafted("web");
        mvc.perform(get("/contracts/" + draft.id().value()).with(users.as("purchaser"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"sign-form\"")));
        signatures.sign(purchaser(), draft.id(), PURCHASER_PASSPHRASE.toCharArray());
        mvc.perform(get("/contracts/" + draft.id().value()).with(users.as("purchaser"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"sign-form\""))))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"milestones-form\""))));

        mvc.perform(post("/api/v1/contracts/" + draft.id().value() + "/signatures").with(users.as("provider2")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"passphrase\":\"" + PROVIDER_PASSPHRASE + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SIGNED"));
        mvc.perform(get("/api/v1/contracts/" + draft.id().value() + "/verification").with(users.as("finance")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.signatures.length()").value(2));
    }

    private void signBoth(Contract draft) {
        signatures.sign(purchaser(), draft.id(), PURCHASER_PASSPHRASE.toCharArray());
        signatures.sign(provider(), draft.id(), PROVIDER_PASSPHRASE.toCharArray());
    }

    @Test
    void aSignatureAfterTheSignByDayIsTakenAndFlaggedLate() {
        Contract draft = drafted("late");
        LocalDate today = clockDay();
        // The signing period is 30 days: rather than move the shared clock by a month, the day moves back.
        jdbc.sql("UPDATE contract SET sign_by = :day WHERE id = :id").param("day", today.minusDays(1)).param("id", draft.id().value())
                .update();

        signatures.sign(purchaser(), draft.id(), PURCHASER_PASSPHRASE.toCharArray());
        Contract signed = signatures.sign(provider(), draft.id(), PROVIDER_PASSPHRASE.toCharArray());

        assertThat(signed.status()).isEqualTo(Contract.Status.SIGNED);
        assertThat(signed.signedLate()).isTrue();
        assertThat(signed.signedOn()).isEqualTo(today);
    }

    private LocalDate clockDay() {
        return context.getBean(java.time.Clock.class).instant().atZone(workingDays.zone()).toLocalDate();
    }

    private Procedure.State stateOf(String scenario) {
        return publication.published(MADE.get(scenario).id()).orElseThrow().procedure().state();
    }

    private synchronized Contract drafted(String scenario) {
        if (MADE.isEmpty()) {
            Map<String, List<String>> prices = new LinkedHashMap<>();
            for (String name : List.of("both", "contracted", "remedy", "suspended", "refused", "tampered", "web", "late")) {
                prices.put(name, List.of("90000.00", "88000.00", "95000.00"));
            }
            MADE.putAll(EvaluatedLots.evaluate(context, users, prices));
            for (Map.Entry<String, EvaluatedLots.Evaluated> made : MADE.entrySet()) {
                UUID first = users.user(made.getValue().bidders().get(1)).organizationId();
                awards.confirm(purchaser(), made.getValue().id(), 1, first, null);
                DRAFTED.put(made.getKey(), drafts.contracts(purchaser()).stream()
                        .filter(c -> c.procedureId().equals(made.getValue().id().value()))
                        .filter(c -> c.status() == Contract.Status.DRAFT).findFirst().orElseThrow().id());
            }
            keys.enrol(purchaser(), PURCHASER_PASSPHRASE.toCharArray());
            keys.enrol(provider(), PROVIDER_PASSPHRASE.toCharArray());
        }
        return drafts.contract(purchaser(), DRAFTED.get(scenario));
    }

    private Actor purchaser() {
        return users.user("purchaser");
    }

    private Actor provider() {
        return users.user("provider2");
    }
}
