package org.cogov.procurement.bonds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.cogov.procurement.AwardCriteria;
import org.cogov.procurement.Lot;
import org.cogov.procurement.RuleTableFixture;
import org.cogov.procurement.Rulebook;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.DayKind;
import org.cogov.shared.time.SpecialDay;
import org.cogov.shared.time.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** The bid bond's cap and refund period, as the rule table sets them (GPL IR Art. 33: 2 % of the budget, 5 working days). */
class BidBondRulesTests {

    private static final LocalDate DAY = LocalDate.of(2025, 9, 1);
    private final Rulebook rulebook = RuleTableFixture.rulebook();

    /** 2025 with the National Day holiday (1–8 Oct off) and its adjusted working days (Sun 28 Sep, Sat 11 Oct). */
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(List.of(2025), List.of(
            new SpecialDay(LocalDate.of(2025, 9, 28), DayKind.WORK, "国庆节调休"),
            new SpecialDay(LocalDate.of(2025, 10, 1), DayKind.OFF, "国庆节"), new SpecialDay(LocalDate.of(2025, 10, 2), DayKind.OFF, "国庆节"),
            new SpecialDay(LocalDate.of(2025, 10, 3), DayKind.OFF, "国庆节"), new SpecialDay(LocalDate.of(2025, 10, 6), DayKind.OFF, "国庆节"),
            new SpecialDay(LocalDate.of(2025, 10, 7), DayKind.OFF, "国庆节"), new SpecialDay(LocalDate.of(2025, 10, 8), DayKind.OFF, "国庆节"),
            new SpecialDay(LocalDate.of(2025, 10, 11), DayKind.WORK, "国庆节调休")));

    private static Lot lot(long budget, String bond) {
        return new Lot(1, "行业运行监测", null, Money.yuan(budget), new AwardCriteria.LowestPrice(), Money.yuan(bond));
    }

    @Test
    void aBondOfTwoPercentOfTheBudgetIsAllowedAndAFenMoreIsRefusedNamingTheCap() {
        assertThat(BidBondRules.violation(lot(2_500_000, "50000.00"), "lots[0].bidBond", rulebook, DAY)).isEmpty();

        RuleViolation refused = BidBondRules.violation(lot(2_500_000, "50000.01"), "lots[0].bidBond", rulebook, DAY).orElseThrow();

        assertThat(refused.messageKey()).isEqualTo("procurement.bond.above-cap");
        assertThat(refused.field()).isEqualTo("lots[0].bidBond");
        assertThat(refused.arguments()).startsWith(1, "50000.00", "2");
    }

    @Test
    void aBondThatIsNotPositiveIsRefused() {
        assertThat(BidBondRules.violation(lot(2_500_000, "0"), "lots[0].bidBond", rulebook, DAY).orElseThrow().messageKey())
                .isEqualTo("procurement.bond.not-positive");
    }

    @Test
    void aLotWithoutABondAsksForNone() {
        Lot waived = new Lot(1, "行业运行监测", null, Money.yuan(2_500_000), new AwardCriteria.LowestPrice());

        assertThat(waived.requiresBidBond()).isFalse();
        assertThat(BidBondRules.violation(waived, "lots[0].bidBond", rulebook, DAY)).isEmpty();
    }

    @Test
    void theCapIsRoundedDownToTheFenSoThatItNeverExceedsTwoPercent() {
        assertThat(BidBondRules.cap(Money.yuan("1200000.55"), rulebook, DAY).amount()).isEqualByComparingTo("24000.01");
    }

    @Property
    void theCapIsNeverAboveTwoPercentAndLessThanAFenBelowIt(@ForAll @LongRange(min = 1, max = 100_000_000_000L) long fen) {
        Money budget = new Money(BigDecimal.valueOf(fen, 2));
        BigDecimal exact = budget.amount().multiply(new BigDecimal("0.02"));
        BigDecimal cap = BidBondRules.cap(budget, rulebook, DAY).amount();

        assertThat(cap).isLessThanOrEqualTo(exact);
        assertThat(exact.subtract(cap)).isLessThan(new BigDecimal("0.01"));
    }

    @Test
    void aBondIsDueBackFiveWorkingDaysAfterTheFactThatFreesIt() {
        // Mon 8 Sep → Mon 15 Sep; Fri 26 Sep → Sun 28 Sep (a working day), 29, 30 Sep, then 9 and 10 Oct after the holiday.
        assertThat(BidBondRules.refundDue(LocalDate.of(2025, 9, 8), rulebook, CALENDAR)).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(BidBondRules.refundDue(LocalDate.of(2025, 9, 26), rulebook, CALENDAR)).isEqualTo(LocalDate.of(2025, 10, 10));
    }

    @Property
    void theDueDayIsAWorkingDayAtLeastAWeekAfterAWeekdayInAMonthWithoutHolidays(
            @ForAll @LongRange(min = 0, max = 20) long offset) {
        LocalDate freed = LocalDate.of(2025, 3, 3).plusDays(offset);
        LocalDate due = BidBondRules.refundDue(freed, rulebook, CALENDAR);

        assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(due).isAfterOrEqualTo(freed.plusDays(5)).isBeforeOrEqualTo(freed.plusDays(9));
    }

    @Test
    void aRefundOnItsDueDayIsOnTimeAndADayLaterIsLate() {
        LocalDate due = LocalDate.of(2025, 9, 15);

        assertThat(BidBondRules.late(due, due)).isFalse();
        assertThat(BidBondRules.late(due.plusDays(1), due)).isTrue();
    }
}
