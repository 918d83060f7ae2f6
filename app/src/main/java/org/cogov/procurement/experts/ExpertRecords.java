package org.cogov.procurement.experts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cogov.registry.OrganizationId;
import org.cogov.registry.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The expert pool: experts with their specialties and periods of unavailability. Retired, never removed. */
@Repository
class ExpertRecords {

    private record Row(ExpertId id, PersonId person, UUID userId, String name, OrganizationId employer, boolean available,
            Instant enrolledAt, @Nullable Instant retiredAt, @Nullable String retiredWhy, int version) {
    }

    private static final String SELECT = """
            SELECT id, person_id, user_id, name, employer_id, available, enrolled_at, retired_at, retired_why, version
            FROM expert""";

    private final JdbcClient jdbc;

    ExpertRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(ExpertId id, PersonId person, UUID user, String name, OrganizationId employer, Set<String> specialties,
            boolean available, Instant at) {
        jdbc.sql("""
                INSERT INTO expert (id, person_id, user_id, name, employer_id, available, enrolled_at, version)
                VALUES (:id, :person, :user, :name, :employer, :available, :at, 0)""")
                .param("id", id.value()).param("person", person.value()).param("user", user).param("name", name)
                .param("employer", employer.value()).param("available", available).param("at", at.atOffset(ZoneOffset.UTC))
                .update();
        specialties(id, specialties);
    }

    /** Changes employer, specialties and availability if the version is still the one read; false otherwise. */
    boolean change(ExpertId id, int version, OrganizationId employer, Set<String> specialties, boolean available) {
        boolean changed = jdbc.sql("""
                UPDATE expert SET employer_id = :employer, available = :available, version = version + 1
                WHERE id = :id AND version = :version AND retired_at IS NULL""")
                .param("employer", employer.value()).param("available", available).param("id", id.value())
                .param("version", version).update() == 1;
        if (changed) {
            jdbc.sql("DELETE FROM expert_specialty WHERE expert_id = :id").param("id", id.value()).update();
            specialties(id, specialties);
        }
        return changed;
    }

    boolean markAvailable(ExpertId id, boolean available) {
        return jdbc.sql("""
                UPDATE expert SET available = :available, version = version + 1 WHERE id = :id AND retired_at IS NULL""")
                .param("available", available).param("id", id.value()).update() == 1;
    }

    boolean retire(ExpertId id, int version, String why, Instant at) {
        return jdbc.sql("""
                UPDATE expert SET retired_at = :at, retired_why = :why, version = version + 1
                WHERE id = :id AND version = :version AND retired_at IS NULL""")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("why", why).param("id", id.value()).param("version", version)
                .update() == 1;
    }

    void addUnavailability(UUID period, ExpertId id, LocalDate first, LocalDate last, String reason, UUID by, Instant at) {
        jdbc.sql("""
                INSERT INTO expert_unavailability (id, expert_id, first_day, last_day, reason, recorded_by, recorded_at)
                VALUES (:period, :id, :first, :last, :reason, :by, :at)""")
                .param("period", period).param("id", id.value()).param("first", first).param("last", last).param("reason", reason)
                .param("by", by).param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    boolean removeUnavailability(ExpertId id, UUID period) {
        return jdbc.sql("DELETE FROM expert_unavailability WHERE id = :period AND expert_id = :id")
                .param("period", period).param("id", id.value()).update() == 1;
    }

    Optional<Expert> find(ExpertId id) {
        return complete(jdbc.sql(SELECT + " WHERE id = :id").param("id", id.value()).query(ExpertRecords::row).list())
                .stream().findFirst();
    }

    Optional<Expert> ofUser(UUID user) {
        return complete(jdbc.sql(SELECT + " WHERE user_id = :user").param("user", user).query(ExpertRecords::row).list())
                .stream().findFirst();
    }

    boolean enrolled(PersonId person, UUID user) {
        return jdbc.sql("SELECT COUNT(*) FROM expert WHERE person_id = :person OR user_id = :user")
                .param("person", person.value()).param("user", user).query(Integer.class).single() > 0;
    }

    /** Every expert, retired ones too, by name. */
    List<Expert> all() {
        return complete(jdbc.sql(SELECT + " ORDER BY name, id").query(ExpertRecords::row).list());
    }

    /** The experts not retired, by id. */
    List<Expert> active() {
        return complete(jdbc.sql(SELECT + " WHERE retired_at IS NULL ORDER BY id").query(ExpertRecords::row).list());
    }

    List<Expert> find(Collection<ExpertId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return complete(jdbc.sql(SELECT + " WHERE id IN (:ids)").param("ids", ids.stream().map(ExpertId::value).toList())
                .query(ExpertRecords::row).list());
    }

    private void specialties(ExpertId id, Set<String> specialties) {
        for (String code : specialties) {
            jdbc.sql("INSERT INTO expert_specialty (expert_id, code) VALUES (:id, :code)").param("id", id.value())
                    .param("code", code).update();
        }
    }

    /** The rows with their specialties and periods, read in two queries for any number of experts. */
    private List<Expert> complete(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> r.id().value()).toList();
        Map<UUID, List<String>> specialties = new HashMap<>();
        jdbc.sql("SELECT expert_id, code FROM expert_specialty WHERE expert_id IN (:ids) ORDER BY code").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getObject("expert_id", UUID.class), rs.getString("code"))).list()
                .forEach(e -> specialties.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<UUID, List<Expert.Unavailability>> periods = new HashMap<>();
        jdbc.sql("""
                SELECT id, expert_id, first_day, last_day, reason FROM expert_unavailability
                WHERE expert_id IN (:ids) ORDER BY first_day, id""").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getObject("expert_id", UUID.class), new Expert.Unavailability(
                        rs.getObject("id", UUID.class), rs.getObject("first_day", LocalDate.class),
                        rs.getObject("last_day", LocalDate.class), rs.getString("reason"))))
                .list().forEach(e -> periods.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(r -> new Expert(r.id(), r.person(), r.userId(), r.name(), r.employer(),
                Set.copyOf(specialties.getOrDefault(r.id().value(), List.of())), r.available(),
                periods.getOrDefault(r.id().value(), List.of()), r.enrolledAt(), r.retiredAt(), r.retiredWhy(), r.version()))
                .toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime retired = rs.getObject("retired_at", OffsetDateTime.class);
        return new Row(new ExpertId(rs.getObject("id", UUID.class)), new PersonId(rs.getObject("person_id", UUID.class)),
                rs.getObject("user_id", UUID.class), rs.getString("name"),
                new OrganizationId(rs.getObject("employer_id", UUID.class)), rs.getBoolean("available"),
                rs.getObject("enrolled_at", OffsetDateTime.class).toInstant(), retired == null ? null : retired.toInstant(),
                rs.getString("retired_why"), rs.getInt("version"));
    }
}
