package org.cogov.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DatabaseTest
class CalendarApiTests {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private WorkingDays workingDays;

    @Autowired
    private TestUsers users;

    @AfterEach
    void removeLaterYears() {
        LaterYears.remove(jdbc);
    }

    @Test
    void anySignedInUserListsTheLoadedYears() throws Exception {
        mvc.perform(get("/api/v1/calendar/years").with(clerk()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].year", hasItems(2024, 2025, 2026)));
    }

    @Test
    void anySignedInUserReadsTheSpecialDaysOfAYear() throws Exception {
        mvc.perform(get("/api/v1/calendar/2025").with(clerk()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.days[?(@.date == '2025-09-28')].kind").value("WORK"))
                .andExpect(jsonPath("$.days[?(@.date == '2025-10-08')].name").value("国庆节、中秋节 National Day, Mid-Autumn"));
    }

    @Test
    void yearNotLoadedIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/calendar/2031").with(clerk()).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("No calendar is loaded for 2031."));
    }

    @Test
    void administratorLoadsALaterYearAndPeriodsMayReachIt() throws Exception {
        mvc.perform(load(2027, LaterYears.FILE_2027))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/calendar/2027"))
                .andExpect(jsonPath("$.year").value(2027))
                .andExpect(jsonPath("$.offDays").value(2))
                .andExpect(jsonPath("$.workDays").value(1))
                .andExpect(jsonPath("$.replaced").value(false));

        assertThat(workingDays.plusWorkingDays(LocalDate.parse("2026-12-28"), 5)).isEqualTo("2027-01-05");
    }

    @Test
    void uploadedNamesKeepTheirChineseCharacters() throws Exception {
        mvc.perform(load(2027, LaterYears.FILE_2027)).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/calendar/2027").with(clerk()))
                .andExpect(jsonPath("$.days[0].name").value("元旦 New Year"))
                .andExpect(jsonPath("$.source", startsWith("upload sha256:")));
    }

    @Test
    void loadIsWrittenToTheAuditLog() throws Exception {
        long before = LaterYears.auditEntries(jdbc, "calendar.year.loaded", 2027);

        mvc.perform(load(2027, LaterYears.FILE_2027)).andExpect(status().isCreated());

        assertThat(LaterYears.auditEntries(jdbc, "calendar.year.loaded", 2027)).isEqualTo(before + 1);
    }

    @Test
    void yearAlreadyLoadedIsRefusedWithAConflict() throws Exception {
        mvc.perform(load(2027, LaterYears.FILE_2027)).andExpect(status().isCreated());

        mvc.perform(load(2027, LaterYears.FILE_2027))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("replace=true")));
    }

    @Test
    void shippedYearIsNotReplacedByAnUploadWithoutReplace() throws Exception {
        mvc.perform(load(2025, "2025-01-01,off,元旦 New Year")).andExpect(status().isConflict());

        assertThat(workingDays.isWorkingDay(LocalDate.parse("2025-10-08"))).isFalse();
    }

    @Test
    void replaceTrueReplacesEveryDayOfTheYear() throws Exception {
        mvc.perform(load(2027, LaterYears.FILE_2027)).andExpect(status().isCreated());
        long before = LaterYears.auditEntries(jdbc, "calendar.year.replaced", 2027);

        mvc.perform(load(2027, "date,kind,name\n2027-01-04,off,a Monday off").param("replace", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.replaced").value(true));

        mvc.perform(get("/api/v1/calendar/2027").with(clerk()))
                .andExpect(jsonPath("$.days.length()").value(1))
                .andExpect(jsonPath("$.days[0].date").value("2027-01-04"));
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2027-01-01"))).isTrue();
        assertThat(LaterYears.auditEntries(jdbc, "calendar.year.replaced", 2027)).isEqualTo(before + 1);
    }

    @Test
    void wrongLinesAreAnsweredWithTheirNumbersAndReasonsAndNothingIsLoaded() throws Exception {
        String file = """
                date,kind,name
                2027-01-01,off,元旦 New Year
                2027-02-30,off,no such day
                2027-02-09,work,a Tuesday
                """;

        mvc.perform(load(2027, file).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("calendar-file"))
                .andExpect(jsonPath("$.detail").value("2 line(s) of the calendar file are wrong. Nothing was loaded."))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].reason").value("Not a date of the form yyyy-MM-dd: 2027-02-30."))
                .andExpect(jsonPath("$.errors[1].line").value(4))
                .andExpect(jsonPath("$.errors[1].field").value("kind"));

        mvc.perform(get("/api/v1/calendar/2027").with(clerk())).andExpect(status().isNotFound());
    }

    @Test
    void chineseCallerIsToldWhatIsWrongInChinese() throws Exception {
        mvc.perform(load(2027, "2026-12-31,off,跨年").header("Accept-Language", "zh-CN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("日历文件未被接受"))
                .andExpect(jsonPath("$.errors[0].reason").value("2026-12-31 不在 2027 年内。"));
    }

    @Test
    void yearFarOutsideAnyProcurementIsRefused() throws Exception {
        mvc.perform(load(1999, "1999-01-01,off,元旦"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void bodyThatIsNotACalendarFileIsRefused() throws Exception {
        mvc.perform(post("/api/v1/calendar/years/2027").with(administrator()).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType());
    }

    private MockHttpServletRequestBuilder load(int year, String file) {
        return post("/api/v1/calendar/years/{year}", year).with(administrator()).with(csrf()).contentType(CSV).content(file);
    }

    private RequestPostProcessor administrator() {
        return users.as("admin");
    }

    private RequestPostProcessor clerk() {
        return users.as("registrar");
    }
}
