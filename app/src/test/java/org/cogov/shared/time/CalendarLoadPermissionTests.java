package org.cogov.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Only holders of {@code calendar:year:load} load years, and a refusal is an audit entry. */
@DatabaseTest
class CalendarLoadPermissionTests {

    @Autowired
    private TestUsers users;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private CalendarYears years;

    @AfterEach
    void removeLaterYears() {
        LaterYears.remove(jdbc);
    }

    @Test
    void userWithoutThePermissionCannotLoadAYear() throws Exception {
        long refusals = users.refusalsOf("registrar");

        mvc.perform(post("/api/v1/calendar/years/2027").with(users.as("registrar"))
                .with(csrf()).contentType(MediaType.parseMediaType("text/csv")).content(LaterYears.FILE_2027))
                .andExpect(status().isForbidden());

        assertThat(years.find(2027)).isEmpty();
        assertThat(users.refusalsOf("registrar")).isEqualTo(refusals + 1);
    }

    @Test
    void holderOfThePermissionLoadsAYear() throws Exception {
        mvc.perform(post("/api/v1/calendar/years/2027").with(users.as("admin"))
                .with(csrf()).contentType(MediaType.parseMediaType("text/csv")).content(LaterYears.FILE_2027))
                .andExpect(status().isCreated());
    }
}
