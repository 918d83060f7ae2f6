package org.cogov.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PurchasabilityTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private final Purchasability rule = Catalogues.RULE;

    @Test
    void aServiceUnderAnItemInForceIsPurchasable() {
        Verdict verdict = rule.judge(ProposedPurchase.service("030101"), TODAY);

        assertThat(verdict.purchasable()).isTrue();
        assertThat(verdict.reasons()).isEmpty();
        assertThat(verdict.warnings()).isEmpty();
    }

    @Test
    void labourDispatchForTheBureausOwnStaffIsRefusedAsItemFive() {
        Verdict verdict = rule.judge(new ProposedPurchase("030701", SubjectKind.SERVICE, false, false, false, true,
                "为本局窗口岗位劳务派遣工作人员"), TODAY);

        assertThat(verdict.purchasable()).isFalse();
        assertThat(verdict.reasons()).extracting(Reason::negativeItemNumber).containsExactly(5);
        assertThat(verdict.reasons().get(0).negativeItem().legalBasisEn()).contains("Order No. 102", "Art. 10");
        assertThat(verdict.warnings()).as("the flag already refuses it; the keyword adds nothing").isEmpty();
    }

    @Test
    void goodsWorksAndWorksBundledWithServicesAreRefusedAsItemThree() {
        for (SubjectKind kind : List.of(SubjectKind.GOODS, SubjectKind.WORKS, SubjectKind.MIXED_WORKS)) {
            Verdict verdict = rule.judge(new ProposedPurchase("030101", kind, false, false, false, false, null), TODAY);

            assertThat(verdict.reasons()).as(kind.name()).extracting(Reason::negativeItemNumber).containsExactly(3);
        }
    }

    @Test
    void everyReasonIsGivenNotOnlyTheFirst() {
        Verdict verdict = rule.judge(new ProposedPurchase("0301", SubjectKind.GOODS, true, true, true, true, null), TODAY);

        assertThat(verdict.reasons()).extracting(Reason::key).containsExactly("catalogue.reason.not-specific",
                "catalogue.reason.negative", "catalogue.reason.negative", "catalogue.reason.negative",
                "catalogue.reason.negative", "catalogue.reason.negative");
        assertThat(verdict.reasons()).extracting(Reason::negativeItemNumber).containsExactly(null, 1, 2, 3, 4, 5);
    }

    @Test
    void aPurchaseMustNameACatalogueItem() {
        assertThat(rule.judge(new ProposedPurchase(null, SubjectKind.SERVICE, false, false, false, false, null), TODAY)
                .reasons()).extracting(Reason::key).containsExactly("catalogue.reason.no-item");
        assertThat(rule.judge(ProposedPurchase.service("039999"), TODAY).reasons())
                .extracting(Reason::key, Reason::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("catalogue.reason.unknown-item", List.of("039999")));
    }

    @Test
    void anItemNotYetInForceIsRefused() {
        Verdict verdict = rule.judge(ProposedPurchase.service("030799"), TODAY);

        assertThat(verdict.reasons()).extracting(Reason::key).containsExactly("catalogue.reason.not-effective");
        assertThat(verdict.reasons().get(0).arguments()).containsExactly("030799", "2026-11-28", "2027-01-01", "—");
        assertThat(rule.judge(ProposedPurchase.service("030799"), LocalDate.of(2027, 1, 1)).purchasable()).isTrue();
    }

    @Test
    void aClosedItemIsInForceUpToAndIncludingItsLastDay() {
        assertThat(rule.judge(ProposedPurchase.service("030702"), LocalDate.of(2025, 12, 31)).purchasable()).isTrue();
        assertThat(rule.judge(ProposedPurchase.service("030702"), LocalDate.of(2026, 1, 1)).reasons())
                .extracting(Reason::key).containsExactly("catalogue.reason.not-effective");
    }

    @Test
    void aClosedCategoryClosesTheItemsUnderIt() {
        Verdict verdict = rule.judge(ProposedPurchase.service("059901"), TODAY);

        assertThat(verdict.reasons()).extracting(Reason::key, r -> r.arguments().get(0))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("catalogue.reason.not-effective", "0599"));
    }

    @Test
    void anItemTheCatalogueMarksExcludedIsRefusedWithItsNegativeListItem() {
        Verdict verdict = rule.judge(ProposedPurchase.service("059801"), TODAY);

        assertThat(verdict.reasons()).extracting(Reason::negativeItemNumber).containsExactly(5);
    }

    @Test
    void wordsInTheDescriptionOnlyWarn() {
        Verdict verdict = rule.judge(new ProposedPurchase("030101", SubjectKind.SERVICE, false, false, false, false,
                "Industry survey, with Labour Dispatch of two enumerators and a financing study"), TODAY);

        assertThat(verdict.purchasable()).isTrue();
        assertThat(verdict.warnings()).extracting(Reason::negativeItemNumber).containsExactly(4, 5);
        assertThat(verdict.warnings().get(1).arguments()).containsExactly("5", "labour dispatch");
    }

    @Test
    void theRuleNeedsTheWholeNegativeList() {
        assertThatThrownBy(() -> new Purchasability(Catalogues.SMALL, Catalogues.NEGATIVE_LIST.subList(0, 5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesAreTwoDigitsPerLevelAndTheParentIsTheCodeWithoutItsLastTwo() {
        assertThat(CatalogueItem.isCode("01")).isTrue();
        assertThat(CatalogueItem.isCode("01010101")).isTrue();
        assertThat(CatalogueItem.isCode("1")).isFalse();
        assertThat(CatalogueItem.isCode("010")).isFalse();
        assertThat(CatalogueItem.isCode("0101010101")).isFalse();
        assertThat(CatalogueItem.isCode("0a")).isFalse();
        assertThat(CatalogueItem.parentOf("030101")).contains("0301");
        assertThat(CatalogueItem.parentOf("03")).isEmpty();
    }
}
