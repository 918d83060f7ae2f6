package org.cogov.contracting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cogov.procurement.RuleTableFixture;
import org.cogov.shared.Money;
import org.cogov.shared.time.ShippedDays;
import org.cogov.shared.time.WorkingDayCalendar;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

/** Properties of the contract's rules over many days, amounts, shares and measured values. */
class ContractRulesPropertyTests {

    private static final WorkingDayCalendar CALENDAR = ShippedDays.CALENDAR;
    private static final ContractLimits LIMITS = ContractLimits.on(RuleTableFixture.rulebook(), LocalDate.of(2025, 1, 1),
            ContractLimits.DEFAULT_ADVANCE_PERCENT);

    @Property
    void theLastDayToSignIsAWorkingDayNoEarlierThanThirtyDaysAndNoLaterThanTheFirstWorkingDayAfter(
            @ForAll @IntRange(min = 0, max = 700) int offset) {
        LocalDate notice = LocalDate.of(2024, 1, 1).plusDays(offset);
        LocalDate signBy = ContractDeadlines.signBy(CALENDAR, notice, LIMITS);

        assertThat(CALENDAR.isWorkingDay(signBy)).isTrue();
        assertThat(signBy).isAfterOrEqualTo(notice.plusDays(30));
        for (LocalDate day = notice.plusDays(30); day.isBefore(signBy); day = day.plusDays(1)) {
            assertThat(CALENDAR.isWorkingDay(day)).isFalse();
        }
    }

    @Property
    void publicationAlwaysComesBeforeFiling(@ForAll @IntRange(min = 0, max = 700) int offset) {
        LocalDate signed = LocalDate.of(2024, 1, 1).plusDays(offset);

        assertThat(ContractDeadlines.publishBy(CALENDAR, signed, LIMITS)).isBefore(ContractDeadlines.fileBy(CALENDAR, signed, LIMITS));
    }

    @Property
    void sharesSplitIntoHundredthsThatAddUpToAHundredStand(@ForAll @IntRange(min = 1, max = 10) int parts,
            @ForAll @IntRange(min = 0, max = 9999) int seed) {
        ServicePeriod term = new ServicePeriod(LocalDate.of(2025, 1, 1), 12, false, null);
        List<Milestone> milestones = new ArrayList<>();
        int left = 10_000;
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < parts; i++) {
            int share = i == parts - 1 ? left : 1 + random.nextInt(Math.max(1, left - (parts - i - 1)));
            share = Math.min(share, left - (parts - i - 1));
            left -= share;
            milestones.add(new Milestone("成果" + i, term.start().plusMonths(i), BigDecimal.valueOf(share, 2), false));
        }

        assertThat(PaymentSchedule.violations(milestones, term, LIMITS)).isEmpty();
    }

    @Property
    void anAddOnIsAcceptedExactlyWhenTheCumulativeStaysWithinTenPercent(@ForAll @LongRange(min = 1, max = 100_000_000) long original,
            @ForAll @LongRange(min = 0, max = 20_000_000) long before, @ForAll @LongRange(min = 1, max = 20_000_000) long amount) {
        boolean within = (before + amount) * 10 <= original;

        assertThat(AddOns.violation(Money.yuan(original), null, Money.yuan(before), new AddOns.Proposal(Money.yuan(amount), null, true,
                true), LIMITS).isEmpty()).isEqualTo(within);
    }

    @Property
    void measuredScoresStayWithinTheWeightAndGrowWithTheValue(@ForAll @BigRange(min = "-50", max = "200") @Scale(2) BigDecimal a,
            @ForAll @BigRange(min = "-50", max = "200") @Scale(2) BigDecimal b) {
        BigDecimal weight = new BigDecimal("30");
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        for (ScoringRule rule : List.of(new ScoringRule.Linear(new BigDecimal("80")), new ScoringRule.Threshold(new BigDecimal("60")),
                ScoringRule.Banded.parse("0:10;50:40;90:100"))) {
            BigDecimal lowScore = rule.score(weight, low);
            BigDecimal highScore = rule.score(weight, high);
            assertThat(lowScore).isBetween(BigDecimal.ZERO, weight);
            assertThat(highScore).isGreaterThanOrEqualTo(lowScore);
        }
    }
}
