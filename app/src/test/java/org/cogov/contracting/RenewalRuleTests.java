package org.cogov.contracting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cogov.procurement.RuleTableFixture;
import org.cogov.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** A yearly contract of a stable service is renewed only when carried out, graded 中 or better, within 36 months in all. */
class RenewalRuleTests {

    private static final ContractLimits LIMITS = ContractLimits.on(RuleTableFixture.rulebook(), LocalDate.of(2025, 9, 1),
            ContractLimits.DEFAULT_ADVANCE_PERCENT);

    @Test
    void aCarriedOutStableServiceGradedFairOrBetterIsRenewed() {
        for (Grade grade : List.of(Grade.EXCELLENT, Grade.GOOD, Grade.FAIR)) {
            assertThat(Renewal.violation(contract(true, Contract.Status.COMPLETED), Optional.of(grade), 12, false, LIMITS)).as(grade.name())
                    .isEmpty();
        }
        assertThat(Renewal.violation(contract(true, Contract.Status.SIGNED), Optional.of(Grade.GOOD), 12, false, LIMITS)).isEmpty();
    }

    @Test
    void aPoorGradeOrNoneYetRefusesTheRenewal() {
        assertThat(key(Renewal.violation(contract(true, Contract.Status.COMPLETED), Optional.of(Grade.POOR), 12, false, LIMITS)))
                .isEqualTo("contracting.renewal.grade-too-low");
        assertThat(key(Renewal.violation(contract(true, Contract.Status.COMPLETED), Optional.empty(), 12, false, LIMITS)))
                .isEqualTo("contracting.renewal.no-grade");
    }

    @Test
    void aServiceNotDeclaredStableIsBoughtAgain() {
        assertThat(key(Renewal.violation(contract(false, Contract.Status.COMPLETED), Optional.of(Grade.EXCELLENT), 12, false, LIMITS)))
                .isEqualTo("contracting.renewal.not-stable");
    }

    @Test
    void aTerminatedContractOrOneRenewedAlreadyIsNotRenewed() {
        assertThat(key(Renewal.violation(contract(true, Contract.Status.TERMINATED), Optional.of(Grade.GOOD), 12, false, LIMITS)))
                .isEqualTo("contracting.renewal.not-carried-out");
        assertThat(key(Renewal.violation(contract(true, Contract.Status.COMPLETED), Optional.of(Grade.GOOD), 12, true, LIMITS)))
                .isEqualTo("contracting.renewal.renewed-already");
    }

    @Test
    void theYearsTogetherStayWithinThirtySixMonths() {
        assertThat(Renewal.violation(contract(true, Contract.Status.COMPLETED), Optional.of(Grade.GOOD), 24, false, LIMITS)).isEmpty();
        assertThat(Renewal.violation(contract(true, Contract.Status.COMPLETED), Optional.of(Grade.GOOD), 36, false, LIMITS))
                .hasValueSatisfying(v -> {
                    assertThat(v.messageKey()).isEqualTo("contracting.renewal.over-longest");
                    assertThat(v.arguments()).containsExactly("36", "36");
                });
    }

    private static String key(Optional<RuleViolation> violation) {
        return violation.orElseThrow().messageKey();
    }

    private static Contract contract(boolean stable, Contract.Status status) {
        Contract.Party party = new Contract.Party(UUID.randomUUID(), "甲", "A");
        return new Contract(new ContractId(UUID.randomUUID()), UUID.randomUUID(), "LJ-2025-0002", 1, party, party, "030701", "出口合规培训",
                null, new BigDecimal("1480000"), status, Instant.parse("2025-01-10T02:00:00Z"), LocalDate.of(2025, 1, 10),
                LocalDate.of(2025, 2, 10), new ServicePeriod(LocalDate.of(2025, 3, 1), 12, stable, stable ? "年度持续开展的培训" : null), null,
                null, null, List.of(new Milestone("全年培训", LocalDate.of(2026, 2, 28), new BigDecimal("100"), false)),
                IndicatorTemplates.forCategory("030701"), Instant.parse("2025-01-10T02:00:00Z"), null, null, 3, LocalDate.of(2025, 1, 20),
                LocalDate.of(2025, 1, 22), LocalDate.of(2025, 2, 5), false, List.of(), Contract.Delivery.defaultFor("030701", 30), null,
                null, null, null);
    }
}
