package org.cogov;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.cogov.shared.Domain;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cogov");

    @Test
    void domainClassesUseNoSpringJdbcServletOrJsonType() {
        noClasses().that().areAnnotatedWith(Domain.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                        "jakarta.servlet..", "jakarta.persistence..", "tools.jackson..", "com.fasterxml..")
                .because("rules are plain Java: readable, testable and reusable without a container")
                .check(classes);
    }

    @Test
    void onlyTheClockConfigurationReadsTheSystemClock() {
        noClasses().that().resideOutsideOfPackage("org.cogov.shared.time")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .because("the Clock bean is the only time source (ARCHITECTURE.md, Time)")
                .check(classes);
    }

    @Test
    void nothingWritesToTheConsole() {
        // The providers' command-line client (org.cogov.sealing.Main) talks to its user on the console: it is not the server.
        noClasses().that().doNotHaveFullyQualifiedName("org.cogov.sealing.Main")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("logs go through the logger, which never receives secrets or personal data")
                .check(classes);
    }
}
