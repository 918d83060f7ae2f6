package org.cogov.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Organizations {

    private final JdbcClient jdbc;
    private final Clock clock;

    Organizations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Organization> find(OrganizationId id) {
        return jdbc.sql("SELECT id, credit_code, name_zh, name_en, kind FROM organization WHERE id = :id")
                .param("id", id.value())
                .query((rs, row) -> map(rs))
                .optional();
    }

    Optional<Organization> findByCreditCode(String creditCode) {
        return jdbc.sql("SELECT id, credit_code, name_zh, name_en, kind FROM organization WHERE credit_code = :code")
                .param("code", creditCode)
                .query((rs, row) -> map(rs))
                .optional();
    }

    List<Organization> all() {
        return jdbc.sql("SELECT id, credit_code, name_zh, name_en, kind FROM organization ORDER BY name_zh")
                .query((rs, row) -> map(rs))
                .list();
    }

    void add(Organization organization, RegistrationStatus status) {
        jdbc.sql("""
                INSERT INTO organization (id, credit_code, name_zh, name_en, kind, created_at, registration_status)
                VALUES (:id, :code, :nameZh, :nameEn, :kind, :at, :status)
                """)
                .param("status", status.name())
                .param("id", organization.id().value())
                .param("code", organization.creditCode())
                .param("nameZh", organization.nameZh())
                .param("nameEn", organization.nameEn())
                .param("kind", organization.kind().name())
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    private static final String PROFILE_COLUMNS = """
            id, legal_representative, registration_authority, registered_on, address, contact_name, contact_phone,
            contact_email""";

    Optional<Profile> profile(OrganizationId id) {
        return jdbc.sql("SELECT " + PROFILE_COLUMNS + " FROM organization WHERE id = :id")
                .param("id", id.value())
                .query((rs, row) -> profile(rs))
                .optional();
    }

    /** Every organization's profile in one query, for lists. */
    Map<OrganizationId, Profile> profiles() {
        Map<OrganizationId, Profile> profiles = new HashMap<>();
        jdbc.sql("SELECT " + PROFILE_COLUMNS + " FROM organization")
                .query(rs -> {
                    profiles.put(new OrganizationId(rs.getObject("id", UUID.class)), profile(rs));
                });
        return profiles;
    }

    private static Profile profile(ResultSet rs) throws SQLException {
        return new Profile(rs.getString("legal_representative"), rs.getString("registration_authority"),
                rs.getObject("registered_on", LocalDate.class), rs.getString("address"),
                rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("contact_email"));
    }

    void changeProfile(OrganizationId id, Profile profile) {
        jdbc.sql("""
                UPDATE organization
                SET legal_representative = :representative, registration_authority = :authority,
                    registered_on = :registeredOn, address = :address, contact_name = :contactName,
                    contact_phone = :contactPhone, contact_email = :contactEmail, version = version + 1
                WHERE id = :id
                """)
                .param("id", id.value())
                .param("representative", profile.legalRepresentative())
                .param("authority", profile.registrationAuthority())
                .param("registeredOn", profile.registeredOn())
                .param("address", profile.address())
                .param("contactName", profile.contactName())
                .param("contactPhone", profile.contactPhone())
                .param("contactEmail", profile.contactEmail())
                .update();
    }

    Optional<RegistrationStatus> status(OrganizationId id) {
        return jdbc.sql("SELECT registration_status FROM organization WHERE id = :id").param("id", id.value())
                .query(String.class).optional().map(RegistrationStatus::valueOf);
    }

    List<Organization> withStatus(RegistrationStatus status) {
        return jdbc.sql("""
                SELECT id, credit_code, name_zh, name_en, kind FROM organization
                WHERE registration_status = :status ORDER BY created_at
                """)
                .param("status", status.name())
                .query((rs, row) -> map(rs))
                .list();
    }

    /** Moves a pending registration to its decision; false if someone decided it meanwhile. */
    boolean decide(OrganizationId id, RegistrationStatus decision, String reason, UUID by) {
        return jdbc.sql("""
                UPDATE organization
                SET registration_status = :decision, status_reason = :reason, status_changed_by = :by,
                    status_changed_at = :at, version = version + 1
                WHERE id = :id AND registration_status = 'PENDING'
                """)
                .param("id", id.value()).param("decision", decision.name()).param("reason", reason).param("by", by)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    private static Organization map(ResultSet rs) throws SQLException {
        return new Organization(new OrganizationId(rs.getObject("id", UUID.class)), rs.getString("credit_code"),
                rs.getString("name_zh"), rs.getString("name_en"), OrganizationKind.valueOf(rs.getString("kind")));
    }
}
