package org.cogov.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cogov.shared.Bilingual;
import org.cogov.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The term a request asks for (MoF Order No. 102 Art. 24): a year, or up to three for a stable service with its reason. */
class ContractTermTests {

    /** The rule table\'s rows of MoF Order No. 102 Art. 24. */
    static final ContractTerm.Limits LIMITS = new ContractTerm.Limits(1, 3,
            new Bilingual("财政部令第102号第二十四条", "MoF Order No. 102 Art. 24"));

    private static final String STABLE = "社区养老服务需求稳定、连续，三年预算已纳入中期财政规划";

    @Test
    void aTermOfOneYearNeedsNoReason() {
        assertThat(term("2027-01-01", "2027-12-31").violation(null, LIMITS)).isEmpty();
    }

    @Test
    void oneDayMoreThanAYearAsksForTheStableServiceReason() {
        RuleViolation refused = term("2027-01-01", "2028-01-01").violation(null, LIMITS).orElseThrow();

        assertThat(refused.messageKey()).isEqualTo("planning.term.over-normal");
        assertThat(refused.field()).isEqualTo("stableServiceReason");
        assertThat(refused.arguments()).startsWith("2027-12-31", 1);
    }

    @Test
    void aBlankReasonIsNoReason() {
        assertThat(term("2027-01-01", "2028-06-30").violation("   ", LIMITS)).map(RuleViolation::messageKey)
                .contains("planning.term.over-normal");
    }

    @Test
    void aStableServiceWithItsReasonMayRunThreeYears() {
        assertThat(term("2027-01-01", "2029-12-31").violation(STABLE, LIMITS)).isEmpty();
    }

    @Test
    void noReasonStretchesATermBeyondThreeYears() {
        RuleViolation refused = term("2027-01-01", "2030-01-01").violation(STABLE, LIMITS).orElseThrow();

        assertThat(refused.messageKey()).isEqualTo("planning.term.over-longest");
        assertThat(refused.field()).isEqualTo("termEnd");
        assertThat(refused.arguments()).startsWith("2029-12-31", 3);
    }

    @Test
    void aTermThatEndsBeforeItStartsIsRefused() {
        assertThat(term("2027-03-01", "2027-02-28").violation(STABLE, LIMITS)).map(RuleViolation::messageKey)
                .contains("planning.term.ends-before-start");
    }

    @Test
    void aYearFromTheTwentyNinthOfFebruaryEndsOnTheTwentyEighth() {
        assertThat(term("2028-02-29", "2029-02-28").violation(null, LIMITS)).isEmpty();
        assertThat(term("2028-02-29", "2029-03-01").violation(null, LIMITS)).isPresent();
    }

    private static ContractTerm term(String start, String end) {
        return new ContractTerm(LocalDate.parse(start), LocalDate.parse(end));
    }
}
