package org.cogov.contracting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.cogov.procurement.RuleTableFixture;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.ShippedDays;
import org.cogov.shared.time.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/**
 * The contract's pure rules with the numbers of the shipped rule table and the shipped 2025 calendar: its deadlines,
 * its term, its payment schedule, its performance bond and its add-ons.
 */
class ContractRulesTests {

    private static final WorkingDayCalendar CALENDAR = ShippedDays.CALENDAR;
    private static final ContractLimits LIMITS = ContractLimits.on(RuleTableFixture.rulebook(), LocalDate.of(2025, 9, 1),
            ContractLimits.DEFAULT_ADVANCE_PERCENT);
    private static final ServicePeriod YEAR = new ServicePeriod(LocalDate.of(2025, 10, 1), 12, false, null);

    @Test
    void theContractIsSignedWithinThirtyDaysOfTheAwardNotice() {
        assertThat(ContractDeadlines.signBy(CALENDAR, LocalDate.of(2025, 9, 10), LIMITS)).isEqualTo(LocalDate.of(2025, 10, 10));
    }

    @Test
    void aSigningDayOnAHolidayMovesToTheNextWorkingDay() {
        // 2025-09-05 + 30 days = Sunday 5 October, inside the National Day holiday (1–8 October): Thursday 9 October.
        assertThat(ContractDeadlines.signBy(CALENDAR, LocalDate.of(2025, 9, 5), LIMITS)).isEqualTo(LocalDate.of(2025, 10, 9));
    }

    @Test
    void aContractSignedOnMondayIsPublishedWithinTwoAndFiledWithinSevenWorkingDays() {
        LocalDate monday = LocalDate.of(2025, 9, 15);

        assertThat(ContractDeadlines.publishBy(CALENDAR, monday, LIMITS)).isEqualTo(LocalDate.of(2025, 9, 17));
        assertThat(ContractDeadlines.fileBy(CALENDAR, monday, LIMITS)).isEqualTo(LocalDate.of(2025, 9, 24));
    }

    @Test
    void aContractSignedOnThursdayBeforeTheHolidayIsPublishedOnTheAdjustedWorkingSunday() {
        assertThat(ContractDeadlines.publishBy(CALENDAR, LocalDate.of(2025, 9, 25), LIMITS)).isEqualTo(LocalDate.of(2025, 9, 28));
    }

    @Test
    void aTwelveMonthTermNeedsNoJustification() {
        assertThat(YEAR.violation(LIMITS)).isEmpty();
        assertThat(YEAR.end()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void aThirtySixMonthTermNeedsTheStableServiceJustification() {
        LocalDate start = LocalDate.of(2025, 10, 1);

        assertThat(new ServicePeriod(start, 36, false, null).violation(LIMITS))
                .hasValueSatisfying(v -> assertThat(v.field()).isEqualTo("stableService"));
        assertThat(new ServicePeriod(start, 36, true, " ").violation(LIMITS))
                .hasValueSatisfying(v -> assertThat(v.field()).isEqualTo("justification"));
        assertThat(new ServicePeriod(start, 36, true, "行业运行监测为常年性、连续性服务，预算已纳入中期财政规划").violation(LIMITS)).isEmpty();
    }

    @Test
    void aFortyEightMonthTermIsRefusedEvenForAStableService() {
        assertThat(new ServicePeriod(LocalDate.of(2025, 10, 1), 48, true, "常年性服务").violation(LIMITS))
                .hasValueSatisfying(v -> {
                    assertThat(v.messageKey()).isEqualTo("contracting.term.over-longest");
                    assertThat(v.field()).isEqualTo("termMonths");
                });
    }

    @Test
    void theRequestsTermBecomesWholeMonths() {
        assertThat(ServicePeriod.covering(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null).months()).isEqualTo(12);
        assertThat(ServicePeriod.covering(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 15), null).months()).isEqualTo(6);
        ServicePeriod stable = ServicePeriod.covering(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), "常年性服务");
        assertThat(stable.months()).isEqualTo(36);
        assertThat(stable.stableService()).isTrue();
        assertThat(stable.violation(LIMITS)).isEmpty();
    }

    @Test
    void theDraftsSingleMilestonePaysEverythingAtTheTermsEnd() {
        List<Milestone> single = PaymentSchedule.single(YEAR, "全部服务成果");

        assertThat(single).singleElement().satisfies(m -> {
            assertThat(m.due()).isEqualTo(YEAR.end());
            assertThat(m.share()).isEqualByComparingTo("100");
        });
        assertThat(PaymentSchedule.violations(single, YEAR, LIMITS)).isEmpty();
    }

