package org.cogov.procurement.experts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cogov.procurement.Method;
import org.cogov.procurement.ProcurementRule;
import org.cogov.procurement.Rulebook;
import org.cogov.shared.Bilingual;
import org.cogov.shared.Domain;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * How large an evaluation panel must be (RULES.md "Evaluation"): an odd number of members, at least the method's
 * least size — 5 for a tender, 3 for a negotiation or a consultation — and at least the larger least size — 7 and 5
 * — when the budget reaches the method's large budget (CNY 10,000,000 for a tender; for the other methods, which
 * have no row of their own, the public-tender threshold) or, for a tender, when the purchaser marks the project
 * complex or of great social impact. Experts hold at least two thirds of the seats, the purchaser's representatives
 * the rest (possibly none). The numbers are rows of the rule table; the two thirds are the law's fraction, kept
 * exact.
 */
@Domain
public final class PanelSize {

    /** The rows in force for a method on a day. */
    public record Rules(int minimum, int largeMinimum, BigDecimal largeBudget, boolean complexityCounts, Bilingual legalBasis) {
    }

    private PanelSize() {
    }

    /** The methods that evaluate with a panel: the two tenders, negotiation and consultation. */
    public static boolean needsPanel(Method method) {
        return method.isTender() || method == Method.COMPETITIVE_NEGOTIATION || method == Method.COMPETITIVE_CONSULTATION;
    }

    public static Rules rules(Rulebook rulebook, Method method, LocalDate day) {
        if (!needsPanel(method)) {
            throw new IllegalArgumentException(method + " evaluates with no panel");
        }
        ProcurementRule minimum = rulebook.required(ProcurementRule.Name.PANEL_MIN, method, day);
        ProcurementRule large = rulebook.required(ProcurementRule.Name.PANEL_MIN_LARGE, method, day);
        BigDecimal largeBudget = rulebook.rule(ProcurementRule.Name.PANEL_LARGE_BUDGET, method, day)
                .map(ProcurementRule::value)
                .orElseGet(() -> rulebook.value(ProcurementRule.Name.PUBLIC_TENDER_THRESHOLD, day));
        return new Rules(minimum.count(), large.count(), largeBudget, method.isTender(), large.legalBasis());
    }

    /** The least size of the panel for this budget and complexity. */
    public static int minimum(Rules rules, BigDecimal budget, boolean complex) {
        boolean large = budget.compareTo(rules.largeBudget()) >= 0 || complex && rules.complexityCounts();
        return large ? rules.largeMinimum() : rules.minimum();
    }

    /** The fewest experts a panel of this size holds: two thirds of its seats, rounded up. */
    public static int minimumExperts(int seats) {
        return (2 * seats + 2) / 3;
    }

    /** The most representatives of the purchaser a panel of this size holds. */
    public static int maximumRepresentatives(int seats) {
        return seats - minimumExperts(seats);
    }

    /**
     * What the rules refuse in a panel of {@code seats} members of whom {@code representatives} are the purchaser's:
     * too small, even, too many representatives, a complex project without its reason.
     */
    public static List<RuleViolation> violations(Rules rules, BigDecimal budget, boolean complex, @Nullable String complexWhy,
            int seats, int representatives) {
        List<RuleViolation> violations = new ArrayList<>();
        int minimum = minimum(rules, budget, complex);
        if (seats < minimum) {
            violations.add(RuleViolation.refused("procurement.panel.too-small", "seats", minimum, rules.legalBasis()));
        }
        if (seats % 2 == 0) {
            violations.add(RuleViolation.refused("procurement.panel.even", "seats"));
        }
        if (representatives < 0 || representatives > maximumRepresentatives(Math.max(seats, 0))) {
            violations.add(RuleViolation.refused("procurement.panel.too-many-representatives", "representatives",
                    maximumRepresentatives(Math.max(seats, 0))));
        }
        if (complex && (complexWhy == null || complexWhy.isBlank())) {
            violations.add(RuleViolation.refused("procurement.panel.complex-why", "complexWhy"));
        }
        return violations;
    }
}
