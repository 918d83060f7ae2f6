package org.cogov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import org.cogov.registry.CreditListEntry.CreditList;
import org.cogov.registry.EligibilityReason.Barred;
import org.cogov.registry.EligibilityReason.FormerlyHostedByPurchaser;
import org.cogov.registry.EligibilityReason.HostedByPurchaser;
import org.cogov.registry.EligibilityReason.KindMayNotSupply;
import org.cogov.registry.EligibilityReason.OnAbnormalActivityList;
import org.cogov.registry.EligibilityReason.OnSeriousDishonestyList;
import org.cogov.registry.EligibilityReason.RegistrationNotVerified;
import org.cogov.registry.EligibilityReason.StaffedByRetiredOfficial;
import org.cogov.registry.EligibilityReason.StaffedByServingOfficial;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EligibilityTests {

    static final LocalDate DAY = LocalDate.of(2026, 6, 15);
    static final OrganizationId ASSOCIATION = new OrganizationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final OrganizationId PURCHASER = new OrganizationId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));
    static final OrganizationId OTHER_ORGAN = new OrganizationId(UUID.fromString("00000000-0000-0000-0000-0000000000b2"));
    static final PersonId ZHANG = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    static final EligibilitySettings DEFAULTS = EligibilitySettings.defaults();

    static SupplierFacts association() {
        return SupplierFacts.clean(ASSOCIATION, OrganizationKind.INDUSTRY_ASSOCIATION);
    }

    static SupplierFacts listed(CreditListEntry... entries) {
        SupplierFacts a = association();
        return new SupplierFacts(a.organization(), a.kind(), true, List.of(entries), List.of(), List.of(), List.of(),
                List.of());
    }

    static SupplierFacts banned(ProcurementBan... bans) {
        SupplierFacts a = association();
        return new SupplierFacts(a.organization(), a.kind(), true, List.of(), List.of(bans), List.of(), List.of(),
                List.of());
    }

    static SupplierFacts hosted(HostTie... hosts) {
        SupplierFacts a = association();
        return new SupplierFacts(a.organization(), a.kind(), true, List.of(), List.of(), List.of(hosts), List.of(),
                List.of());
    }

    static SupplierFacts staffed(Position position, CivilService... service) {
        SupplierFacts a = association();
        return new SupplierFacts(a.organization(), a.kind(), true, List.of(), List.of(), List.of(), List.of(position),
                List.of(service));
    }

    static Eligibility assess(SupplierFacts facts) {
        return Eligibility.assess(facts, PURCHASER, DAY, DEFAULTS);
    }

    @Test
    void aVerifiedAssociationWithACleanRecordIsEligible() {
        Eligibility eligibility = assess(association());

        assertThat(eligibility.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(eligibility.reasons()).isEmpty();
        assertThat(eligibility.requiresJustification()).isFalse();
        assertThat(eligibility.organsExcludedFromThePanel()).isEmpty();
    }

    @Test
    void theVerdictMustBeTheWorstOfItsReasons() {
        assertThatThrownBy(() -> new Eligibility(Verdict.WARNING, List.of(new RegistrationNotVerified())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Nested
    class KindOfOrganization {

        @Test
        void aCategoryOnePublicInstitutionMayNotSupply() {
            Eligibility eligibility = assess(SupplierFacts.clean(ASSOCIATION, OrganizationKind.PUBLIC_INSTITUTION_I));

            assertThat(eligibility.verdict()).isEqualTo(Verdict.EXCLUDED);
            assertThat(eligibility.reasons()).containsExactly(new KindMayNotSupply(OrganizationKind.PUBLIC_INSTITUTION_I));
            assertThat(eligibility.reasons().get(0).messageKey()).isEqualTo("eligibility.kind-may-not-supply");
        }

        @Test
        void aDepartmentMayNotBidInAnotherDepartmentsProcedure() {
            assertThat(assess(SupplierFacts.clean(OTHER_ORGAN, OrganizationKind.DEPARTMENT)).reasons())
                    .containsExactly(new KindMayNotSupply(OrganizationKind.DEPARTMENT));
        }

        @Test
        void aCategoryTwoPublicInstitutionMaySupply() {
            assertThat(assess(SupplierFacts.clean(ASSOCIATION, OrganizationKind.PUBLIC_INSTITUTION_II)).isEligible())
                    .isTrue();
        }
    }

    @Nested
    class Registration {

        @Test
        void aSelfRegisteredProviderNotYetVerifiedIsExcluded() {
            SupplierFacts unverified = new SupplierFacts(ASSOCIATION, OrganizationKind.SOCIAL_SERVICE_AGENCY, false,
                    List.of(), List.of(), List.of(), List.of(), List.of());

            Eligibility eligibility = assess(unverified);

            assertThat(eligibility.verdict()).isEqualTo(Verdict.EXCLUDED);
            assertThat(eligibility.reasons()).containsExactly(new RegistrationNotVerified());
        }

        @Test
        void aVerifiedRegistrationRaisesNoReason() {
            assertThat(assess(SupplierFacts.clean(ASSOCIATION, OrganizationKind.SOCIAL_SERVICE_AGENCY)).reasons())
                    .isEmpty();
        }
    }

    @Nested
    class AbnormalActivityList {

        static final LocalDate LISTED = LocalDate.of(2026, 3, 1);

        @Test
        void anAbnormalActivityListEntryWarnsByDefault() {
            Eligibility eligibility = assess(listed(new CreditListEntry(CreditList.ABNORMAL_ACTIVITY, LISTED, null)));

            assertThat(eligibility.verdict()).isEqualTo(Verdict.WARNING);
            assertThat(eligibility.reasons()).containsExactly(new OnAbnormalActivityList(LISTED, Verdict.WARNING));
            assertThat(eligibility.reasons().get(0).messageKey()).isEqualTo("eligibility.abnormal-activity-list.warning");
            assertThat(eligibility.reasons().get(0).arguments()).containsExactly(LISTED);
            assertThat(eligibility.requiresJustification()).isFalse();
        }

        @Test
        void anAbnormalActivityListEntryExcludesWhenThePlatformIsSetSo() {
            Eligibility eligibility = Eligibility.assess(
                    listed(new CreditListEntry(CreditList.ABNORMAL_ACTIVITY, LISTED, null)), PURCHASER, DAY,
                    DEFAULTS.withAbnormalActivity(Verdict.EXCLUDED));

            assertThat(eligibility.verdict()).isEqualTo(Verdict.EXCLUDED);
            assertThat(eligibility.reasons().get(0).messageKey())
                    .isEqualTo("eligibility.abnormal-activity-list.excluded");
        }

        @Test
        void theListCannotBeSetToLetAnOrganizationPassUnremarked() {
            assertThatThrownBy(() -> DEFAULTS.withAbnormalActivity(Verdict.ELIGIBLE))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new OnAbnormalActivityList(LISTED, Verdict.ELIGIBLE))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void anEntryRemovedBeforeTheDateDoesNotCount() {
            assertThat(assess(listed(new CreditListEntry(CreditList.ABNORMAL_ACTIVITY, LISTED, DAY.minusDays(1))))
                    .isEligible()).isTrue();
        }

        @Test
        void onTheDayOfRemovalTheEntryNoLongerCounts() {
            assertThat(assess(listed(new CreditListEntry(CreditList.ABNORMAL_ACTIVITY, LISTED, DAY))).isEligible())
                    .isTrue();
        }

        @Test
        void onTheDayBeforeRemovalTheEntryStillCounts() {
            assertThat(assess(listed(new CreditListEntry(CreditList.ABNORMAL_ACTIVITY, LISTED, DAY.plusDays(1))))
                    .verdict()).isEqualTo(Verdict.WARNING);
        }

        @Test
        void onTheDayOfListingTheEntryCounts() {
            assertThat(assess(listed(new CreditListEntry(CreditList.ABNORMAL_ACTIVITY, DAY, null))).verdict())
                    .isEqualTo(Verdict.WARNING);
        }

        @Test
        void anEntryMadeAfterTheDateDoesNotCount() {
            assertThat(assess(listed(new CreditListEntry(CreditList.ABNORMAL_ACTIVITY, DAY.plusDays(1), null)))
                    .isEligible()).isTrue();
        }

        @Test
        void anEntryCannotBeRemovedBeforeItWasMade() {
            assertThatThrownBy(() -> new CreditListEntry(CreditList.ABNORMAL_ACTIVITY, DAY, DAY.minusDays(1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class SeriousDishonestyList {

        static final LocalDate LISTED = LocalDate.of(2024, 1, 10);

        @Test
        void aSeriousDishonestyListEntryExcludes() {
            Eligibility eligibility = assess(listed(new CreditListEntry(CreditList.SERIOUS_DISHONESTY, LISTED, null)));

            assertThat(eligibility.verdict()).isEqualTo(Verdict.EXCLUDED);
            assertThat(eligibility.reasons()).containsExactly(new OnSeriousDishonestyList(LISTED));
        }

        @Test
        void aSeriousDishonestyEntryRemovedOnTheDayNoLongerExcludes() {
            assertThat(assess(listed(new CreditListEntry(CreditList.SERIOUS_DISHONESTY, LISTED, DAY))).isEligible())
                    .isTrue();
        }

        @Test
        void theExclusionDoesNotDependOnTheAbnormalActivitySetting() {
            Eligibility eligibility = Eligibility.assess(
                    listed(new CreditListEntry(CreditList.SERIOUS_DISHONESTY, LISTED, null)), PURCHASER, DAY,
                    DEFAULTS.withAbnormalActivity(Verdict.WARNING));

            assertThat(eligibility.isExcluded()).isTrue();
        }
    }

    @Nested
    class ProcurementBans {

        static final ProcurementBan TWO_YEARS = ProcurementBan.ofYears(LocalDate.of(2024, 6, 16), 2);

        @Test
        void aBanOfTwoYearsEndsTheDayBeforeItsSecondAnniversary() {
            assertThat(TWO_YEARS.lastDay()).isEqualTo(LocalDate.of(2026, 6, 15));
        }

        @Test
        void aSupplierIsExcludedOnTheLastDayOfItsBan() {
            Eligibility eligibility = assess(banned(TWO_YEARS));

            assertThat(eligibility.verdict()).isEqualTo(Verdict.EXCLUDED);
            assertThat(eligibility.reasons()).containsExactly(new Barred(TWO_YEARS.from(), TWO_YEARS.lastDay()));
            assertThat(eligibility.reasons().get(0).arguments()).containsExactly(TWO_YEARS.from(), TWO_YEARS.lastDay());
        }

        @Test
        void theDayAfterABanEndsTheSupplierMayBid() {
            assertThat(Eligibility.assess(banned(TWO_YEARS), PURCHASER, DAY.plusDays(1), DEFAULTS).isEligible())
                    .isTrue();
        }

        @Test
        void aBanNotYetInForceDoesNotCount() {
            assertThat(assess(banned(ProcurementBan.ofYears(DAY.plusDays(1), 1))).isEligible()).isTrue();
        }

        @Test
        void aBanOfLessThanOneYearIsRefused() {
            assertThatThrownBy(() -> new ProcurementBan(DAY, DAY.plusYears(1).minusDays(2)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aBanOfMoreThanThreeYearsIsRefused() {
            assertThatThrownBy(() -> new ProcurementBan(DAY, DAY.plusYears(3))).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aBanOfOneYearFromALeapDayIsAccepted() {
            assertThat(ProcurementBan.ofYears(LocalDate.of(2024, 2, 29), 1).lastDay()).isEqualTo(LocalDate.of(2025, 2, 27));
        }
    }

    @Nested
    class HostAndSupervisingOrgan {

        static final LocalDate DECOUPLED = LocalDate.of(2023, 6, 15);

        @Test
        void aPurchaserThatHostsTheAssociationIsAConflictThatNeedsJustification() {
            Eligibility eligibility = assess(hosted(new HostTie(PURCHASER, HostTie.Role.HOST, null)));

            assertThat(eligibility.verdict()).isEqualTo(Verdict.WARNING);
            assertThat(eligibility.reasons()).containsExactly(new HostedByPurchaser(PURCHASER, HostTie.Role.HOST));
            assertThat(eligibility.requiresJustification()).isTrue();
            assertThat(eligibility.organsExcludedFromThePanel()).containsExactly(PURCHASER);
        }

        @Test
        void aPurchaserThatSupervisesTheAssociationIsAConflict() {
            Eligibility eligibility = assess(hosted(new HostTie(PURCHASER, HostTie.Role.SUPERVISING_ORGAN, null)));

            assertThat(eligibility.reasons().get(0).messageKey())
                    .isEqualTo("eligibility.conflict.hosted.SUPERVISING_ORGAN");
        }

        @Test
        void anotherDepartmentsHostingIsNoConflictForThisPurchaser() {
            assertThat(assess(hosted(new HostTie(OTHER_ORGAN, HostTie.Role.HOST, null))).isEligible()).isTrue();
        }

        @Test
        void aHostUntilTheDayBeforeDecouplingStillHosts() {
            assertThat(Eligibility.assess(hosted(new HostTie(PURCHASER, HostTie.Role.HOST, DECOUPLED)), PURCHASER,
                    DECOUPLED.minusDays(1), DEFAULTS).reasons())
                    .containsExactly(new HostedByPurchaser(PURCHASER, HostTie.Role.HOST));
        }

        @Test
        void onTheDayOfDecouplingTheHostBecomesAFormerHostWithinTheGrace() {
            assertThat(Eligibility.assess(hosted(new HostTie(PURCHASER, HostTie.Role.HOST, DECOUPLED)), PURCHASER,
                    DECOUPLED, DEFAULTS).reasons())
                    .containsExactly(new FormerlyHostedByPurchaser(PURCHASER, HostTie.Role.HOST, DECOUPLED));
        }

        @Test
        void exactlyThreeYearsAfterDecouplingTheGraceHasItsLastDay() {
            Eligibility eligibility = assess(hosted(new HostTie(PURCHASER, HostTie.Role.HOST, DECOUPLED)));

            assertThat(eligibility.reasons())
                    .containsExactly(new FormerlyHostedByPurchaser(PURCHASER, HostTie.Role.HOST, DECOUPLED));
            assertThat(eligibility.requiresJustification()).isTrue();
            assertThat(eligibility.reasons().get(0).arguments()).containsExactly(PURCHASER, DECOUPLED);
        }

        @Test
        void theDayAfterTheGraceTheFormerHostIsNoLongerAConflict() {
            assertThat(Eligibility.assess(hosted(new HostTie(PURCHASER, HostTie.Role.HOST, DECOUPLED)), PURCHASER,
                    DAY.plusDays(1), DEFAULTS).isEligible()).isTrue();
        }

        @Test
        void withoutAGraceTheConflictEndsOnTheDayOfDecoupling() {
            assertThat(Eligibility.assess(hosted(new HostTie(PURCHASER, HostTie.Role.HOST, DECOUPLED)), PURCHASER,
                    DECOUPLED, DEFAULTS.withDecouplingGrace(Period.ZERO)).isEligible()).isTrue();
        }
    }

    @Nested
    class StaffedByOfficials {

        static final Position SECRETARY_GENERAL = new Position(ZHANG, ASSOCIATION, Post.SECRETARY_GENERAL,
                Tenure.since(LocalDate.of(2022, 1, 1)));

        @Test
        void aServingOfficialOfThePurchaserAmongTheLeadersIsAConflict() {
            Eligibility eligibility = assess(staffed(SECRETARY_GENERAL, new CivilService(ZHANG, PURCHASER, null)));

            assertThat(eligibility.verdict()).isEqualTo(Verdict.WARNING);
            assertThat(eligibility.reasons())
                    .containsExactly(new StaffedByServingOfficial(PURCHASER, ZHANG, Post.SECRETARY_GENERAL));
            assertThat(eligibility.requiresJustification()).isTrue();
            assertThat(eligibility.reasons().get(0).arguments()).containsExactly(PURCHASER, ZHANG, Post.SECRETARY_GENERAL);
        }

        @Test
        void aServingOfficialOfAnotherOrganIsNotThisPurchasersConflict() {
            assertThat(assess(staffed(SECRETARY_GENERAL, new CivilService(ZHANG, OTHER_ORGAN, null))).isEligible())
                    .isTrue();
        }

        @Test
        void aLeaderWhoWasNeverAnOfficialIsNoConflict() {
            assertThat(assess(staffed(SECRETARY_GENERAL)).isEligible()).isTrue();
        }

        @Test
        void anOfficialWhosePostEndedBeforeTheDayIsNoConflict() {
            Position ended = new Position(ZHANG, ASSOCIATION, Post.VICE_PRESIDENT,
                    Tenure.between(LocalDate.of(2022, 1, 1), DAY.minusDays(1)));

            assertThat(assess(staffed(ended, new CivilService(ZHANG, PURCHASER, null))).isEligible()).isTrue();
        }

        @Test
        void anOfficialWhoseLastDayInThePostIsTheDayStillStaffsIt() {
            Position ending = new Position(ZHANG, ASSOCIATION, Post.VICE_PRESIDENT,
                    Tenure.between(LocalDate.of(2022, 1, 1), DAY));

            assertThat(assess(staffed(ending, new CivilService(ZHANG, PURCHASER, null))).requiresJustification()).isTrue();
        }

        @Test
        void aMemberFirmsRepresentativeDoesNotStaffTheAssociation() {
            Position representative = new Position(ZHANG, ASSOCIATION, Post.MEMBER_REPRESENTATIVE,
                    Tenure.since(LocalDate.of(2022, 1, 1)));

            assertThat(assess(staffed(representative, new CivilService(ZHANG, PURCHASER, null))).isEligible()).isTrue();
        }

        @Test
        void anOfficialWhoRetiresAfterTheDayStillServesOnIt() {
            assertThat(assess(staffed(SECRETARY_GENERAL, new CivilService(ZHANG, PURCHASER, DAY.plusDays(1)))).reasons())
                    .containsExactly(new StaffedByServingOfficial(PURCHASER, ZHANG, Post.SECRETARY_GENERAL));
        }

        @Test
        void anOfficialRetiredExactlyThreeYearsBeforeStillCounts() {
            LocalDate retired = DAY.minusYears(3);

            Eligibility eligibility = assess(staffed(SECRETARY_GENERAL, new CivilService(ZHANG, PURCHASER, retired)));

            assertThat(eligibility.reasons())
                    .containsExactly(new StaffedByRetiredOfficial(PURCHASER, ZHANG, Post.SECRETARY_GENERAL, retired));
            assertThat(eligibility.reasons().get(0).messageKey()).isEqualTo("eligibility.conflict.retired-official");
        }

        @Test
        void anOfficialRetiredThreeYearsAndADayBeforeNoLongerCounts() {
            assertThat(assess(staffed(SECRETARY_GENERAL, new CivilService(ZHANG, PURCHASER, DAY.minusYears(3).minusDays(1))))
                    .isEligible()).isTrue();
        }

        @Test
        void aPositionInAnotherOrganizationIsRefusedAmongTheSuppliersFacts() {
            Position elsewhere = new Position(ZHANG, OTHER_ORGAN, Post.EMPLOYEE, Tenure.since(DAY));

            assertThatThrownBy(() -> staffed(elsewhere)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class EveryReason {

        @Test
        void everyReasonIsListedAndTheWorstDecides() {
            SupplierFacts facts = new SupplierFacts(ASSOCIATION, OrganizationKind.INDUSTRY_ASSOCIATION, false,
                    List.of(new CreditListEntry(CreditList.ABNORMAL_ACTIVITY, DAY.minusMonths(2), null),
                            new CreditListEntry(CreditList.SERIOUS_DISHONESTY, DAY.minusMonths(1), null)),
                    List.of(ProcurementBan.ofYears(DAY.minusMonths(3), 1)),
                    List.of(new HostTie(PURCHASER, HostTie.Role.SUPERVISING_ORGAN, null)),
                    List.of(StaffedByOfficials.SECRETARY_GENERAL), List.of(new CivilService(ZHANG, PURCHASER, null)));

            Eligibility eligibility = assess(facts);

            assertThat(eligibility.verdict()).isEqualTo(Verdict.EXCLUDED);
            assertThat(eligibility.reasons()).hasSize(6);
            assertThat(eligibility.reasons()).hasOnlyElementsOfTypes(RegistrationNotVerified.class,
                    OnAbnormalActivityList.class, OnSeriousDishonestyList.class, Barred.class, HostedByPurchaser.class,
                    StaffedByServingOfficial.class);
        }

        @Test
        void anExcludedOrganizationStillShowsItsConflictForThePanel() {
            SupplierFacts facts = new SupplierFacts(ASSOCIATION, OrganizationKind.INDUSTRY_ASSOCIATION, true,
                    List.of(new CreditListEntry(CreditList.SERIOUS_DISHONESTY, DAY.minusMonths(1), null)), List.of(),
                    List.of(new HostTie(PURCHASER, HostTie.Role.HOST, null)), List.of(), List.of());

            Eligibility eligibility = assess(facts);

            assertThat(eligibility.isExcluded()).isTrue();
            assertThat(eligibility.requiresJustification()).isTrue();
            assertThat(eligibility.organsExcludedFromThePanel()).containsExactly(PURCHASER);
        }
    }
}
