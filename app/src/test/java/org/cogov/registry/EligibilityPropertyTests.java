package org.cogov.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class EligibilityPropertyTests {

    static final OrganizationId SUPPLIER = new OrganizationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final OrganizationId PURCHASER = new OrganizationId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));
    static final OrganizationId OTHER_ORGAN = new OrganizationId(UUID.fromString("00000000-0000-0000-0000-0000000000b2"));
    static final PersonId ZHANG = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    static final PersonId LI = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000c2"));

    @Property
    void theVerdictIsTheWorstOfItsReasons(@ForAll("facts") SupplierFacts facts, @ForAll("days") LocalDate day,
            @ForAll("settings") EligibilitySettings settings) {
        Eligibility eligibility = Eligibility.assess(facts, PURCHASER, day, settings);

        Verdict worst = Verdict.ELIGIBLE;
        for (EligibilityReason reason : eligibility.reasons()) {
            assertThat(eligibility.verdict()).isGreaterThanOrEqualTo(reason.verdict());
            worst = worst.worst(reason.verdict());
        }
        assertThat(eligibility.verdict()).isEqualTo(worst);
    }

    @Property
    void addingAFactNeverMakesAnOrganizationMoreEligible(@ForAll("facts") SupplierFacts facts,
            @ForAll("facts") SupplierFacts more, @ForAll("days") LocalDate day,
            @ForAll("settings") EligibilitySettings settings) {
        Eligibility before = Eligibility.assess(facts, PURCHASER, day, settings);
        Eligibility after = Eligibility.assess(union(facts, more), PURCHASER, day, settings);

        assertThat(after.verdict()).isGreaterThanOrEqualTo(before.verdict());
        assertThat(after.reasons()).containsAll(before.reasons());
        if (before.isExcluded()) {
            assertThat(after.isExcluded()).isTrue();
        }
    }

    @Property
    void theOrderOfTheFactsDoesNotMatter(@ForAll("facts") SupplierFacts facts, @ForAll("days") LocalDate day) {
        SupplierFacts reversed = new SupplierFacts(facts.organization(), facts.kind(), facts.verified(),
                reversed(facts.creditListEntries()), reversed(facts.bans()), reversed(facts.hosts()),
                reversed(facts.positions()), reversed(facts.civilService()));
        EligibilitySettings settings = EligibilitySettings.defaults();

        Eligibility one = Eligibility.assess(facts, PURCHASER, day, settings);
        Eligibility other = Eligibility.assess(reversed, PURCHASER, day, settings);

        assertThat(other.verdict()).isEqualTo(one.verdict());
        assertThat(other.reasons()).containsExactlyInAnyOrderElementsOf(one.reasons());
    }

    @Property
    void aConflictIsOnlyEverWithThePurchaserAndAlwaysNeedsJustification(@ForAll("facts") SupplierFacts facts,
            @ForAll("days") LocalDate day) {
        Eligibility eligibility = Eligibility.assess(facts, PURCHASER, day, EligibilitySettings.defaults());

        assertThat(eligibility.organsExcludedFromThePanel()).isSubsetOf(PURCHASER);
        assertThat(eligibility.requiresJustification()).isEqualTo(!eligibility.organsExcludedFromThePanel().isEmpty());
    }

    @Property
    void aConflictAloneNeverExcludes(@ForAll("facts") SupplierFacts facts, @ForAll("days") LocalDate day) {
        SupplierFacts onlyTies = new SupplierFacts(facts.organization(), OrganizationKind.INDUSTRY_ASSOCIATION, true,
                List.of(), List.of(), facts.hosts(), facts.positions(), facts.civilService());

        assertThat(Eligibility.assess(onlyTies, PURCHASER, day, EligibilitySettings.defaults()).verdict())
                .isNotEqualTo(Verdict.EXCLUDED);
    }

    @Property
    void aTenureHeldOnTheDayIsHeldWithinAnyLookBack(@ForAll("tenures") Tenure tenure, @ForAll("days") LocalDate day,
            @ForAll @IntRange(max = 10) int years) {
        if (tenure.covers(day)) {
            assertThat(tenure.heldWithin(Period.ofYears(years), day)).isTrue();
        }
        assertThat(tenure.heldWithin(Period.ZERO, day)).isEqualTo(tenure.covers(day));
    }

    @Property
    void anExpertIsOnlyEverTiedToTheOrganizationAskedAbout(@ForAll("positions") List<Position> positions,
            @ForAll("days") LocalDate day) {
        assertThat(Avoidance.ties(ZHANG, positions, List.of(), OTHER_ORGAN, day, EligibilitySettings.defaults())).isEmpty();
    }

    private static SupplierFacts union(SupplierFacts one, SupplierFacts other) {
        return new SupplierFacts(one.organization(), one.kind(), one.verified(),
                concat(one.creditListEntries(), other.creditListEntries()), concat(one.bans(), other.bans()),
                concat(one.hosts(), other.hosts()), concat(one.positions(), other.positions()),
                concat(one.civilService(), other.civilService()));
    }

    private static <T> List<T> concat(List<T> one, List<T> other) {
        List<T> all = new ArrayList<>(one);
        all.addAll(other);
        return all;
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Provide
    Arbitrary<LocalDate> days() {
        long first = LocalDate.of(2018, 1, 1).toEpochDay();
        long last = LocalDate.of(2030, 12, 31).toEpochDay();
        return Arbitraries.longs().between(first, last).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<EligibilitySettings> settings() {
        return Combinators.combine(Arbitraries.of(Verdict.WARNING, Verdict.EXCLUDED), Arbitraries.integers().between(0, 5))
                .as((abnormal, grace) -> EligibilitySettings.defaults().withAbnormalActivity(abnormal)
                        .withDecouplingGrace(Period.ofYears(grace)));
    }

    Arbitrary<LocalDate> laterOrNone(LocalDate from) {
        return Arbitraries.integers().between(0, 3000).map(from::plusDays).injectNull(0.4);
    }

    @Provide
    Arbitrary<Tenure> tenures() {
        return days().flatMap(from -> laterOrNone(from).map(until -> new Tenure(from, until)));
    }

    Arbitrary<CreditListEntry> entries() {
        return Arbitraries.of(CreditListEntry.CreditList.class).flatMap(list -> days()
                .flatMap(listed -> laterOrNone(listed).map(removed -> new CreditListEntry(list, listed, removed))));
    }

    Arbitrary<ProcurementBan> bans() {
        return Combinators.combine(days(), Arbitraries.integers().between(1, 3)).as(ProcurementBan::ofYears);
    }

    Arbitrary<HostTie> hosts() {
        return Combinators.combine(Arbitraries.of(PURCHASER, OTHER_ORGAN), Arbitraries.of(HostTie.Role.class),
                days().injectNull(0.4)).as(HostTie::new);
    }

    @Provide
    Arbitrary<List<Position>> positions() {
        return Combinators.combine(Arbitraries.of(ZHANG, LI), Arbitraries.of(Post.class), tenures())
                .as((person, post, tenure) -> new Position(person, SUPPLIER, post, tenure)).list().ofMaxSize(3);
    }

    Arbitrary<CivilService> civilService() {
        return Combinators.combine(Arbitraries.of(ZHANG, LI), Arbitraries.of(PURCHASER, OTHER_ORGAN),
                days().injectNull(0.4)).as(CivilService::new);
    }

    @Provide
    Arbitrary<SupplierFacts> facts() {
        return Combinators.combine(Arbitraries.of(OrganizationKind.class), Arbitraries.of(true, true, true, false),
                entries().list().ofMaxSize(3), bans().list().ofMaxSize(2), hosts().list().ofMaxSize(2), positions(),
                civilService().list().ofMaxSize(3))
                .as((kind, verified, entries, bans, hosts, positions, service) -> new SupplierFacts(SUPPLIER, kind,
                        verified, entries, bans, hosts, positions, service));
    }
}
