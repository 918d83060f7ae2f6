package org.cogov.contracting;

import java.math.BigDecimal;
import java.util.Optional;

import org.cogov.shared.Domain;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The performance bond (履约保证金): optional, and when the contract asks for one, at most PERFORMANCE_BOND_MAX percent
 * of the contract amount (IR Art. 48).
 */
@Domain
public final class PerformanceBond {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private PerformanceBond() {
    }

    /** The largest bond the contract may ask for. */
    public static Money cap(Money price, ContractLimits limits) {
        return price.times(limits.bondPercent().divide(HUNDRED));
    }

    public static Optional<RuleViolation> violation(@Nullable Money bond, Money price, ContractLimits limits) {
        if (bond == null) {
            return Optional.empty();
        }
        if (bond.isNegative()) {
            return Optional.of(RuleViolation.refused("contracting.bond.negative", "performanceBond"));
        }
        Money cap = cap(price, limits);
        if (bond.isGreaterThan(cap)) {
            return Optional.of(RuleViolation.refused("contracting.bond.over-cap", "performanceBond",
                    limits.bondPercent().stripTrailingZeros().toPlainString(), cap.amount().toPlainString()));
        }
        return Optional.empty();
    }
}
