package org.cogov.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** How many standing bids a lot needs to be opened, by method (RULES.md "Minimum responses"). */
class MinimumResponsesTests {

    private static final Rulebook RULES = RuleTableFixture.rulebook();
    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

    @Test
    void aPublicTenderLotWithTwoBidsIsNotOpened() {
        assertThat(MinimumResponses.enough(RULES, Method.PUBLIC_TENDER, null, DAY, 2)).isFalse();
        assertThat(MinimumResponses.enough(RULES, Method.PUBLIC_TENDER, null, DAY, 3)).isTrue();
    }

    @Test
    void aConsultationForPurchaseOfServicesIsOpenedWithTwoBids() {
        assertThat(MinimumResponses.enough(RULES, Method.COMPETITIVE_CONSULTATION, Method.Justification.PURCHASE_OF_SERVICES,
                DAY, 2)).isTrue();
        assertThat(MinimumResponses.rule(RULES, Method.COMPETITIVE_CONSULTATION, Method.Justification.PURCHASE_OF_SERVICES, DAY)
                .rule()).isEqualTo(ProcurementRule.Name.MIN_RESPONSES_PURCHASE_OF_SERVICES);
    }

    @Test
    void anyOtherConsultationNeedsThree() {
        assertThat(MinimumResponses.enough(RULES, Method.COMPETITIVE_CONSULTATION, Method.Justification.COMPLEX_OR_SPECIAL, DAY, 2))
                .isFalse();
        assertThat(MinimumResponses.enough(RULES, Method.COMPETITIVE_CONSULTATION, Method.Justification.COMPLEX_OR_SPECIAL, DAY, 3))
                .isTrue();
    }

    @Test
    void aNegotiationNeedsThreeAndASingleSourceOne() {
        assertThat(MinimumResponses.enough(RULES, Method.COMPETITIVE_NEGOTIATION, Method.Justification.URGENCY, DAY, 2)).isFalse();
        assertThat(MinimumResponses.enough(RULES, Method.SINGLE_SOURCE, Method.Justification.ONLY_ONE_SUPPLIER, DAY, 1)).isTrue();
        assertThat(MinimumResponses.enough(RULES, Method.SINGLE_SOURCE, Method.Justification.ONLY_ONE_SUPPLIER, DAY, 0)).isFalse();
    }

    @Test
    void beforeTheServicesCircularAConsultationNeededThree() {
        Rulebook dated = new Rulebook(RULES.all().stream().map(r -> r.rule() == ProcurementRule.Name.MIN_RESPONSES_PURCHASE_OF_SERVICES
                ? new ProcurementRule(r.id(), r.rule(), r.method(), r.region(), LocalDate.of(2015, 6, 30), r.value(), r.unit(),
                        r.legalBasisZh(), r.legalBasisEn())
                : r).toList(), RULES.region());

        assertThat(MinimumResponses.enough(dated, Method.COMPETITIVE_CONSULTATION, Method.Justification.PURCHASE_OF_SERVICES,
                LocalDate.of(2015, 3, 1), 2)).isFalse();
    }
}
