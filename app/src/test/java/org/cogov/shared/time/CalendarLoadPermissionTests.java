package org.cogov.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cogov.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Only holders of {@code calendar:year:load} load years. Method security is switched on here
 * because no module of this branch switches it on yet (identity will); this costs one more
 * application context, and keeps the guard tested until then.
 */
@DatabaseTest
class CalendarLoadPermissionTests {

    @TestConfiguration(proxyBeanMethods = false)
    @EnableMethodSecurity
    static class MethodSecurity {
    }

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
        mvc.perform(post("/api/v1/calendar/years/2027").with(user("clerk").authorities(() -> "registry:organization:list"))
                .with(csrf()).contentType(MediaType.parseMediaType("text/csv")).content(LaterYears.FILE_2027))
                .andExpect(status().isForbidden());

        assertThat(years.find(2027)).isEmpty();
    }

    @Test
    void holderOfThePermissionLoadsAYear() throws Exception {
        mvc.perform(post("/api/v1/calendar/years/2027").with(user("admin").authorities(() -> "calendar:year:load"))
                .with(csrf()).contentType(MediaType.parseMediaType("text/csv")).content(LaterYears.FILE_2027))
                .andExpect(status().isCreated());
    }
}
