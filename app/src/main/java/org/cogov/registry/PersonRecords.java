package org.cogov.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People, their service as officials and the ties they declared. */
@Repository
class PersonRecords {

    private final JdbcClient jdbc;

    PersonRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PersonId add(String name, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, name, created_at) VALUES (:id, :name, :now)")
                .param("id", id).param("name", name).param("now", now.atOffset(ZoneOffset.UTC)).update();
        return new PersonId(id);
    }

    Optional<String> name(PersonId person) {
        return jdbc.sql("SELECT name FROM person WHERE id = :id").param("id", person.value()).query(String.class).optional();
    }

    void addCivilService(CivilService service) {
        jdbc.sql("INSERT INTO civil_service (id, person_id, organ_id, retired_on) VALUES (:id, :person, :organ, :retired)")
                .param("id", UUID.randomUUID()).param("person", service.person().value())
                .param("organ", service.organ().value()).param("retired", service.retiredOn()).update();
    }

    /** The people with any recorded link to both organizations, at any time: a post, a declared tie, or an official's service. */
    List<PersonId> tiedToBoth(UUID one, UUID other) {
        String linked = """
                SELECT person_id FROM person_position WHERE organization_id = :org
                UNION SELECT person_id FROM declared_tie WHERE organization_id = :org
                UNION SELECT person_id FROM civil_service WHERE organ_id = :org""";
        return jdbc.sql("SELECT person_id FROM (" + linked.replace(":org", ":one") + ") a WHERE person_id IN ("
                + linked.replace(":org", ":other") + ") ORDER BY person_id")
                .param("one", one).param("other", other)
                .query((rs, n) -> new PersonId(rs.getObject("person_id", UUID.class))).list();
    }

    List<CivilService> servicesOf(PersonId person) {
        return jdbc.sql("SELECT organ_id, retired_on FROM civil_service WHERE person_id = :person")
                .param("person", person.value())
                .query((rs, n) -> new CivilService(person, new OrganizationId(rs.getObject("organ_id", UUID.class)),
                        date(rs, "retired_on")))
                .list();
    }

    /** Ends a service that lasts, once; false when there is none to end. */
    boolean retire(PersonId person, OrganizationId organ, LocalDate on) {
        return jdbc.sql("""
                UPDATE civil_service SET retired_on = :on WHERE person_id = :person AND organ_id = :organ AND retired_on IS NULL""")
                .param("on", on).param("person", person.value()).param("organ", organ.value()).update() == 1;
    }

    UUID addDeclaredTie(DeclaredTie tie, LocalDate declaredOn) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO declared_tie (id, person_id, organization_id, kind, from_date, until_date, description, declared_on)
                VALUES (:id, :person, :org, :kind, :from, :until, :description, :declaredOn)""")
                .param("id", id).param("person", tie.person().value()).param("org", tie.organization().value())
                .param("kind", tie.kind().name()).param("from", tie.tenure().from()).param("until", tie.tenure().until())
                .param("description", tie.description()).param("declaredOn", declaredOn).update();
        return id;
    }

    /** Ends a declared tie that lasts, once; false when there is none to end on that day. */
    boolean endDeclaredTie(UUID tie, PersonId person, LocalDate lastDay) {
        return jdbc.sql("""
                UPDATE declared_tie SET until_date = :on
                WHERE id = :id AND person_id = :person AND until_date IS NULL AND from_date <= :on""")
                .param("on", lastDay).param("id", tie).param("person", person.value()).update() == 1;
    }

    List<DeclaredTie> declaredTiesOf(PersonId person) {
        return jdbc.sql("""
                SELECT person_id, organization_id, kind, from_date, until_date, description FROM declared_tie
                WHERE person_id = :id""")
                .param("id", person.value())
                .query((rs, n) -> new DeclaredTie(new PersonId(rs.getObject("person_id", UUID.class)),
                        new OrganizationId(rs.getObject("organization_id", UUID.class)),
                        DeclaredTie.Kind.valueOf(rs.getString("kind")),
                        new Tenure(date(rs, "from_date"), date(rs, "until_date")), rs.getString("description")))
                .list();
    }

    Optional<PersonRecord> record(PersonId person) {
        UUID id = person.value();
        return name(person).map(name -> new PersonRecord(id, name,
                jdbc.sql("""
                        SELECT p.id, p.organization_id, o.name_zh, o.name_en, p.post, p.from_date, p.until_date
                        FROM person_position p JOIN organization o ON o.id = p.organization_id
                        WHERE p.person_id = :id ORDER BY p.from_date, o.name_zh""")
                        .param("id", id)
                        .query((rs, n) -> new PersonRecord.Held(rs.getObject("id", UUID.class),
                                rs.getObject("organization_id", UUID.class), rs.getString("name_zh"), rs.getString("name_en"),
                                Post.valueOf(rs.getString("post")), date(rs, "from_date"), date(rs, "until_date")))
                        .list(),
                jdbc.sql("""
                        SELECT c.organ_id, o.name_zh, o.name_en, c.retired_on
                        FROM civil_service c JOIN organization o ON o.id = c.organ_id
                        WHERE c.person_id = :id ORDER BY o.name_zh""")
                        .param("id", id)
                        .query((rs, n) -> new PersonRecord.Served(rs.getObject("organ_id", UUID.class), rs.getString("name_zh"),
                                rs.getString("name_en"), date(rs, "retired_on")))
                        .list(),
                jdbc.sql("""
                        SELECT d.id, d.organization_id, o.name_zh, o.name_en, d.kind, d.from_date, d.until_date, d.description,
                               d.declared_on
                        FROM declared_tie d JOIN organization o ON o.id = d.organization_id
                        WHERE d.person_id = :id ORDER BY d.declared_on, d.from_date""")
                        .param("id", id)
                        .query((rs, n) -> new PersonRecord.Declared(rs.getObject("id", UUID.class),
                                rs.getObject("organization_id", UUID.class), rs.getString("name_zh"), rs.getString("name_en"),
                                DeclaredTie.Kind.valueOf(rs.getString("kind")), date(rs, "from_date"), date(rs, "until_date"),
                                rs.getString("description"), date(rs, "declared_on")))
                        .list()));
    }

    /**
     * People whose name contains {@code name}, by name, after the person {@code after} (the cursor of
     * the previous page) when given.
     */
    List<PersonRecord.Summary> find(String name, @Nullable PersonId after, int size) {
        return jdbc.sql("""
                SELECT p.id, p.name,
                       (SELECT COUNT(*) FROM person_position pp WHERE pp.person_id = p.id) AS posts,
                       (SELECT COUNT(*) FROM civil_service c WHERE c.person_id = p.id) AS services
                FROM person p
                WHERE p.name LIKE :name ESCAPE '\\'
                  AND (CAST(:after AS UUID) IS NULL
                       OR (p.name, p.id) > (SELECT a.name, a.id FROM person a WHERE a.id = CAST(:after AS UUID)))
                ORDER BY p.name, p.id
                LIMIT :size""")
                .param("name", "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("after", after == null ? null : after.value())
                .param("size", size)
                .query((rs, n) -> new PersonRecord.Summary(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getInt("posts"), rs.getLong("services") > 0))
                .list();
    }

    private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
