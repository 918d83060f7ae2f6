package org.cogov.shared.time;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The calendar's rules stay plain Java, so that domain code of every module can take them. */
class TimeDomainPurityTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cogov.shared.time");

    @Test
    void calendarRulesUseNoSpringJdbcOrServlet() {
        noClasses().that().belongToAnyOf(WorkingDayCalendar.class, LegalPeriod.class, SpecialDay.class, DayKind.class,
                CalendarFile.class, CsvProblem.class, CalendarFileRejected.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                        "jakarta..")
                .check(classes);
    }
}
