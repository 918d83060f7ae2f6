package org.cogov.contracting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cogov.shared.Money;
import org.cogov.shared.time.ShippedDays;
import org.cogov.shared.time.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** What each milestone pays and by when; the flags and reminders of a contract's days. */
class PaymentTermsTests {

    private static final WorkingDayCalendar CALENDAR = ShippedDays.CALENDAR;

    @Test
    void milestonesPayTheirSharesToTheFenAndTheLastTakesWhatRoundingLeaves() {
        List<Money> amounts = PaymentTerms.amounts(Money.yuan("100000.01"), List.of(milestone("33.33", true), milestone("33.33", false),
                milestone("33.34", false)));

        assertThat(amounts).containsExactly(Money.yuan("33330.00"), Money.yuan("33330.00"), Money.yuan("33340.01"));
    }

    @Test
    void aPaymentAcceptedOnAFridayIsDueThirtyDaysLaterOrTheNextWorkingDay() {
        // Accepted Fri 2025-08-29: thirty days later is Sun 2025-09-28, a working day before National Day.
        assertThat(PaymentTerms.dueOn(CALENDAR, LocalDate.of(2025, 8, 29), 30)).isEqualTo(LocalDate.of(2025, 9, 28));
        // Accepted Mon 2025-09-01: thirty days later is Wed 2025-10-01, National Day: due on the first working day after.
        assertThat(PaymentTerms.dueOn(CALENDAR, LocalDate.of(2025, 9, 1), 30)).isEqualTo(LocalDate.of(2025, 10, 9));
    }

    @Test
    void aPaymentAfterItsDueDayIsLateAndStaysLate() {
        ContractPayment payment = new ContractPayment(2, Money.yuan(30_000), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 9), null, null,
                null);

