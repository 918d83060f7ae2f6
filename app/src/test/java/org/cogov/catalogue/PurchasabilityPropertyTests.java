package org.cogov.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.constraints.DateRange;

/** Laws of the purchasability rule over any request, on any date. */
class PurchasabilityPropertyTests {

    private final Purchasability rule = Catalogues.RULE;

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.oneOf(Arbitraries.of(Catalogues.SMALL).map(CatalogueItem::code),
                Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(9), Arbitraries.just(null));
    }

    @Property
    void goodsOrWorksAreAlwaysRefusedAsItemThree(@ForAll("codes") String code, @ForAll SubjectKind kind,
            @ForAll boolean outsideDuties, @ForAll boolean coreFunction, @ForAll boolean financing,
            @ForAll boolean forOwnStaff, @ForAll @DateRange(min = "2018-01-01", max = "2030-12-31") LocalDate date) {
        Verdict verdict = rule.judge(new ProposedPurchase(code, kind, outsideDuties, coreFunction, financing, forOwnStaff,
                null), date);

        assertThat(verdict.reasons().stream().anyMatch(r -> Integer.valueOf(3).equals(r.negativeItemNumber())))
                .isEqualTo(kind != SubjectKind.SERVICE);
    }

    @Property
    void aRequestIsPurchasableExactlyWhenNoReasonRefusesIt(@ForAll("codes") String code, @ForAll SubjectKind kind,
            @ForAll boolean outsideDuties, @ForAll boolean coreFunction, @ForAll boolean financing,
            @ForAll boolean forOwnStaff, @ForAll @DateRange(min = "2018-01-01", max = "2030-12-31") LocalDate date) {
        Verdict verdict = rule.judge(new ProposedPurchase(code, kind, outsideDuties, coreFunction, financing, forOwnStaff,
                "劳务派遣 financing"), date);

        assertThat(verdict.purchasable()).isEqualTo(verdict.reasons().isEmpty());
        if (outsideDuties || coreFunction || financing || forOwnStaff || kind != SubjectKind.SERVICE) {
            assertThat(verdict.purchasable()).isFalse();
        }
        assertThat(verdict.reasons()).doesNotHaveDuplicates();
    }
}
