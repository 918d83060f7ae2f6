package org.cogov.contracting;

import org.cogov.shared.Domain;

/** A performance evaluation's grade (RULES.md "Performance evaluation"): 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below. */
@Domain
public enum Grade {
    /** 优 */
    EXCELLENT,
    /** 良 */
    GOOD,
    /** 中 */
    FAIR,
    /** 差 */
    POOR;

    /** Whether the grade is 中 or better: enough to renew a yearly contract. */
    public boolean atLeastFair() {
        return this != POOR;
    }
}
