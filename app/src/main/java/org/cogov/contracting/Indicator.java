package org.cogov.contracting;

import java.math.BigDecimal;
import java.util.Objects;

import org.cogov.shared.Domain;

/**
 * A second-level indicator of a contract's indicator set: what is measured, in both languages, its weight within its
 * group, the target as the contract states it, and the rule that scores it.
 */
@Domain
public record Indicator(String nameZh, String nameEn, BigDecimal weight, String target, ScoringRule rule) {

    public static final int NAME_MAX = 200;
    public static final int TARGET_MAX = 500;

    public Indicator {
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(rule, "rule");
    }

    /** The points a measured value earns by this indicator's rule. */
    public BigDecimal score(BigDecimal measured) {
        return rule.score(weight, measured);
    }
}
