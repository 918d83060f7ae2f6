package org.cogov.contracting;

import java.math.BigDecimal;

import org.cogov.shared.Domain;

/** A performance evaluation's grade (RULES.md "Performance evaluation"): 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below. */
@Domain
public enum Grade {
    /** 优 */
    EXCELLENT(90, "优"),
    /** 良 */
    GOOD(80, "良"),
    /** 中 */
    FAIR(60, "中"),
    /** 差 */
    POOR(0, "差");

    private final BigDecimal from;
    private final String zh;

    Grade(int from, String zh) {
        this.from = BigDecimal.valueOf(from);
        this.zh = zh;
    }

    /** The grade of a total out of 100: the best whose lower bound the total reaches. */
    public static Grade of(BigDecimal total) {
        for (Grade grade : values()) {
            if (total.compareTo(grade.from) >= 0) {
                return grade;
            }
        }
        return POOR;
    }

    /** The lowest total that earns the grade. */
    public BigDecimal from() {
        return from;
    }

    /** 优, 良, 中 or 差, as the grade is published. */
    public String zh() {
        return zh;
    }

    /** Whether the grade is 中 or better: enough to renew a yearly contract. */
    public boolean atLeastFair() {
        return this != POOR;
    }
}
