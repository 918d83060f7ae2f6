package org.cogov.registry;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
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

    UUID addHostTie(OrganizationId organization, HostTie tie) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO host_tie (id, organization_id, organ_id, role, decoupled_on) VALUES (:id, :org, :organ, :role, :on)")
                .param("id", id).param("org", organization.value()).param("organ", tie.organ().value())
                .param("role", tie.role().name()).param("on", tie.decoupledOn()).update();
        return id;
    }


    UUID addPosition(Position position) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO person_position (id, person_id, organization_id, post, from_date, until_date)
                VALUES (:id, :person, :org, :post, :from, :until)""")
                .param("id", id).param("person", position.person().value())
                .param("org", position.organization().value()).param("post", position.post().name())
                .param("from", position.tenure().from()).param("until", position.tenure().until()).update();
        return id;
    }


    UUID addCreditListEntry(OrganizationId organization, CreditListEntry entry, String reason) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO credit_list_entry (id, organization_id, credit_list, listed_on, reason, removed_on)
                VALUES (:id, :org, :list, :on, :reason, :removed)""")
                .param("id", id).param("org", organization.value()).param("list", entry.list().name())
                .param("on", entry.listedOn()).param("reason", reason).param("removed", entry.removedOn()).update();
        return id;
    }

    void addBan(OrganizationId organization, ProcurementBan ban, String reason, OrganizationId decidedBy) {
        jdbc.sql("""
                INSERT INTO procurement_ban (id, organization_id, from_date, last_day, reason, decided_by)
                VALUES (:id, :org, :from, :last, :reason, :by)""")
                .param("id", UUID.randomUUID()).param("org", organization.value()).param("from", ban.from())
                .param("last", ban.lastDay()).param("reason", reason).param("by", decidedBy.value()).update();
    }

    boolean addPoorPerformance(OrganizationId organization, SupplierRecord.PoorPerformance entry) {
        return jdbc.sql("""
                INSERT INTO poor_performance_entry (organization_id, contract_id, procedure_reference, lot_number, total, evaluated_on)
                SELECT :org, :contract, :ref, :lot, :total, :on FROM organization WHERE id = :org
                AND NOT EXISTS (SELECT 1 FROM poor_performance_entry WHERE contract_id = :contract)""")
                .param("org", organization.value()).param("contract", entry.contract()).param("ref", entry.reference())
                .param("lot", entry.lot()).param("total", entry.total()).param("on", entry.evaluatedOn()).update() == 1;
    }

    List<CreditListEntry> creditListEntries(OrganizationId organization) {
        return jdbc.sql("SELECT credit_list, listed_on, removed_on FROM credit_list_entry WHERE organization_id = :id")
                .param("id", organization.value())
                .query((rs, n) -> new CreditListEntry(CreditListEntry.CreditList.valueOf(rs.getString("credit_list")),
                        date(rs, "listed_on"), date(rs, "removed_on")))
                .list();
    }

    void addRating(OrganizationId organization, Rating rating) {
        jdbc.sql("INSERT INTO rating (id, organization_id, grade, rated_on, valid_until) VALUES (:id, :org, :grade, :on, :until)")
                .param("id", UUID.randomUUID()).param("org", organization.value()).param("grade", rating.grade())
                .param("on", rating.ratedOn()).param("until", rating.validUntil()).update();
    }

    List<Rating> ratings(OrganizationId organization) {
        return jdbc.sql("SELECT grade, rated_on, valid_until FROM rating WHERE organization_id = :id ORDER BY rated_on DESC")
                .param("id", organization.value())
                .query((rs, n) -> new Rating(rs.getInt("grade"), date(rs, "rated_on"), date(rs, "valid_until")))
                .list();
    }

    void putRevenueShare(OrganizationId organization, int year, BigDecimal percent) {
        int updated = jdbc.sql("""
                UPDATE government_revenue_share SET share_percent = :share WHERE organization_id = :org AND fiscal_year = :year""")
                .param("org", organization.value()).param("year", year).param("share", percent).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO government_revenue_share (organization_id, fiscal_year, share_percent) VALUES (:org, :year, :share)""")
                    .param("org", organization.value()).param("year", year).param("share", percent).update();
        }
    }

    /** Every organization's standing on the day, read in one query per kind of fact. */
    Map<OrganizationId, Standing> standings(LocalDate day) {
        Map<UUID, List<Rating>> ratings = grouped("SELECT organization_id, grade, rated_on, valid_until FROM rating",
                (rs, n) -> new Rating(rs.getInt("grade"), date(rs, "rated_on"), date(rs, "valid_until")));
        Map<UUID, List<CreditListEntry>> entries = grouped(
                "SELECT organization_id, credit_list, listed_on, removed_on FROM credit_list_entry",
                (rs, n) -> new CreditListEntry(CreditListEntry.CreditList.valueOf(rs.getString("credit_list")), date(rs, "listed_on"),
                        date(rs, "removed_on")));
        Map<UUID, List<ProcurementBan>> bans = grouped("SELECT organization_id, from_date, last_day FROM procurement_ban",
                (rs, n) -> new ProcurementBan(date(rs, "from_date"), date(rs, "last_day")));
        Map<UUID, List<HostTie>> hosts = grouped("SELECT organization_id, organ_id, role, decoupled_on FROM host_tie",
                (rs, n) -> new HostTie(new OrganizationId(rs.getObject("organ_id", UUID.class)),
                        HostTie.Role.valueOf(rs.getString("role")), date(rs, "decoupled_on")));
        Set<UUID> organizations = new HashSet<>();
        List.of(ratings, entries, bans, hosts).forEach(facts -> organizations.addAll(facts.keySet()));
        Map<OrganizationId, Standing> standings = new HashMap<>();
        for (UUID id : organizations) {
            standings.put(new OrganizationId(id), Standing.on(day, ratings.getOrDefault(id, List.of()),
                    entries.getOrDefault(id, List.of()), bans.getOrDefault(id, List.of()), hosts.getOrDefault(id, List.of())));
        }
        return standings;
    }

    private <T> Map<UUID, List<T>> grouped(String sql, RowMapper<T> fact) {
        Map<UUID, List<T>> grouped = new HashMap<>();
        jdbc.sql(sql).query(rs -> {
            grouped.computeIfAbsent(rs.getObject("organization_id", UUID.class), id -> new ArrayList<>()).add(fact.mapRow(rs, 0));
        });
        return grouped;
    }

    /** The organization's record as its page shows it; names of people only for those who may read them. */
    SupplierRecord record(OrganizationId organization, boolean withPeople) {
        UUID id = organization.value();
        List<SupplierRecord.Host> hosts = jdbc.sql("""
                SELECT h.id, h.role, h.decoupled_on, o.name_zh, o.name_en FROM host_tie h JOIN organization o ON o.id = h.organ_id
                WHERE h.organization_id = :id ORDER BY h.decoupled_on""")
                .param("id", id)
                .query((rs, n) -> new SupplierRecord.Host(rs.getObject("id", UUID.class), HostTie.Role.valueOf(rs.getString("role")), rs.getString("name_zh"),
                        rs.getString("name_en"), date(rs, "decoupled_on")))
                .list();
        List<SupplierRecord.Listing> listings = jdbc.sql("""
                SELECT id, credit_list, listed_on, removed_on, reason FROM credit_list_entry WHERE organization_id = :id
                ORDER BY listed_on DESC""")
                .param("id", id)
                .query((rs, n) -> new SupplierRecord.Listing(rs.getObject("id", UUID.class),
                        CreditListEntry.CreditList.valueOf(rs.getString("credit_list")),
                        date(rs, "listed_on"), date(rs, "removed_on"), rs.getString("reason")))
                .list();
        List<SupplierRecord.Ban> bans = jdbc.sql("""
                SELECT from_date, last_day, reason FROM procurement_ban WHERE organization_id = :id ORDER BY from_date DESC""")
                .param("id", id)
                .query((rs, n) -> new SupplierRecord.Ban(date(rs, "from_date"), date(rs, "last_day"), rs.getString("reason")))
                .list();
        List<SupplierRecord.Share> shares = jdbc.sql("""
                SELECT fiscal_year, share_percent FROM government_revenue_share WHERE organization_id = :id
                ORDER BY fiscal_year DESC""")
                .param("id", id)
                .query((rs, n) -> new SupplierRecord.Share(rs.getInt("fiscal_year"), rs.getBigDecimal("share_percent")))
                .list();
        List<SupplierRecord.Officer> officers = !withPeople ? List.of() : jdbc.sql("""
                SELECT pp.id, p.id AS person_id, p.name, pp.post, pp.from_date, pp.until_date,
                       (SELECT COUNT(*) FROM civil_service c WHERE c.person_id = p.id) AS official
                FROM person_position pp JOIN person p ON p.id = pp.person_id
                WHERE pp.organization_id = :id ORDER BY pp.from_date""")
                .param("id", id)
                .query((rs, n) -> new SupplierRecord.Officer(rs.getObject("id", UUID.class),
                        rs.getObject("person_id", UUID.class), rs.getString("name"), Post.valueOf(rs.getString("post")),
                        date(rs, "from_date"), date(rs, "until_date"), rs.getLong("official") > 0))
                .list();
        List<SupplierRecord.PoorPerformance> poor = jdbc.sql("""
                SELECT contract_id, procedure_reference, lot_number, total, evaluated_on FROM poor_performance_entry
                WHERE organization_id = :id ORDER BY evaluated_on DESC, contract_id""")
                .param("id", id)
                .query((rs, n) -> new SupplierRecord.PoorPerformance(rs.getObject("contract_id", UUID.class), rs.getString("procedure_reference"),
                        rs.getInt("lot_number"), rs.getBigDecimal("total"), date(rs, "evaluated_on")))
                .list();
        return new SupplierRecord(ratings(organization), hosts, listings, bans, shares, officers, poor);
    }

    /** Each ends an open fact of the organization once; false when there is none to end on that day. */
    boolean removeFromCreditList(UUID entry, OrganizationId organization, LocalDate on) {
        return jdbc.sql("""
                UPDATE credit_list_entry SET removed_on = :on
                WHERE id = :id AND organization_id = :org AND removed_on IS NULL AND listed_on <= :on""")
                .param("on", on).param("id", entry).param("org", organization.value()).update() == 1;
    }

    boolean endPosition(UUID position, OrganizationId organization, LocalDate on) {
        return jdbc.sql("""
                UPDATE person_position SET until_date = :on
                WHERE id = :id AND organization_id = :org AND until_date IS NULL AND from_date <= :on""")
                .param("on", on).param("id", position).param("org", organization.value()).update() == 1;
    }

    boolean decouple(UUID tie, OrganizationId organization, LocalDate on) {
        return jdbc.sql("""
                UPDATE host_tie SET decoupled_on = :on WHERE id = :id AND organization_id = :org AND decoupled_on IS NULL""")
                .param("on", on).param("id", tie).param("org", organization.value()).update() == 1;
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
