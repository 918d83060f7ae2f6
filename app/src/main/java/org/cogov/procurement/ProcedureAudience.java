package org.cogov.procurement;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cogov.registry.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom the platform tells about a procedure: the organizations that run it, the users who
 * obtained its documents, and the asker of an enquiry. The platform's own use only — for the notification module — and never
 * shown: before the opening nobody may learn who downloaded the documents, nor how many did.
 */
@Service
public class ProcedureAudience {

    private final JdbcClient jdbc;
    private final Procedures procedures;

    ProcedureAudience(JdbcClient jdbc, Procedures procedures) {
        this.jdbc = jdbc;
        this.procedures = procedures;
    }

    /** The users who downloaded any of the procedure's documents, whatever their organization. */
    @Transactional(readOnly = true)
    public Set<UUID> downloaders(UUID procedure) {
        return new LinkedHashSet<>(jdbc.sql("SELECT DISTINCT user_id FROM procurement_download WHERE procedure_id = :p")
                .param("p", procedure).query(UUID.class).list());
    }

    /** The user who asked an enquiry: told of the answer, and named to nobody. */
    @Transactional(readOnly = true)
    public Optional<UUID> asker(UUID enquiry) {
        return jdbc.sql("SELECT asked_by FROM procurement_enquiry WHERE id = :id").param("id", enquiry).query(UUID.class)
                .optional();
    }

    /** The purchaser, and the agency when one runs the procedure for it; none for an unknown procedure. */
    @Transactional(readOnly = true)
    public Set<UUID> runners(UUID procedure) {
        Set<UUID> runners = new LinkedHashSet<>();
        procedures.find(new ProcedureId(procedure)).ifPresent(p -> {
            runners.add(p.purchaser().value());
            OrganizationId agency = p.agency();
            if (agency != null) {
                runners.add(agency.value());
            }
        });
        return runners;
    }
}
