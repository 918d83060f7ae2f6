package org.cogov.contracting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cogov.sealing.CustodianKey;
import org.cogov.sealing.WrongPassphrase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assertions;

/** The contract document both parties sign: deterministic, and changed by any change of any clause. */
class ContractDocumentTests {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID PROCEDURE = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID PURCHASER = UUID.fromString("00000000-0000-0000-0000-000000000003");
    private static final UUID PROVIDER = UUID.fromString("00000000-0000-0000-0000-000000000004");

    @Test
    void theSameClausesGiveTheSameTextAndHash() {
        Contract a = contract(Map.of());
        Contract b = contract(Map.of("version", 7, "draftedAt", Instant.parse("2026-03-01T00:00:00Z")));

        assertThat(ContractDocument.canonicalText(a)).isEqualTo(ContractDocument.canonicalText(b)).startsWith(ContractDocument.FORMAT + "\n");
        assertThat(ContractDocument.hash(a)).isEqualTo(ContractDocument.hash(b)).hasSize(64);
        assertThat(ContractDocument.hash(contract(Map.of("price", new BigDecimal("88000"))))).as("the same amount at another scale")
                .isEqualTo(ContractDocument.hash(a));
    }

    @Test
    void anyChangeOfAClauseChangesTheHash() {
        String original = ContractDocument.hash(contract(Map.of()));
        Milestone first = new Milestone("中期报告", LocalDate.of(2026, 6, 30), new BigDecimal("40"), false);
        Milestone last = new Milestone("终期报告", LocalDate.of(2026, 12, 31), new BigDecimal("60"), false);
        IndicatorSet indicators = IndicatorTemplates.forCategory("C0801");
        List<IndicatorGroup> reweighted = new ArrayList<>(indicators.groups());
        IndicatorGroup group = reweighted.get(0);
        List<Indicator> renamed = new ArrayList<>(group.indicators());
        Indicator indicator = renamed.get(0);
        renamed.set(0, new Indicator(indicator.nameZh() + "（修订）", indicator.nameEn(), indicator.weight(), indicator.target(),
                indicator.rule()));
        reweighted.set(0, new IndicatorGroup(group.dimension(), group.weight(), renamed));

        Map<String, Object> changes = new java.util.LinkedHashMap<>();
        changes.put("purchaser", new Contract.Party(PURCHASER, "澜江市民政局（改）", "Lanjiang Civil Affairs Bureau"));
        changes.put("provider", new Contract.Party(UUID.randomUUID(), "澜江社工服务中心", "Lanjiang Social Work Centre"));
        changes.put("serviceTitle", "社区养老服务（扩大）");
        changes.put("serviceDescription", "每周五次上门服务");
        changes.put("price", new BigDecimal("88000.01"));
        changes.put("term", new ServicePeriod(LocalDate.of(2026, 1, 1), 11, false, null));
        changes.put("settlement", "按节点支付，验收后 30 日内");
        changes.put("liabilities", "逾期每日 0.05%");
        changes.put("performanceBond", new BigDecimal("8800.00"));
        changes.put("milestones", List.of(new Milestone("中期报告", LocalDate.of(2026, 6, 30), new BigDecimal("50"), false),
                new Milestone("终期报告", LocalDate.of(2026, 12, 31), new BigDecimal("50"), false)));
        changes.put("milestones.deliverable", List.of(first, new Milestone("终期评估报告", last.due(), last.share(), false)));
        changes.put("milestones.due", List.of(first, new Milestone(last.deliverable(), LocalDate.of(2026, 12, 30), last.share(), false)));
        changes.put("milestones.advance", List.of(new Milestone("预付款", first.due(), first.share(), true), last));
        changes.put("indicators", new IndicatorSet(reweighted));
        changes.put("lot", 2);
        changes.put("procedureReference", "LJ-2026-0002");
        changes.put("signBy", LocalDate.of(2026, 2, 5));
        changes.put("delivery.quantity", new Contract.Delivery("12 期", null, 30, true));
        changes.put("delivery.unitPrice", new Contract.Delivery(null, new BigDecimal("7000"), 30, true));
        changes.put("delivery.paymentDays", new Contract.Delivery(null, null, 45, true));
        changes.put("delivery.servesPublic", new Contract.Delivery(null, null, 30, false));
        changes.put("delivery.finalInstalment", new Contract.Delivery(null, null, 30, true, FinalInstalment.usual()));
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            String key = change.getKey().contains(".") ? change.getKey().substring(0, change.getKey().indexOf('.')) : change.getKey();
            assertThat(ContractDocument.hash(contract(Map.of(key, change.getValue())))).as(change.getKey()).isNotEqualTo(original);
        }
    }

    @Test
    void eachPercentOfTheFinalPaymentClauseIsSigned() {
        String usual = ContractDocument.hash(contract(Map.of("delivery", new Contract.Delivery(null, null, 30, true, FinalInstalment.usual()))));
        FinalInstalment kinder = new FinalInstalment(new BigDecimal("100"), new BigDecimal("100"), new BigDecimal("80"), new BigDecimal("10"));

        assertThat(ContractDocument.hash(contract(Map.of("delivery", new Contract.Delivery(null, null, 30, true, kinder))))).isNotEqualTo(usual);
    }

    @Test
    void aValueCannotSpillIntoTheNextField() {
        Contract joined = contract(Map.of("settlement", "A\nliabilities:1:B", "liabilities", "C"));
        Contract apart = contract(Map.of("settlement", "A", "liabilities", "B\nliabilities:1:C"));
        assertThat(ContractDocument.hash(joined)).isNotEqualTo(ContractDocument.hash(apart));
    }

    @Test
    void aSignerKeySignsWithItsPassphraseOnlyAndTheSignatureCoversTheHash() throws WrongPassphrase {
        char[] passphrase = "correct horse battery".toCharArray();
        SignerKey.Enrolment key = SignerKey.enrol(passphrase, new CustodianKey.Argon2(1024, 1, 1), new SecureRandom());
        String hash = ContractDocument.hash(contract(Map.of()));

        String signature = SignerKey.sign(key.wrapped(), key.publicKey(), "correct horse battery".toCharArray(), hash);

        assertThat(SignerKey.verify(key.publicKey(), hash, signature)).isTrue();
        assertThat(SignerKey.verify(key.publicKey(), ContractDocument.hash(contract(Map.of("liabilities", "无"))), signature)).isFalse();
        Assertions.assertThrows(WrongPassphrase.class,
                () -> SignerKey.sign(key.wrapped(), key.publicKey(), "wrong horse battery".toCharArray(), hash));
        assertThat(key.toString()).doesNotContain("ciphertext");
    }

    private static Contract contract(Map<String, Object> overrides) {
        Map<String, Object> v = new HashMap<>();
        v.put("lot", 1);
        v.put("procedureReference", "LJ-2026-0001");
        v.put("purchaser", new Contract.Party(PURCHASER, "澜江市民政局", "Lanjiang Civil Affairs Bureau"));
        v.put("provider", new Contract.Party(PROVIDER, "澜江社工服务中心", "Lanjiang Social Work Centre"));
        v.put("serviceTitle", "社区养老服务");
        v.put("serviceDescription", null);
        v.put("price", new BigDecimal("88000.00"));
        v.put("signBy", LocalDate.of(2026, 2, 4));
        v.put("term", new ServicePeriod(LocalDate.of(2026, 1, 1), 12, false, null));
        v.put("settlement", null);
        v.put("liabilities", null);
        v.put("performanceBond", null);
        v.put("milestones", List.of(new Milestone("中期报告", LocalDate.of(2026, 6, 30), new BigDecimal("40"), false),
                new Milestone("终期报告", LocalDate.of(2026, 12, 31), new BigDecimal("60"), false)));
        v.put("indicators", IndicatorTemplates.forCategory("C0801"));
        v.put("version", 0);
        v.put("draftedAt", Instant.parse("2026-01-05T01:00:00Z"));
        v.put("delivery", new Contract.Delivery(null, null, 30, true));
        v.putAll(overrides);
        return new Contract(new ContractId(ID), PROCEDURE, (String) v.get("procedureReference"), (Integer) v.get("lot"),
                (Contract.Party) v.get("purchaser"), (Contract.Party) v.get("provider"), "C0801", (String) v.get("serviceTitle"),
                (String) v.get("serviceDescription"), (BigDecimal) v.get("price"), Contract.Status.DRAFT,
                Instant.parse("2026-01-05T01:00:00Z"), LocalDate.of(2026, 1, 5), (LocalDate) v.get("signBy"),
                (ServicePeriod) v.get("term"), (String) v.get("settlement"), (String) v.get("liabilities"),
                (BigDecimal) v.get("performanceBond"), castMilestones(v.get("milestones")), (IndicatorSet) v.get("indicators"),
                (Instant) v.get("draftedAt"), null, null, (Integer) v.get("version"), null, null, null, false, List.of(),
                (Contract.Delivery) v.get("delivery"), null, null, null, null);
    }

    @SuppressWarnings("unchecked")
    private static List<Milestone> castMilestones(Object milestones) {
        return (List<Milestone>) milestones;
    }
}