    @Test
    void paymentSharesNotSummingToHundredAreRefused() {
        List<Milestone> ninety = List.of(milestone("2025-12-31", "40", false), milestone("2026-09-30", "50", false));

        assertThat(PaymentSchedule.violations(ninety, YEAR, LIMITS)).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("contracting.milestones.shares-not-hundred");
            assertThat(v.field()).isEqualTo("milestones");
            assertThat(v.arguments()).containsExactly("90");
        });
    }

    @Test
    void aMilestoneDueOutsideTheTermIsRefused() {
        List<Milestone> late = List.of(milestone("2025-12-31", "50", false), milestone("2026-10-01", "50", false));

        assertThat(PaymentSchedule.violations(late, YEAR, LIMITS)).extracting(RuleViolation::field).containsExactly("milestones[1].due");
    }

    @Test
    void anAdvanceWithinItsCapIsAllowedOnceOnly() {
        assertThat(PaymentSchedule.violations(List.of(milestone("2025-10-01", "30", true), milestone("2026-09-30", "70", false)),
                YEAR, LIMITS)).isEmpty();
        assertThat(PaymentSchedule.violations(List.of(milestone("2025-10-01", "30.01", true), milestone("2026-09-30", "69.99", false)),
                YEAR, LIMITS)).extracting(RuleViolation::messageKey).containsExactly("contracting.milestones.advance-over-cap");
        assertThat(PaymentSchedule.violations(List.of(milestone("2025-10-01", "20", true), milestone("2025-11-01", "10", true),
                milestone("2026-09-30", "70", false)), YEAR, LIMITS)).extracting(RuleViolation::messageKey)
                .containsExactly("contracting.milestones.one-advance");
    }

    @Test
    void aShareFinerThanTheHundredthIsRefused() {
        assertThat(PaymentSchedule.violations(List.of(milestone("2025-12-31", "33.333", false), milestone("2026-09-30", "66.667", false)),
                YEAR, LIMITS)).extracting(RuleViolation::field).containsExactly("milestones[0].share", "milestones[1].share");
    }

    @Test
    void thePerformanceBondIsAtMostTenPercentOfTheContract() {
        Money price = Money.yuan(88_000);

        assertThat(PerformanceBond.violation(null, price, LIMITS)).isEmpty();
        assertThat(PerformanceBond.violation(Money.yuan(8_800), price, LIMITS)).isEmpty();
        assertThat(PerformanceBond.violation(Money.yuan("8800.01"), price, LIMITS))
                .hasValueSatisfying(v -> assertThat(v.field()).isEqualTo("performanceBond"));
    }

    @Test
    void addOnsBeyondTenPercentCumulativeAreRefused() {
        Money original = Money.yuan(1_000_000);

        assertThat(AddOns.violation(original, null, Money.ZERO, addOn(80_000, null), LIMITS)).isEmpty();
        assertThat(AddOns.violation(original, null, Money.yuan(80_000), addOn(30_000, null), LIMITS)).hasValueSatisfying(v -> {
            assertThat(v.messageKey()).isEqualTo("contracting.add-on.over-cap");
            assertThat(v.arguments()).containsExactly("11.0", "10");
        });
        assertThat(AddOns.violation(original, null, Money.yuan(80_000), addOn(20_000, null), LIMITS)).isEmpty();
    }

    @Test
    void aUnitPriceRiseIsNotAnAddOnButANewProcedure() {
        assertThat(AddOns.violation(Money.yuan(1_000_000), new BigDecimal("200.00"), Money.ZERO, addOn(50_000, new BigDecimal("220.00")),
                LIMITS)).hasValueSatisfying(v -> {
                    assertThat(v.messageKey()).isEqualTo("contracting.add-on.other-price");
                    assertThat(v.field()).isEqualTo("unitPrice");
                });
        assertThat(AddOns.violation(Money.yuan(1_000_000), new BigDecimal("200.00"), Money.ZERO, addOn(50_000, new BigDecimal("200")),
                LIMITS)).isEmpty();
    }

    @Test
    void otherTermsOrAnotherServiceAreNotAnAddOn() {
        Money original = Money.yuan(1_000_000);

        assertThat(AddOns.violation(original, null, Money.ZERO, new AddOns.Proposal(Money.yuan(1), null, false, true), LIMITS))
                .hasValueSatisfying(v -> assertThat(v.field()).isEqualTo("sameService"));
        assertThat(AddOns.violation(original, null, Money.ZERO, new AddOns.Proposal(Money.yuan(1), null, true, false), LIMITS))
                .hasValueSatisfying(v -> assertThat(v.field()).isEqualTo("sameTerms"));
    }

    @Test
    void theLimitsComeFromTheRuleTable() {
        assertThat(LIMITS.signatureDays()).isEqualTo(30);
        assertThat(LIMITS.publicationWorkingDays()).isEqualTo(2);
        assertThat(LIMITS.filingWorkingDays()).isEqualTo(7);
        assertThat(LIMITS.termMonths()).isEqualTo(12);
        assertThat(LIMITS.stableTermMonths()).isEqualTo(36);
        assertThat(LIMITS.addOnPercent()).isEqualByComparingTo("10");
        assertThat(LIMITS.bondPercent()).isEqualByComparingTo("10");
    }

    private static Milestone milestone(String due, String share, boolean advance) {
        return new Milestone("交付成果", LocalDate.parse(due), new BigDecimal(share), advance);
    }

    private static AddOns.Proposal addOn(long amount, BigDecimal unitPrice) {
        return new AddOns.Proposal(Money.yuan(amount), unitPrice, true, true);
    }
}
