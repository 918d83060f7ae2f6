package org.cogov.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cogov.shared.time.ShippedDays;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Which row of the rule table applies: the most specific one in force on the day. */
class RulebookTests {

    private static ProcurementRule row(int id, ProcurementRule.Name name, @Nullable Method method, @Nullable String region,
            String from, long value) {
        return new ProcurementRule(id, name, method, region, LocalDate.parse(from), BigDecimal.valueOf(value),
                ProcurementRule.Unit.CNY, "依据", "basis");
    }

    private static final List<ProcurementRule> RULES = List.of(
            row(1, ProcurementRule.Name.PUBLIC_TENDER_THRESHOLD, null, null, "2020-01-01", 2_000_000),
            row(2, ProcurementRule.Name.PUBLIC_TENDER_THRESHOLD, null, "LANJIANG", "2020-01-01", 1_500_000),
            row(3, ProcurementRule.Name.PUBLIC_TENDER_THRESHOLD, null, "LANJIANG", "2026-07-01", 1_800_000),
            row(4, ProcurementRule.Name.NOTICE_PERIOD, null, null, "2017-10-01", 3),
            row(5, ProcurementRule.Name.NOTICE_PERIOD, Method.PUBLIC_TENDER, null, "2017-10-01", 5));

    @Test
    void aRegionsOwnThresholdWinsOverTheGeneralOne() {
        assertThat(new Rulebook(RULES, "LANJIANG").value(ProcurementRule.Name.PUBLIC_TENDER_THRESHOLD, LocalDate.of(2025, 3, 5)))
                .isEqualByComparingTo("1500000");
        assertThat(new Rulebook(RULES, "ELSEWHERE").value(ProcurementRule.Name.PUBLIC_TENDER_THRESHOLD, LocalDate.of(2025, 3, 5)))
                .isEqualByComparingTo("2000000");
    }

    @Test
    void anAmendmentAppliesFromItsDayOnly() {
        Rulebook lanjiang = new Rulebook(RULES, "LANJIANG");
        assertThat(lanjiang.value(ProcurementRule.Name.PUBLIC_TENDER_THRESHOLD, LocalDate.of(2026, 6, 30)))
                .isEqualByComparingTo("1500000");
        assertThat(lanjiang.value(ProcurementRule.Name.PUBLIC_TENDER_THRESHOLD, LocalDate.of(2026, 7, 1)))
                .isEqualByComparingTo("1800000");
    }

    @Test
    void aMethodsOwnRowWinsOverTheRowForAnyMethod() {
        Rulebook rules = new Rulebook(RULES, "LANJIANG");
        LocalDate day = LocalDate.of(2025, 3, 5);
        assertThat(rules.rule(ProcurementRule.Name.NOTICE_PERIOD, Method.PUBLIC_TENDER, day)).map(ProcurementRule::count).contains(5);
        assertThat(rules.rule(ProcurementRule.Name.NOTICE_PERIOD, Method.COMPETITIVE_NEGOTIATION, day)).map(ProcurementRule::count)
                .contains(3);
    }

    @Test
    void anIntentionThirtyDaysBeforeTheNoticeNeedsNoWarningAndALaterOneDoes() {
        Rulebook rules = RuleTableFixture.rulebook();
        Optional<LocalDate> published = Optional.of(LocalDate.of(2025, 3, 3));
        // Thirty days from Mon 3 March 2025 is Wed 2 April, a working day.
        assertThat(IntentionCheck.warns(published, LocalDate.of(2025, 4, 2), rules, ShippedDays.CALENDAR)).isFalse();
        assertThat(IntentionCheck.warns(published, LocalDate.of(2025, 4, 1), rules, ShippedDays.CALENDAR)).isTrue();
        assertThat(IntentionCheck.warns(Optional.empty(), LocalDate.of(2025, 6, 1), rules, ShippedDays.CALENDAR)).isTrue();
    }
}
