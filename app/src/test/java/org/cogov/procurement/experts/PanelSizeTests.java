package org.cogov.procurement.experts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cogov.procurement.Method;
import org.cogov.procurement.ProcurementRule;
import org.cogov.procurement.Rulebook;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** How large a panel must be, by method, budget and complexity (RULES.md "Evaluation"), from the rows of the rule table. */
class PanelSizeTests {

    static final LocalDate DAY = LocalDate.of(2026, 6, 15);
    static final Rulebook RULES = rulebook();

    @Test
    void aTenderPanelHasAtLeastFiveMembers() {
        assertThat(minimum(Method.PUBLIC_TENDER, "2500000", false)).isEqualTo(5);
        assertThat(minimum(Method.INVITATIONAL_TENDER, "2500000", false)).isEqualTo(5);
    }

    @Test
    void aTenderPanelHasAtLeastSevenFromABudgetOfTenMillion() {
        assertThat(minimum(Method.PUBLIC_TENDER, "9999999.99", false)).isEqualTo(5);
        assertThat(minimum(Method.PUBLIC_TENDER, "10000000", false)).isEqualTo(7);
    }

    @Test
    void aComplexOrHighImpactTenderHasAtLeastSeven() {
        assertThat(minimum(Method.PUBLIC_TENDER, "2500000", true)).isEqualTo(7);
    }

    @Test
    void aNegotiationOrConsultationPanelHasAtLeastThree() {
        assertThat(minimum(Method.COMPETITIVE_NEGOTIATION, "1500000", false)).isEqualTo(3);
        assertThat(minimum(Method.COMPETITIVE_CONSULTATION, "1999999.99", false)).isEqualTo(3);
    }

    @Test
    void aNegotiationOrConsultationAtOrAboveThePublicTenderThresholdHasAtLeastFive() {
        assertThat(minimum(Method.COMPETITIVE_NEGOTIATION, "2000000", false)).isEqualTo(5);
        assertThat(minimum(Method.COMPETITIVE_CONSULTATION, "2200000", false)).isEqualTo(5);
    }

    @Test
    void complexityDoesNotEnlargeAConsultationPanel() {
        assertThat(minimum(Method.COMPETITIVE_CONSULTATION, "1500000", true)).isEqualTo(3);
    }

    @Test
    void expertsHoldAtLeastTwoThirdsOfTheSeats() {
        assertThat(PanelSize.minimumExperts(3)).isEqualTo(2);
        assertThat(PanelSize.minimumExperts(5)).isEqualTo(4);
        assertThat(PanelSize.minimumExperts(7)).isEqualTo(5);
        assertThat(PanelSize.minimumExperts(9)).isEqualTo(6);
        assertThat(PanelSize.maximumRepresentatives(5)).isEqualTo(1);
        assertThat(PanelSize.maximumRepresentatives(9)).isEqualTo(3);
    }

    @Test
    void anEvenPanelIsRefused() {
        assertThat(keys(Method.PUBLIC_TENDER, "2500000", false, null, 6, 0)).containsExactly("procurement.panel.even");
    }

    @Test
    void aPanelBelowItsLeastSizeIsRefusedWithTheLegalBasis() {
        List<RuleViolation> violations = PanelSize.violations(PanelSize.rules(RULES, Method.PUBLIC_TENDER, DAY),
                new BigDecimal("12000000"), false, null, 5, 0);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("procurement.panel.too-small");
            assertThat(v.arguments()[0]).isEqualTo(7);
        });
    }

    @Test
    void twoRepresentativesOnAPanelOfFiveAreTooMany() {
        assertThat(keys(Method.PUBLIC_TENDER, "2500000", false, null, 5, 2))
                .containsExactly("procurement.panel.too-many-representatives");
        assertThat(keys(Method.PUBLIC_TENDER, "2500000", false, null, 5, 1)).isEmpty();
    }

    @Test
    void aComplexProjectNeedsItsReason() {
        assertThat(keys(Method.PUBLIC_TENDER, "2500000", true, " ", 7, 0)).containsExactly("procurement.panel.complex-why");
        assertThat(keys(Method.PUBLIC_TENDER, "2500000", true, "全市性重大民生项目", 7, 0)).isEmpty();
    }

    @Test
    void aSingleSourceHasNoPanel() {
        assertThat(PanelSize.needsPanel(Method.SINGLE_SOURCE)).isFalse();
        assertThatThrownBy(() -> PanelSize.rules(RULES, Method.SMALL_PURCHASE, DAY)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int minimum(Method method, String budget, boolean complex) {
        return PanelSize.minimum(PanelSize.rules(RULES, method, DAY), new BigDecimal(budget), complex);
    }

    private static List<String> keys(Method method, String budget, boolean complex, @Nullable String why, int seats,
            int representatives) {
        return PanelSize.violations(PanelSize.rules(RULES, method, DAY), new BigDecimal(budget), complex, why, seats,
                representatives).stream().map(RuleViolation::messageKey).toList();
    }

    /** The rows of the shipped migration that panels use, with the same numbers. */
    static Rulebook rulebook() {
        List<ProcurementRule> rules = new ArrayList<>();
        add(rules, ProcurementRule.Name.PUBLIC_TENDER_THRESHOLD, null, 2_000_000, ProcurementRule.Unit.CNY);
        for (Method tender : List.of(Method.PUBLIC_TENDER, Method.INVITATIONAL_TENDER)) {
            add(rules, ProcurementRule.Name.PANEL_MIN, tender, 5, ProcurementRule.Unit.COUNT);
            add(rules, ProcurementRule.Name.PANEL_MIN_LARGE, tender, 7, ProcurementRule.Unit.COUNT);
            add(rules, ProcurementRule.Name.PANEL_LARGE_BUDGET, tender, 10_000_000, ProcurementRule.Unit.CNY);
        }
        for (Method other : List.of(Method.COMPETITIVE_NEGOTIATION, Method.COMPETITIVE_CONSULTATION)) {
            add(rules, ProcurementRule.Name.PANEL_MIN, other, 3, ProcurementRule.Unit.COUNT);
            add(rules, ProcurementRule.Name.PANEL_MIN_LARGE, other, 5, ProcurementRule.Unit.COUNT);
        }
        return new Rulebook(rules, "LANJIANG");
    }

    private static void add(List<ProcurementRule> rules, ProcurementRule.Name name, @Nullable Method method, long value,
            ProcurementRule.Unit unit) {
        rules.add(new ProcurementRule(rules.size() + 1, name, method, null, LocalDate.of(2000, 1, 1), BigDecimal.valueOf(value),
                unit, "依据", "basis"));
    }
}
