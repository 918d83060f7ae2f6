package org.cogov.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dated facts about suppliers that the eligibility rules read, and their recording. */
@Repository
class SupplierRecords {

    private final JdbcClient jdbc;

    SupplierRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    SupplierFacts factsOf(Organization organization, RegistrationStatus status) {
        UUID id = organization.id().value();
        List<CreditListEntry> entries = jdbc.sql("""
                SELECT credit_list, listed_on, removed_on FROM credit_list_entry WHERE organization_id = :id""")
                .param("id", id)
                .query((rs, n) -> new CreditListEntry(CreditListEntry.CreditList.valueOf(rs.getString("credit_list")),
                        date(rs, "listed_on"), date(rs, "removed_on")))
                .list();
        List<ProcurementBan> bans = jdbc.sql("SELECT from_date, last_day FROM procurement_ban WHERE organization_id = :id")
                .param("id", id)
                .query((rs, n) -> new ProcurementBan(date(rs, "from_date"), date(rs, "last_day")))
                .list();
        List<HostTie> hosts = jdbc.sql("SELECT organ_id, role, decoupled_on FROM host_tie WHERE organization_id = :id")
                .param("id", id)
                .query((rs, n) -> new HostTie(new OrganizationId(rs.getObject("organ_id", UUID.class)),
                        HostTie.Role.valueOf(rs.getString("role")), date(rs, "decoupled_on")))
                .list();
        List<Position> positions = positionsIn(id);
        List<CivilService> service = jdbc.sql("""
                SELECT DISTINCT c.person_id, c.organ_id, c.retired_on FROM civil_service c
                JOIN person_position p ON p.person_id = c.person_id WHERE p.organization_id = :id""")
                .param("id", id)
                .query((rs, n) -> new CivilService(new PersonId(rs.getObject("person_id", UUID.class)),
                        new OrganizationId(rs.getObject("organ_id", UUID.class)), date(rs, "retired_on")))
                .list();
        return new SupplierFacts(organization.id(), organization.kind(), status == RegistrationStatus.VERIFIED, entries, bans,
                hosts, positions, service);
    }

    List<Position> positionsIn(UUID organization) {
        return jdbc.sql("SELECT person_id, organization_id, post, from_date, until_date FROM person_position WHERE organization_id = :id")
                .param("id", organization).query(SupplierRecords::position).list();
    }

    List<Position> positionsOf(PersonId person) {
        return jdbc.sql("SELECT person_id, organization_id, post, from_date, until_date FROM person_position WHERE person_id = :id")
                .param("id", person.value()).query(SupplierRecords::position).list();
    }

    void addHostTie(OrganizationId organization, HostTie tie) {
        jdbc.sql("INSERT INTO host_tie (id, organization_id, organ_id, role, decoupled_on) VALUES (:id, :org, :organ, :role, :on)")
                .param("id", UUID.randomUUID()).param("org", organization.value()).param("organ", tie.organ().value())
                .param("role", tie.role().name()).param("on", tie.decoupledOn()).update();
    }

    PersonId addPerson(String name, java.time.Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, name, created_at) VALUES (:id, :name, :now)")
                .param("id", id).param("name", name).param("now", now.atOffset(java.time.ZoneOffset.UTC)).update();
        return new PersonId(id);
    }

    void addPosition(Position position) {
        jdbc.sql("""
                INSERT INTO person_position (id, person_id, organization_id, post, from_date, until_date)
                VALUES (:id, :person, :org, :post, :from, :until)""")
                .param("id", UUID.randomUUID()).param("person", position.person().value())
                .param("org", position.organization().value()).param("post", position.post().name())
                .param("from", position.tenure().from()).param("until", position.tenure().until()).update();
    }

    void addCivilService(CivilService service) {
        jdbc.sql("INSERT INTO civil_service (id, person_id, organ_id, retired_on) VALUES (:id, :person, :organ, :retired)")
                .param("id", UUID.randomUUID()).param("person", service.person().value())
                .param("organ", service.organ().value()).param("retired", service.retiredOn()).update();
    }

    void addCreditListEntry(OrganizationId organization, CreditListEntry entry, String reason) {
        jdbc.sql("""
                INSERT INTO credit_list_entry (id, organization_id, credit_list, listed_on, reason, removed_on)
                VALUES (:id, :org, :list, :on, :reason, :removed)""")
                .param("id", UUID.randomUUID()).param("org", organization.value()).param("list", entry.list().name())
                .param("on", entry.listedOn()).param("reason", reason).param("removed", entry.removedOn()).update();
    }

    void addBan(OrganizationId organization, ProcurementBan ban, String reason, OrganizationId decidedBy) {
        jdbc.sql("""
                INSERT INTO procurement_ban (id, organization_id, from_date, last_day, reason, decided_by)
                VALUES (:id, :org, :from, :last, :reason, :by)""")
                .param("id", UUID.randomUUID()).param("org", organization.value()).param("from", ban.from())
                .param("last", ban.lastDay()).param("reason", reason).param("by", decidedBy.value()).update();
    }

    private static Position position(ResultSet rs, int n) throws SQLException {
        return new Position(new PersonId(rs.getObject("person_id", UUID.class)),
                new OrganizationId(rs.getObject("organization_id", UUID.class)), Post.valueOf(rs.getString("post")),
                new Tenure(date(rs, "from_date"), date(rs, "until_date")));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
