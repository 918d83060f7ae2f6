package org.cogov.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cogov.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The term a request asks for (MoF Order No. 102 Art. 24): a year, or up to three for a stable service with its reason. */
class ContractTermTests {

    private static final String STABLE = "社区养老服务需求稳定、连续，三年预算已纳入中期财政规划";

    @Test
    void aTermOfOneYearNeedsNoReason() {
        assertThat(term("2027-01-01", "2027-12-31").violation(null)).isEmpty();
    }

    @Test
    void oneDayMoreThanAYearAsksForTheStableServiceReason() {
        RuleViolation refused = term("2027-01-01", "2028-01-01").violation(null).orElseThrow();

        assertThat(refused.messageKey()).isEqualTo("planning.term.over-one-year");
        assertThat(refused.field()).isEqualTo("stableServiceReason");
        assertThat(refused.arguments()).containsExactly("2027-12-31");
    }

    @Test
    void aBlankReasonIsNoReason() {
        assertThat(term("2027-01-01", "2028-06-30").violation("   ")).map(RuleViolation::messageKey)
                .contains("planning.term.over-one-year");
    }

    @Test
    void aStableServiceWithItsReasonMayRunThreeYears() {
        assertThat(term("2027-01-01", "2029-12-31").violation(STABLE)).isEmpty();
    }

    @Test
    void noReasonStretchesATermBeyondThreeYears() {
        RuleViolation refused = term("2027-01-01", "2030-01-01").violation(STABLE).orElseThrow();

        assertThat(refused.messageKey()).isEqualTo("planning.term.over-three-years");
        assertThat(refused.field()).isEqualTo("termEnd");
        assertThat(refused.arguments()).containsExactly("2029-12-31");
    }

    @Test
    void aTermThatEndsBeforeItStartsIsRefused() {
        assertThat(term("2027-03-01", "2027-02-28").violation(STABLE)).map(RuleViolation::messageKey)
                .contains("planning.term.ends-before-start");
    }

    @Test
    void aYearFromTheTwentyNinthOfFebruaryEndsOnTheTwentyEighth() {
        assertThat(term("2028-02-29", "2029-02-28").violation(null)).isEmpty();
        assertThat(term("2028-02-29", "2029-03-01").violation(null)).isPresent();
    }

    private static ContractTerm term(String start, String end) {
        return new ContractTerm(LocalDate.parse(start), LocalDate.parse(end));
    }
}
