package org.cogov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cogov.shared.FileRejected;
import org.cogov.shared.LineProblem;
import org.junit.jupiter.api.Test;

class PeopleFileTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Organization ASSOCIATION = organization("51330100MJ0000006", OrganizationKind.INDUSTRY_ASSOCIATION);
    private static final Organization BUREAU = organization("11330100MB0000003", OrganizationKind.DEPARTMENT);
    private static final Organization FIRM = organization("91330100MA0000004", OrganizationKind.ENTERPRISE);
    private static final PersonId REGISTERED = new PersonId(UUID.fromString("7d1f0f3e-4c55-4d8e-9f0a-2b7c3f1e9a10"));

    private static final PeopleFile.Registers REGISTERS = new PeopleFile.Registers() {
        @Override
        public Optional<Organization> organization(String creditCode) {
            return List.of(ASSOCIATION, BUREAU, FIRM).stream().filter(o -> o.creditCode().equals(creditCode)).findFirst();
        }

        @Override
        public Optional<String> personName(PersonId person) {
            return Optional.ofNullable(Map.of(REGISTERED, "赵明").get(person));
        }

        @Override
        public List<CivilService> services(PersonId person) {
            return person.equals(REGISTERED) ? List.of(new CivilService(REGISTERED, BUREAU.id(), null)) : List.of();
        }
    };

    private static Organization organization(String first17, OrganizationKind kind) {
        String code = first17 + CreditCode.checkCharacter(first17);
        return new Organization(new OrganizationId(UUID.nameUUIDFromBytes(code.getBytes())), code, "澜江" + code, "Lanjiang " + code,
                kind);
    }

    private static String a() {
        return ASSOCIATION.creditCode();
    }

    private static String b() {
        return BUREAU.creditCode();
    }

    private static PeopleFile.Plan read(String text) {
        return PeopleFile.read(text, TODAY, REGISTERS);
    }

    private static List<LineProblem> problems(String text) {
        return catchThrowableOfType(FileRejected.class, () -> read(text)).problems();
    }

    @Test
    void linesWithOneKeyAreOnePersonWithEachOfTheirPosts() {
        PeopleFile.Plan plan = read(PeopleFile.HEADER + "\n"
                + "P1,王建国," + a() + ",会长,2021-03-15,,,\n"
                + "P1,王建国," + FIRM.creditCode() + ",DIRECTOR,2016-01-01,2020-12-31\n"
                + "P2,刘芳," + a() + ",SECRETARY_GENERAL,2020-07-01\n");

        assertThat(plan.people()).extracting(PeopleFile.Person::name).containsExactly("王建国", "刘芳");
        assertThat(plan.positions()).extracting(PeopleFile.Appointment::post)
                .containsExactly(Post.PRESIDENT, Post.DIRECTOR, Post.SECRETARY_GENERAL);
        assertThat(plan.positions().get(1).tenure()).isEqualTo(Tenure.between(LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31)));
    }

    @Test
    void anOfficialsServiceIsKeptOnceHoweverManyOfTheirLinesRepeatIt() {
        PeopleFile.Plan plan = read("P1,宋立新," + a() + ",理事,2020-01-01,," + b() + ",2024-06-30\n"
                + "P1,宋立新," + FIRM.creditCode() + ",DIRECTOR,2021-01-01,," + b() + ",2024-06-30\n");

        assertThat(plan.services()).singleElement().satisfies(service -> {
            assertThat(service.organ()).isEqualTo(BUREAU.id());
            assertThat(service.retiredOn()).isEqualTo(LocalDate.of(2024, 6, 30));
        });
    }

    @Test
    void aRegisteredPersonIsNamedByTheirId() {
        PeopleFile.Plan plan = read(REGISTERED.value() + ",," + a() + ",理事,2024-01-01\n");

        assertThat(plan.people()).singleElement().satisfies(person -> {
            assertThat(person.existing()).isEqualTo(REGISTERED);
            assertThat(person.name()).isEqualTo("赵明");
        });
    }

    @Test
    void aServiceTheRegisteredPersonHasAlreadyIsNotRecordedTwice() {
        PeopleFile.Plan plan = read(REGISTERED.value() + ",赵明," + a() + ",理事,2024-01-01,," + b() + "\n");

        assertThat(plan.services()).isEmpty();
    }

    @Test
    void aDifferentRetirementForARecordedServiceIsRefused() {
        assertThat(problems(REGISTERED.value() + ",赵明," + a() + ",理事,2024-01-01,," + b() + ",2025-01-01\n"))
                .extracting(LineProblem::messageKey).containsExactly("registry.people-file.service-recorded");
    }

    @Test
    void everyWrongLineIsNamedAndNothingIsPlanned() {
        List<LineProblem> problems = problems("P1,王建国," + a() + ",会长,2021-03-15\n"
                + "P2,," + a() + ",会长,2021-03-15\n"
                + "P3,刘芳,913301000000000000,会长,2021-03-15\n"
                + "P4,陈志远," + a() + ",掌门,2021-03-15\n"
                + "P5,杨丽华," + a() + ",秘书长,2021-13-01\n"
                + "P6,黄永强," + a() + ",秘书长,2021-03-15,2020-01-01\n"
                + "P7,周雪梅," + a() + ",理事,2027-01-01\n");

        assertThat(problems).extracting(LineProblem::line).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(problems).extracting(LineProblem::column).containsExactly("name", "organization", "post", "from", "until", "from");
    }

    @Test
    void anUnknownOrganizationIsNamedByItsCode() {
        String unknown = "51330100MJ9999999" + CreditCode.checkCharacter("51330100MJ9999999");

        assertThat(problems("P1,王建国," + unknown + ",会长,2021-03-15\n")).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("registry.people-file.unknown-organization");
            assertThat(problem.arguments()).containsExactly(unknown);
        });
    }

    @Test
    void aKeyUsedForTwoNamesIsRefusedOnTheSecondLine() {
        assertThat(problems("P1,王建国," + a() + ",会长,2021-03-15\nP1,王建军," + a() + ",理事,2019-01-01\n"))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.line()).isEqualTo(2);
                    assertThat(problem.messageKey()).isEqualTo("registry.people-file.key-reused");
                });
    }

    @Test
    void theSamePostFromTheSameDayTwiceIsRefused() {
        assertThat(problems("P1,王建国," + a() + ",会长,2021-03-15\nP1,王建国," + a() + ",PRESIDENT,2021-03-15\n"))
                .extracting(LineProblem::messageKey).containsExactly("registry.people-file.duplicate");
    }

    @Test
    void onlyAStateOrganHasOfficials() {
        assertThat(problems("P1,王建国," + a() + ",会长,2021-03-15,," + FIRM.creditCode() + "\n"))
                .extracting(LineProblem::messageKey).containsExactly("registry.civil-service.not-an-organ");
    }

    @Test
    void aRetirementWithoutAnOrganIsRefused() {
        assertThat(problems("P1,王建国," + a() + ",会长,2021-03-15,,,2020-01-01\n"))
                .extracting(LineProblem::column).containsExactly("retired_on");
    }

    @Test
    void anIdOfNoRegisteredPersonIsRefused() {
        assertThat(problems(UUID.randomUUID() + ",王建国," + a() + ",会长,2021-03-15\n"))
                .extracting(LineProblem::messageKey).containsExactly("registry.people-file.unknown-person");
    }

    @Test
    void aFileWithoutAnyPostIsRefused() {
        assertThat(problems(PeopleFile.HEADER + "\n# nothing yet\n")).extracting(LineProblem::messageKey)
                .containsExactly("registry.people-file.empty");
    }

    @Test
    void aLineWithTooFewColumnsIsRefused() {
        assertThat(problems("P1,王建国," + a() + "\n")).extracting(LineProblem::messageKey)
                .containsExactly("registry.people-file.columns");
    }
}