        assertThat(payment.late(LocalDate.of(2025, 10, 9))).isFalse();
        assertThat(payment.late(LocalDate.of(2025, 10, 10))).isTrue();
        ContractPayment paidLate = new ContractPayment(2, Money.yuan(30_000), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 9),
                LocalDate.of(2025, 10, 10), "GK-1", null);
        assertThat(paidLate.late(LocalDate.of(2026, 1, 1))).isTrue();
        ContractPayment cancelled = new ContractPayment(2, Money.yuan(30_000), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 9), null,
                null, LocalDate.of(2025, 9, 20));
        assertThat(cancelled.late(LocalDate.of(2026, 1, 1))).isFalse();
    }

    @Test
    void aContractUnpublishedPastItsDayIsFlaggedAndSoIsOnePublishedLate() {
        Contract unpublished = signed(LocalDate.of(2025, 9, 15), LocalDate.of(2025, 9, 17), LocalDate.of(2025, 9, 24), null, null);

        assertThat(ContractFlag.of(unpublished, List.of(), List.of(), LocalDate.of(2025, 9, 17))).isEmpty();
        assertThat(ContractFlag.of(unpublished, List.of(), List.of(), LocalDate.of(2025, 9, 18))).containsExactly(ContractFlag.PUBLICATION_LATE);
        assertThat(ContractFlag.of(unpublished, List.of(), List.of(), LocalDate.of(2025, 9, 25)))
                .containsExactlyInAnyOrder(ContractFlag.PUBLICATION_LATE, ContractFlag.FILING_LATE);
        Contract publishedLate = signed(LocalDate.of(2025, 9, 15), LocalDate.of(2025, 9, 17), LocalDate.of(2025, 9, 24),
                LocalDate.of(2025, 9, 19), LocalDate.of(2025, 9, 20));
        assertThat(ContractFlag.of(publishedLate, List.of(), List.of(), LocalDate.of(2026, 1, 1))).containsExactly(ContractFlag.PUBLICATION_LATE);
    }

    @Test
    void remindersComeOnTheDayAndOnceMoreWhenItPassed() {
        Contract contract = signed(LocalDate.of(2025, 9, 15), LocalDate.of(2025, 9, 17), LocalDate.of(2025, 9, 24), null, null);
        ContractImplementation implementation = new ContractImplementation(contract, List.of(), List.of(
                new ContractPayment(1, Money.yuan(20_000), LocalDate.of(2025, 9, 15), LocalDate.of(2025, 10, 15), null, null, null)),
                List.of(), List.of(), Money.ZERO, BigDecimal.ZERO, Money.ZERO, List.of());

        assertThat(ContractReminder.due(implementation, LocalDate.of(2025, 9, 16))).isEmpty();
        assertThat(ContractReminder.due(implementation, LocalDate.of(2025, 9, 17))).extracting(ContractReminder::subject)
                .containsExactly(ContractReminder.Subject.PUBLICATION_DUE);
        assertThat(ContractReminder.due(implementation, LocalDate.of(2025, 9, 18))).extracting(ContractReminder::subject)
                .containsExactly(ContractReminder.Subject.PUBLICATION_OVERDUE);
        assertThat(ContractReminder.due(implementation, LocalDate.of(2025, 10, 12))).extracting(ContractReminder::subject)
                .containsExactly(ContractReminder.Subject.PUBLICATION_OVERDUE, ContractReminder.Subject.FILING_OVERDUE,
                        ContractReminder.Subject.PAYMENT_DUE);
    }

    @Test
    void aDraftIsRemindedOfItsSignByDayAndFlaggedOnceItPassed() {
        Contract draft = signed(null, null, null, null, null);
        Contract unsigned = new Contract(draft.id(), draft.procedureId(), draft.procedureReference(), draft.lot(), draft.purchaser(),
                draft.provider(), draft.catalogueCode(), draft.serviceTitle(), null, draft.price(), Contract.Status.DRAFT, draft.awardedAt(),
                draft.awardNoticeOn(), draft.signBy(), draft.term(), null, null, null, draft.milestones(), draft.indicators(),
                draft.draftedAt(), null, null, 0, null, null, null, false, List.of(), draft.delivery(), null, null, null, null);
        ContractImplementation implementation = new ContractImplementation(unsigned, List.of(), List.of(), List.of(), List.of(),
                Money.ZERO, BigDecimal.ZERO, Money.ZERO, List.of());

        assertThat(ContractReminder.due(implementation, LocalDate.of(2025, 10, 6))).isEmpty();
        assertThat(ContractReminder.due(implementation, LocalDate.of(2025, 10, 7))).singleElement()
                .satisfies(r -> assertThat(r.subject()).isEqualTo(ContractReminder.Subject.SIGNATURE_DUE));
        assertThat(ContractReminder.due(implementation, LocalDate.of(2025, 10, 11))).singleElement()
                .satisfies(r -> assertThat(r.subject()).isEqualTo(ContractReminder.Subject.SIGNATURE_OVERDUE));
        assertThat(ContractFlag.of(unsigned, List.of(), List.of(), LocalDate.of(2025, 10, 10))).isEmpty();
        assertThat(ContractFlag.of(unsigned, List.of(), List.of(), LocalDate.of(2025, 10, 11))).containsExactly(ContractFlag.SIGNED_LATE);
    }

    @Property
    void theMilestonesPaymentsAddUpToThePriceExactly(@ForAll @LongRange(min = 1, max = 999_999_999_999L) long fen,
            @ForAll @IntRange(min = 1, max = 9_999) int first, @ForAll @IntRange(min = 1, max = 9_999) int second) {
        int third = 30_000 - first - second;
        List<Milestone> milestones = List.of(milestone(hundredths(first), false), milestone(hundredths(second), false),
                milestone(hundredths(third), false));
        Money price = new Money(BigDecimal.valueOf(fen, 2));

        List<Money> amounts = PaymentTerms.amounts(price, milestones);

        assertThat(amounts.stream().reduce(Money.ZERO, Money::plus)).isEqualTo(price);
        assertThat(amounts.subList(0, 2)).allSatisfy(a -> assertThat(a.isNegative()).isFalse());
    }

    @Property
    void aPaymentFallsDueOnAWorkingDayNoEarlierThanItsDays(@ForAll @IntRange(min = 0, max = 600) int offset,
            @ForAll @IntRange(min = 1, max = 60) int days) {
        LocalDate accepted = LocalDate.of(2024, 1, 1).plusDays(offset);
        LocalDate due = PaymentTerms.dueOn(CALENDAR, accepted, days);

        assertThat(CALENDAR.isWorkingDay(due)).isTrue();
        assertThat(due).isAfterOrEqualTo(accepted.plusDays(days));
        for (LocalDate day = accepted.plusDays(days); day.isBefore(due); day = day.plusDays(1)) {
            assertThat(CALENDAR.isWorkingDay(day)).isFalse();
        }
    }

    private static String hundredths(int value) {
        return BigDecimal.valueOf(value, 2).toPlainString();
    }

    private static Milestone milestone(String share, boolean advance) {
        return new Milestone("成果", LocalDate.of(2025, 12, 1), new BigDecimal(share), advance);
    }

    private static Contract signed(LocalDate signedOn, LocalDate publishBy, LocalDate fileBy, LocalDate publishedOn, LocalDate filedOn) {
        Contract.Party party = new Contract.Party(UUID.randomUUID(), "甲", "A");
        return new Contract(new ContractId(UUID.randomUUID()), UUID.randomUUID(), "LJ-2025-0001", 1, party, party, "0301", "行业统计", null,
                new BigDecimal("100000"), Contract.Status.SIGNED, Instant.parse("2025-09-10T02:00:00Z"), LocalDate.of(2025, 9, 10),
                LocalDate.of(2025, 10, 10), new ServicePeriod(LocalDate.of(2025, 10, 1), 12, false, null), null, null, null,
                List.of(milestone("100", false)), IndicatorTemplates.forCategory("0301"), Instant.parse("2025-09-10T02:00:00Z"), null, null,
                3, signedOn, publishBy, fileBy, false, List.of(), Contract.Delivery.defaultFor("0301", 30), publishedOn, filedOn, null, null);
    }
}
