package org.cogov.shared.time;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The loaded calendar years and their special days. */
@Repository
class CalendarYears {

    /** A loaded year: when, and from what. */
    record LoadedYear(int year, Instant loadedAt, String source) {
    }

    /**
     * Changes whenever a year is loaded or replaced, on any node: the number of years and the sum of
     * their versions. Cheap to read, so every node can check its cached calendar before each use.
     */
    record Fingerprint(long years, long versions) {
    }

    private final JdbcClient jdbc;

    CalendarYears(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the year for this load: true if the row was added, false if the year was loaded already.
     * On PostgreSQL a concurrent claim waits for the first to commit or roll back, so two nodes
     * loading at once never both win, and neither fails.
     */
    boolean claim(int year, Instant loadedAt, String source) {
        return jdbc.sql("""
                INSERT INTO calendar_year (year_number, loaded_at, source, version)
                VALUES (:year, :loadedAt, :source, 0)
                ON CONFLICT DO NOTHING
                """)
                .param("year", year)
                .param("loadedAt", utc(loadedAt))
                .param("source", source)
                .update() == 1;
    }

    /** Marks a loaded year as replaced; its row lock keeps concurrent replacements in turn. */
    void restamp(int year, Instant loadedAt, String source) {
        jdbc.sql("""
                UPDATE calendar_year SET loaded_at = :loadedAt, source = :source, version = version + 1
                WHERE year_number = :year
                """)
                .param("year", year)
                .param("loadedAt", utc(loadedAt))
                .param("source", source)
                .update();
    }

    void removeDays(int year) {
        jdbc.sql("DELETE FROM calendar_day WHERE year_number = :year").param("year", year).update();
    }

    void addDays(int year, List<SpecialDay> days) {
        for (SpecialDay day : days) {
            jdbc.sql("""
                    INSERT INTO calendar_day (calendar_date, year_number, kind, name)
                    VALUES (:date, :year, :kind, :name)
                    """)
                    .param("date", day.date())
                    .param("year", year)
                    .param("kind", day.kind().name())
                    .param("name", day.name())
                    .update();
        }
    }

    Optional<LoadedYear> find(int year) {
        return jdbc.sql("SELECT year_number, loaded_at, source FROM calendar_year WHERE year_number = :year")
                .param("year", year)
                .query((rs, row) -> loadedYear(rs))
                .optional();
    }

    List<LoadedYear> all() {
        return jdbc.sql("SELECT year_number, loaded_at, source FROM calendar_year ORDER BY year_number")
                .query((rs, row) -> loadedYear(rs))
                .list();
    }

    List<Integer> yearNumbers() {
        return jdbc.sql("SELECT year_number FROM calendar_year").query(Integer.class).list();
    }

    List<SpecialDay> days(int year) {
        return jdbc.sql("SELECT calendar_date, kind, name FROM calendar_day WHERE year_number = :year ORDER BY calendar_date")
                .param("year", year)
                .query((rs, row) -> specialDay(rs))
                .list();
    }

    List<SpecialDay> allDays() {
        return jdbc.sql("SELECT calendar_date, kind, name FROM calendar_day ORDER BY calendar_date")
                .query((rs, row) -> specialDay(rs))
                .list();
    }

    Fingerprint fingerprint() {
        return jdbc.sql("SELECT COUNT(*) AS years, COALESCE(SUM(version), 0) AS versions FROM calendar_year")
                .query((rs, row) -> new Fingerprint(rs.getLong("years"), rs.getLong("versions")))
                .single();
    }

    private static LoadedYear loadedYear(ResultSet rs) throws SQLException {
        return new LoadedYear(rs.getInt("year_number"), rs.getObject("loaded_at", OffsetDateTime.class).toInstant(),
                rs.getString("source"));
    }

    private static SpecialDay specialDay(ResultSet rs) throws SQLException {
        return new SpecialDay(rs.getObject("calendar_date", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
                rs.getString("name"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
