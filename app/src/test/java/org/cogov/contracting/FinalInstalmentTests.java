package org.cogov.contracting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The clause tying the final payment to the grade: what each grade earns, and which clauses stand. */
class FinalInstalmentTests {

    @Test
    void eachGradeEarnsItsPercentOfTheFinalPaymentToTheFenRoundedDown() {
        FinalInstalment clause = new FinalInstalment(new BigDecimal("100"), new BigDecimal("95"), new BigDecimal("66.67"), BigDecimal.ZERO);
        Money full = new Money(new BigDecimal("44000.01"));

        assertThat(clause.earned(full, Grade.EXCELLENT)).isEqualTo(full);
        assertThat(clause.earned(full, Grade.GOOD).amount()).isEqualByComparingTo("41800.00");
        assertThat(clause.earned(full, Grade.FAIR).amount()).isEqualByComparingTo("29334.80");
        assertThat(clause.earned(full, Grade.POOR).amount()).isEqualByComparingTo("0");
    }

    @Test
    void theUsualClauseWithholdsEverythingFromAPoorGrade() {
        assertThat(FinalInstalment.usual().percentFor(Grade.POOR)).isEqualByComparingTo("0");
        assertThat(FinalInstalment.usual().percentFor(Grade.GOOD)).isEqualByComparingTo("100");
        assertThat(FinalInstalment.usual().violations()).isEmpty();
    }

    @Test
    void aBetterGradeCannotEarnLessThanAWorseOne() {
        FinalInstalment upsideDown = new FinalInstalment(new BigDecimal("80"), new BigDecimal("90"), new BigDecimal("50"), BigDecimal.ZERO);

        assertThat(upsideDown.violations()).extracting(RuleViolation::field).containsExactly("finalInstalment.good");
        assertThat(upsideDown.violations()).extracting(RuleViolation::messageKey).containsExactly("contracting.final-instalment.order");
    }

    @Test
    void aPercentLiesWithin0And100ToTheHundredth() {
        FinalInstalment wrong = new FinalInstalment(new BigDecimal("100.5"), new BigDecimal("90"), new BigDecimal("50.001"), new BigDecimal("-1"));

        assertThat(wrong.violations()).extracting(RuleViolation::field).containsExactly("finalInstalment.excellent", "finalInstalment.fair",
                "finalInstalment.poor");
    }
}
