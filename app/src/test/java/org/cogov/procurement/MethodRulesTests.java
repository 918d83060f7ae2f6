package org.cogov.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.cogov.registry.OrganizationId;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class MethodRulesTests {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 5);
    private final MethodRules rules = new MethodRules(RuleTableFixture.rulebook());

    @Test
    void aServicesInquiryIsRefused() {
        assertThat(rules.violations(Method.INQUIRY, null, Money.yuan(300_000), DAY)).extracting(RuleViolation::messageKey)
                .containsExactly("procurement.method.inquiry-goods-only");
    }

    @Test
    void theSmallPurchasePathEndsAtTheProcurementLimit() {
        assertThat(rules.violations(Method.SMALL_PURCHASE, null, Money.yuan("999999.99"), DAY)).isEmpty();
        assertThat(rules.violations(Method.SMALL_PURCHASE, null, Money.yuan(1_000_000), DAY))
                .extracting(RuleViolation::messageKey).containsExactly("procurement.method.small-purchase-over-limit");
    }

    @Test
    void aNonTenderMethodAtTheThresholdNeedsTheFinanceBureau() {
        assertThat(rules.needsApproval(Method.COMPETITIVE_CONSULTATION, Money.yuan(2_000_000), DAY)).isTrue();
        assertThat(rules.needsApproval(Method.COMPETITIVE_CONSULTATION, Money.yuan("1999999.99"), DAY)).isFalse();
        assertThat(rules.needsApproval(Method.PUBLIC_TENDER, Money.yuan(5_000_000), DAY)).isFalse();
    }

    @Test
    void aJustificationOfAnotherMethodIsRefused() {
        assertThat(rules.violations(Method.SINGLE_SOURCE, Method.Justification.URGENCY, Money.yuan(100_000), DAY))
                .extracting(RuleViolation::messageKey).containsExactly("procurement.method.justification-not-allowed");
    }

    @Test
    void singleSourceFromTheOnlySupplierAtTheThresholdIsPublishedForObjections() {
        assertThat(rules.needsPublicity(Method.SINGLE_SOURCE, Method.Justification.ONLY_ONE_SUPPLIER, Money.yuan(2_500_000),
                DAY)).isTrue();
        assertThat(rules.needsPublicity(Method.SINGLE_SOURCE, Method.Justification.EMERGENCY, Money.yuan(2_500_000), DAY))
                .isFalse();
    }

    @Test
    void theInvitationDrawIsReproducibleFromItsSeed() {
        List<OrganizationId> qualified = IntStream.range(0, 7).mapToObj(i -> new OrganizationId(UUID.randomUUID())).toList();
        InvitationDraw first = InvitationDraw.draw("5eed", qualified, 3);
        List<OrganizationId> otherOrder = new java.util.ArrayList<>(qualified);
        java.util.Collections.reverse(otherOrder);
        InvitationDraw again = InvitationDraw.draw("5eed", otherOrder, 3);
        assertThat(again.invited()).isEqualTo(first.invited()).hasSize(3);
        assertThat(first.candidates()).containsExactlyInAnyOrderElementsOf(qualified);
    }
}
