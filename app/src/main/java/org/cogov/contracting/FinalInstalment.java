package org.cogov.contracting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.cogov.shared.Domain;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;

/**
 * A contract's clause tying its final milestone's payment to the performance grade (绩效评价结果与尾款支付挂钩): the
 * percent of that payment each grade earns. The final payment is then ordered only once the contract is evaluated, and
 * what the grade does not earn goes back to the budget line. A better grade never earns less than a worse one.
 */
@Domain
public record FinalInstalment(BigDecimal excellent, BigDecimal good, BigDecimal fair, BigDecimal poor) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public FinalInstalment {
        Objects.requireNonNull(excellent, "excellent");
        Objects.requireNonNull(good, "good");
        Objects.requireNonNull(fair, "fair");
        Objects.requireNonNull(poor, "poor");
    }

    /** The usual clause: 优 and 良 earn it all, 中 80 %, 差 nothing. */
    public static FinalInstalment usual() {
        return new FinalInstalment(HUNDRED, HUNDRED, new BigDecimal("80"), BigDecimal.ZERO);
    }

    public BigDecimal percentFor(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> excellent;
            case GOOD -> good;
            case FAIR -> fair;
            case POOR -> poor;
        };
    }

    /** What the grade earns of the final payment, to the fen, rounded down: a fraction of a fen is not owed. */
    public Money earned(Money full, Grade grade) {
        return new Money(full.amount().multiply(percentFor(grade)).divide(HUNDRED, 2, RoundingMode.DOWN));
    }

    /** Every reason the clause is refused, each on its field under {@code finalInstalment}; none when it stands. */
    public List<RuleViolation> violations() {
        List<RuleViolation> refused = new ArrayList<>();
        BigDecimal better = HUNDRED;
        for (Grade grade : Grade.values()) {
            BigDecimal percent = percentFor(grade);
            String field = "finalInstalment." + grade.name().toLowerCase(Locale.ROOT);
            if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0 || percent.stripTrailingZeros().scale() > 2) {
                refused.add(RuleViolation.refused("contracting.final-instalment.percent", field));
            } else if (percent.compareTo(better) > 0) {
                refused.add(RuleViolation.refused("contracting.final-instalment.order", field));
            } else {
                better = percent;
            }
        }
        return refused;
    }
}
