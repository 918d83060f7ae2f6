package org.cogov.contracting;

import java.math.BigDecimal;

/**
 * A first-level group of a contract's indicator set (RULES.md "Performance evaluation"), with its default weight:
 * outputs 50, effects 30, beneficiary satisfaction 10, budget execution 10.
 */
public enum Dimension {
    OUTPUTS(50), EFFECTS(30), SATISFACTION(10), BUDGET_EXECUTION(10);

    private final int defaultWeight;

    Dimension(int defaultWeight) {
        this.defaultWeight = defaultWeight;
    }

    public BigDecimal defaultWeight() {
        return BigDecimal.valueOf(defaultWeight).setScale(2);
    }
}
