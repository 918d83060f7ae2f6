package org.cogov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AvoidanceTests {

    static final LocalDate DAY = LocalDate.of(2026, 6, 15);
    static final OrganizationId BIDDER = new OrganizationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final OrganizationId ELSEWHERE = new OrganizationId(UUID.fromString("00000000-0000-0000-0000-00000000000e"));
    static final PersonId EXPERT = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));
    static final EligibilitySettings DEFAULTS = EligibilitySettings.defaults();

    static List<Tie> ties(Position... positions) {
        return Avoidance.ties(EXPERT, List.of(positions), List.of(), BIDDER, DAY, DEFAULTS);
    }

    static List<Tie> declared(DeclaredTie... declared) {
        return Avoidance.ties(EXPERT, List.of(), List.of(declared), BIDDER, DAY, DEFAULTS);
    }

    static Position post(Post post, Tenure tenure) {
        return new Position(EXPERT, BIDDER, post, tenure);
    }

    static DeclaredTie declaration(DeclaredTie.Kind kind, Tenure tenure) {
        return new DeclaredTie(EXPERT, BIDDER, kind, tenure, "declared by the expert");
    }

    @Test
    void aPersonWithNoPostOrDeclarationHasNoTie() {
        assertThat(ties()).isEmpty();
    }

    @Test
    void aCurrentEmployeeIsTied() {
        Tenure tenure = Tenure.since(LocalDate.of(2020, 1, 1));

        assertThat(ties(post(Post.EMPLOYEE, tenure))).containsExactly(new Tie(Tie.Kind.EMPLOYED, BIDDER, tenure, Post.EMPLOYEE, ""));
    }

    @Test
    void anEmploymentThatEndedExactlyThreeYearsBeforeStillTies() {
        Tenure tenure = Tenure.between(LocalDate.of(2015, 1, 1), DAY.minusYears(3));

        assertThat(ties(post(Post.EMPLOYEE, tenure))).extracting(Tie::kind).containsExactly(Tie.Kind.EMPLOYED);
    }

    @Test
    void anEmploymentThatEndedThreeYearsAndADayBeforeNoLongerTies() {
        assertThat(ties(post(Post.EMPLOYEE, Tenure.between(LocalDate.of(2015, 1, 1), DAY.minusYears(3).minusDays(1)))))
                .isEmpty();
    }

    @Test
    void aPostThatStartsAfterTheDayDoesNotTieYet() {
        assertThat(ties(post(Post.EMPLOYEE, Tenure.since(DAY.plusDays(1))))).isEmpty();
    }

    @Test
    void aPostThatStartsOnTheDayTies() {
        assertThat(ties(post(Post.DIRECTOR, Tenure.since(DAY)))).extracting(Tie::kind)
                .containsExactly(Tie.Kind.DIRECTOR_OR_SUPERVISOR);
    }

    @Test
    void everyAssociationOfficeTheRuleNamesTies() {
        Tenure tenure = Tenure.between(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31));

        List<Tie> ties = ties(post(Post.PRESIDENT, tenure), post(Post.VICE_PRESIDENT, tenure),
                post(Post.SECRETARY_GENERAL, tenure), post(Post.COUNCIL_MEMBER, tenure), post(Post.SUPERVISOR, tenure));

        assertThat(ties).hasSize(5).extracting(Tie::kind).containsOnly(Tie.Kind.DIRECTOR_OR_SUPERVISOR);
        assertThat(ties).extracting(Tie::post).containsExactly(Post.PRESIDENT, Post.VICE_PRESIDENT, Post.SECRETARY_GENERAL,
                Post.COUNCIL_MEMBER, Post.SUPERVISOR);
    }

    @Test
    void representingAMemberFirmInTheAssociationIsNoTie() {
        assertThat(ties(post(Post.MEMBER_REPRESENTATIVE, Tenure.since(LocalDate.of(2022, 1, 1))))).isEmpty();
    }

    @Test
    void aPostInAnotherOrganizationIsNoTieToTheBidder() {
        assertThat(ties(new Position(EXPERT, ELSEWHERE, Post.PRESIDENT, Tenure.since(LocalDate.of(2022, 1, 1)))))
                .isEmpty();
    }

    @Test
    void aControllingShareholdingSoldTwoYearsAgoStillTies() {
        Tenure tenure = Tenure.between(LocalDate.of(2018, 1, 1), DAY.minusYears(2));

        assertThat(declared(declaration(DeclaredTie.Kind.CONTROLLING_SHAREHOLDER, tenure)))
                .containsExactly(new Tie(Tie.Kind.CONTROLLING_SHAREHOLDER, BIDDER, tenure, null, "declared by the expert"));
    }

    @Test
    void controlGivenUpMoreThanThreeYearsAgoNoLongerTies() {
        assertThat(declared(declaration(DeclaredTie.Kind.ACTUAL_CONTROLLER,
                Tenure.between(LocalDate.of(2018, 1, 1), DAY.minusYears(3).minusDays(1))))).isEmpty();
    }

    @Test
    void anActualControllerIsTied() {
        assertThat(declared(declaration(DeclaredTie.Kind.ACTUAL_CONTROLLER, Tenure.since(LocalDate.of(2018, 1, 1)))))
                .extracting(Tie::kind).containsExactly(Tie.Kind.ACTUAL_CONTROLLER);
    }

    @Test
    void aCloseRelativeOfTheHeadIsTied() {
        assertThat(declared(declaration(DeclaredTie.Kind.CLOSE_RELATIVE_OF_HEAD, Tenure.since(LocalDate.of(2010, 5, 1)))))
                .extracting(Tie::kind).containsExactly(Tie.Kind.CLOSE_RELATIVE_OF_HEAD);
    }

    @Test
    void kinshipWithAFormerHeadThatEndedBeforeTheDayIsNoTie() {
        // The rule speaks of kinship with the head in the present, not of the previous 3 years.
        assertThat(declared(declaration(DeclaredTie.Kind.CLOSE_RELATIVE_OF_HEAD,
                Tenure.between(LocalDate.of(2010, 5, 1), DAY.minusDays(1))))).isEmpty();
    }

    @Test
    void anotherDeclaredRelationshipTiesWithItsDescription() {
        DeclaredTie coAuthor = new DeclaredTie(EXPERT, BIDDER, DeclaredTie.Kind.OTHER,
                Tenure.since(LocalDate.of(2025, 1, 1)), "co-author of the bidder's service standard");

        assertThat(Avoidance.ties(EXPERT, List.of(), List.of(coAuthor), BIDDER, DAY, DEFAULTS)).singleElement()
                .satisfies(tie -> {
                    assertThat(tie.kind()).isEqualTo(Tie.Kind.OTHER_DECLARED);
                    assertThat(tie.description()).isEqualTo("co-author of the bidder's service standard");
                    assertThat(tie.kind().messageKey()).isEqualTo("avoidance.tie.OTHER_DECLARED");
                });
    }

    @Test
    void aDeclarationAboutAnotherOrganizationIsNoTieToTheBidder() {
        DeclaredTie elsewhere = new DeclaredTie(EXPERT, ELSEWHERE, DeclaredTie.Kind.OTHER, Tenure.since(DAY), "x");

        assertThat(Avoidance.ties(EXPERT, List.of(), List.of(elsewhere), BIDDER, DAY, DEFAULTS)).isEmpty();
    }

    @Test
    void everyTieIsListedNotOnlyTheFirst() {
        List<Tie> ties = Avoidance.ties(EXPERT,
                List.of(post(Post.EMPLOYEE, Tenure.between(LocalDate.of(2019, 1, 1), LocalDate.of(2024, 1, 1))),
                        post(Post.COUNCIL_MEMBER, Tenure.since(LocalDate.of(2024, 1, 2)))),
                List.of(declaration(DeclaredTie.Kind.CLOSE_RELATIVE_OF_HEAD, Tenure.since(LocalDate.of(2000, 1, 1)))),
                BIDDER, DAY, DEFAULTS);

        assertThat(ties).extracting(Tie::kind).containsExactly(Tie.Kind.EMPLOYED, Tie.Kind.DIRECTOR_OR_SUPERVISOR,
                Tie.Kind.CLOSE_RELATIVE_OF_HEAD);
    }

    @Test
    void anotherPersonsPostIsNoTieOfThisExpert() {
        PersonId colleague = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000d2"));

        assertThat(ties(new Position(colleague, BIDDER, Post.PRESIDENT, Tenure.since(LocalDate.of(2022, 1, 1)))))
                .isEmpty();
    }

    @Test
    void aTenureCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> Tenure.between(DAY, DAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
