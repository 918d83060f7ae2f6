package org.cogov.shared.time;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Years past the shipped calendar that database tests load. They share one database (and, on
 * PostgreSQL in CI, keep it between runs), so each test removes these years when it ends.
 */
final class LaterYears {

    static final int FIRST = 2027;

    /** A made-up 2027 for tests: not the official calendar, which was not published when this was written. */
    static final String FILE_2027 = """
            # A test calendar for 2027
            date,kind,name
            2027-01-01,off,元旦 New Year
            2027-02-06,work,春节 adjusted working day 调休上班
            2027-02-08,off,春节 Spring Festival
            """;

    private LaterYears() {
    }

    static void remove(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM calendar_day WHERE year_number >= :first").param("first", FIRST).update();
        jdbc.sql("DELETE FROM calendar_year WHERE year_number >= :first").param("first", FIRST).update();
    }

    static long auditEntries(JdbcClient jdbc, String action, int year) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :action AND object_type = 'calendar-year' AND object_id = :year")
                .param("action", action)
                .param("year", String.valueOf(year))
                .query(Long.class)
                .single();
    }
}
