package org.cogov.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.cogov.shared.FileRejected;
import org.cogov.shared.LineProblem;
import org.junit.jupiter.api.Test;

class CalendarFileTests {

    @Test
    void shippedFileListsTheHolidaysAndAdjustedWorkingDaysOfThreeYears() {
        List<SpecialDay> days = CalendarFile.read(ShippedDays.text(), null);

        assertThat(days).extracting(day -> day.date().getYear()).containsOnly(2024, 2025, 2026);
        assertThat(days).contains(new SpecialDay(LocalDate.parse("2025-09-28"), DayKind.WORK, "国庆节 adjusted working day 调休上班"));
    }

    @Test
    void nameMayHoldACommaBecauseItIsEverythingAfterTheSecondOne() {
        List<SpecialDay> days = CalendarFile.read("2025-10-01,off,国庆节、中秋节 National Day, Mid-Autumn", 2025);

        assertThat(days).singleElement().extracting(SpecialDay::name).isEqualTo("国庆节、中秋节 National Day, Mid-Autumn");
    }

    @Test
    void headerCommentsAndBlankLinesAreSkipped() {
        String file = """
                # 2027, from the State Council notice
                date,kind,name

                2027-01-01,off,元旦 New Year
                """;

        assertThat(CalendarFile.read(file, 2027)).hasSize(1);
    }

    @Test
    void kindIsReadWhateverItsCase() {
        assertThat(CalendarFile.read("2027-01-01,OFF,元旦", 2027)).singleElement()
                .extracting(SpecialDay::kind).isEqualTo(DayKind.OFF);
    }

    @Test
    void quotedNameFromASpreadsheetIsUnquoted() {
        assertThat(CalendarFile.read("2027-01-01,off,\"New Year, \"\"元旦\"\"\"", 2027)).singleElement()
                .extracting(SpecialDay::name).isEqualTo("New Year, \"元旦\"");
    }

    @Test
    void byteOrderMarkOfAWindowsEditorIsIgnored() {
        assertThat(CalendarFile.read("\uFEFFdate,kind,name\n2027-01-01,off,元旦", 2027)).hasSize(1);
    }

    @Test
    void windowsLineEndsAreRead() {
        assertThat(CalendarFile.read("date,kind,name\r\n2027-01-01,off,元旦\r\n2027-02-06,work,春节\r\n", 2027))
                .extracting(SpecialDay::name).containsExactly("元旦", "春节");
    }

    @Test
    void offWeekendDayInsideAHolidayIsAccepted() {
        assertThat(CalendarFile.read("2025-10-04,off,国庆节 National Day", 2025)).hasSize(1);
    }

    @Test
    void everyWrongLineIsReportedWithItsNumberAndColumn() {
        String file = """
                date,kind,name
                2027-01-01,off,元旦 New Year
                2027-13-01,off,not a month
                2027-01-04,holiday,not a kind
                2027-01-05,work,a Tuesday
                2028-01-01,off,next year
                2027-01-01,off,listed again
                2027-01-06,off,
                2027-01-07
                """;

        FileRejected rejected = catchThrowableOfType(FileRejected.class, () -> CalendarFile.read(file, 2027));

        assertThat(rejected.problems()).extracting(LineProblem::line, LineProblem::column, LineProblem::messageKey)
                .containsExactly(
                        tuple(3, "date", "calendar.file.bad-date"),
                        tuple(4, "kind", "calendar.file.bad-kind"),
                        tuple(5, "kind", "calendar.file.work-on-weekday"),
                        tuple(6, "date", "calendar.file.wrong-year"),
                        tuple(7, "date", "calendar.file.duplicate"),
                        tuple(8, "name", "calendar.file.name-missing"),
                        tuple(9, "line", "calendar.file.fields"));
        assertThat(rejected.truncated()).isFalse();
    }

    @Test
    void duplicateDateNamesTheLineThatListedItFirst() {
        FileRejected rejected = catchThrowableOfType(FileRejected.class,
                () -> CalendarFile.read("2027-01-01,off,a\n2027-01-01,off,b", 2027));

        assertThat(rejected.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.arguments()).containsExactly("2027-01-01", 1));
    }

    @Test
    void adjustedWorkingDayOnAWeekdayIsRefused() {
        assertThatThrownBy(() -> CalendarFile.read("2025-09-29,work,a Monday", 2025))
                .isInstanceOf(FileRejected.class);
    }

    @Test
    void overlongNameIsRefused() {
        assertThatThrownBy(() -> CalendarFile.read("2027-01-01,off," + "节".repeat(101), 2027))
                .isInstanceOf(FileRejected.class);
    }

    @Test
    void fileWithoutADayIsRefused() {
        FileRejected rejected = catchThrowableOfType(FileRejected.class,
                () -> CalendarFile.read("# nothing yet\ndate,kind,name\n", 2027));

        assertThat(rejected.problems()).singleElement().extracting(LineProblem::messageKey).isEqualTo("calendar.file.empty");
    }

    @Test
    void reportStopsAtAHundredProblemsAndSaysSo() {
        String file = "not a calendar\n".repeat(500);

        FileRejected rejected = catchThrowableOfType(FileRejected.class, () -> CalendarFile.read(file, 2027));

        assertThat(rejected.problems()).hasSize(CalendarFile.MAX_PROBLEMS);
        assertThat(rejected.truncated()).isTrue();
    }
}
