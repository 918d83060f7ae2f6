package org.cogov.procurement.experts;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cogov.procurement.ProcedureId;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Tie;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Panels with their draws and members. A panel for the whole procedure is stored as lot 0. A member's row is
 * never removed: one who declines keeps it, and its successor takes the same seat.
 */
@Repository
class PanelRecords {

    /** A panel as stored: how it was sized and drawn. */
    record StoredPanel(UUID id, ProcedureId procedure, int lot, int seats, int expertSeats, int minimum, BigDecimal budget,
            boolean complex, @Nullable String complexWhy, String catalogueCode, LocalDate evaluationDay, String seed, UUID drawnBy,
            Instant drawnAt, @Nullable Instant seatedAt) {

        @Nullable Integer lotOrWhole() {
            return lot == 0 ? null : lot;
        }
    }

    /** A member's row: who, in which seat, drawn at which rank (experts), and what it declared. */
    record StoredMember(UUID panel, UUID user, int seat, PanelMember.Kind kind, @Nullable ExpertId expert, String name,
            PanelMember.Status status, Instant joinedAt, @Nullable Instant declaredAt, boolean conflict, @Nullable String reason) {

        PanelMember view() {
            return new PanelMember(user, name, kind, status, declaredAt);
        }
    }

    private static final String PANEL = """
            SELECT id, procedure_id, lot_number, seats, expert_seats, minimum, budget, complex, complex_why, catalogue_code,
                   evaluation_day, seed, drawn_by, drawn_at, seated_at
            FROM panel""";
    private static final String MEMBER = """
            SELECT panel_id, user_id, seat, kind, expert_id, name, status, joined_at, declared_at, conflict, reason
            FROM panel_member""";

    private final JdbcClient jdbc;

    PanelRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the procedure's row until the transaction ends, so that two draws of one procedure run one after the other. */
    void lockProcedure(ProcedureId procedure) {
        jdbc.sql("SELECT id FROM procurement_procedure WHERE id = :id FOR UPDATE").param("id", procedure.value())
                .query(UUID.class).optional();
    }

    /** Locks a panel's row until the transaction ends, so that two changes of its seats run one after the other. */
    void lockPanel(UUID panel) {
        jdbc.sql("SELECT id FROM panel WHERE id = :id FOR UPDATE").param("id", panel).query(UUID.class).optional();
    }

    void add(StoredPanel panel, PanelDraw draw) {
        jdbc.sql("""
                INSERT INTO panel (id, procedure_id, lot_number, seats, expert_seats, minimum, budget, complex, complex_why,
                                   catalogue_code, evaluation_day, seed, drawn_by, drawn_at)
                VALUES (:id, :procedure, :lot, :seats, :expertSeats, :minimum, :budget, :complex, :complexWhy, :code, :day, :seed,
                        :by, :at)""")
                .param("id", panel.id()).param("procedure", panel.procedure().value()).param("lot", panel.lot())
                .param("seats", panel.seats()).param("expertSeats", panel.expertSeats()).param("minimum", panel.minimum())
                .param("budget", panel.budget()).param("complex", panel.complex()).param("complexWhy", panel.complexWhy())
                .param("code", panel.catalogueCode()).param("day", panel.evaluationDay()).param("seed", panel.seed())
                .param("by", panel.drawnBy()).param("at", panel.drawnAt().atOffset(ZoneOffset.UTC)).update();
        for (int place = 0; place < draw.candidates().size(); place++) {
            ExpertId expert = draw.candidates().get(place);
            jdbc.sql("INSERT INTO panel_candidate (panel_id, place, expert_id, draw_rank) VALUES (:panel, :place, :expert, :rank)")
                    .param("panel", panel.id()).param("place", place + 1).param("expert", expert.value())
                    .param("rank", draw.rankOf(expert)).update();
        }
        int number = 0;
        for (PanelDraw.Exclusion exclusion : draw.exclusions()) {
            jdbc.sql("""
                    INSERT INTO panel_exclusion (panel_id, number, expert_id, reason, organization_id, tie)
                    VALUES (:panel, :number, :expert, :reason, :organization, :tie)""")
                    .param("panel", panel.id()).param("number", ++number).param("expert", exclusion.expert().value())
                    .param("reason", exclusion.reason().name())
                    .param("organization", exclusion.organization() == null ? null : exclusion.organization().value())
                    .param("tie", exclusion.tie() == null ? null : exclusion.tie().name()).update();
        }
    }

    void addMember(UUID panel, UUID user, int seat, PanelMember.Kind kind, @Nullable ExpertId expert, String name, Instant at) {
        int joined = jdbc.sql("SELECT COUNT(*) FROM panel_member WHERE panel_id = :panel").param("panel", panel)
                .query(Integer.class).single() + 1;
        jdbc.sql("""
                INSERT INTO panel_member (panel_id, user_id, joined, seat, kind, expert_id, name, status, joined_at, conflict)
                VALUES (:panel, :user, :joined, :seat, :kind, :expert, :name, 'DRAWN', :at, FALSE)""")
                .param("panel", panel).param("user", user).param("joined", joined).param("seat", seat).param("kind", kind.name())
                .param("expert", expert == null ? null : expert.value()).param("name", name)
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    /** Moves a member from one status to another, once: false when it is no longer in the first. */
    boolean settle(UUID panel, UUID user, PanelMember.Status from, PanelMember.Status to, Instant at, boolean conflict,
            @Nullable String reason) {
        return jdbc.sql("""
                UPDATE panel_member SET status = :to, declared_at = :at, conflict = :conflict, reason = :reason
                WHERE panel_id = :panel AND user_id = :user AND status = :from""")
                .param("to", to.name()).param("at", at.atOffset(ZoneOffset.UTC)).param("conflict", conflict)
                .param("reason", reason).param("panel", panel).param("user", user).param("from", from.name()).update() == 1;
    }

    /** Marks the panel seated once: false when it was already. */
    boolean markSeated(UUID panel, Instant at) {
        return jdbc.sql("UPDATE panel SET seated_at = :at WHERE id = :id AND seated_at IS NULL")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("id", panel).update() == 1;
    }

    /** A seat fell vacant: the panel is no longer seated until it is filled again. */
    void markUnseated(UUID panel) {
        jdbc.sql("UPDATE panel SET seated_at = NULL WHERE id = :id").param("id", panel).update();
    }

    Optional<StoredPanel> find(UUID id) {
        return jdbc.sql(PANEL + " WHERE id = :id").param("id", id).query(PanelRecords::panel).optional();
    }

    List<StoredPanel> ofProcedure(ProcedureId procedure) {
        return jdbc.sql(PANEL + " WHERE procedure_id = :p ORDER BY lot_number").param("p", procedure.value())
                .query(PanelRecords::panel).list();
    }

    /** The panels the user is or was a member of, newest first. */
    List<StoredPanel> ofMember(UUID user) {
        return jdbc.sql(PANEL + " WHERE id IN (SELECT panel_id FROM panel_member WHERE user_id = :user) ORDER BY drawn_at DESC, id")
                .param("user", user).query(PanelRecords::panel).list();
    }

    List<StoredMember> members(UUID panel) {
        return jdbc.sql(MEMBER + " WHERE panel_id = :panel ORDER BY joined").param("panel", panel)
                .query(PanelRecords::member).list();
    }

    Optional<StoredMember> member(UUID panel, UUID user) {
        return jdbc.sql(MEMBER + " WHERE panel_id = :panel AND user_id = :user").param("panel", panel).param("user", user)
                .query(PanelRecords::member).optional();
    }

    /** The candidates in the order of their ids (place 1, 2, …). */
    List<ExpertId> candidates(UUID panel) {
        return jdbc.sql("SELECT expert_id FROM panel_candidate WHERE panel_id = :panel ORDER BY place").param("panel", panel)
                .query((rs, n) -> new ExpertId(rs.getObject("expert_id", UUID.class))).list();
    }

    /** The candidates in the order the draw gave them (rank 1, 2, …). */
    List<ExpertId> order(UUID panel) {
        return jdbc.sql("SELECT expert_id FROM panel_candidate WHERE panel_id = :panel ORDER BY draw_rank").param("panel", panel)
                .query((rs, n) -> new ExpertId(rs.getObject("expert_id", UUID.class))).list();
    }

    List<PanelDraw.Exclusion> exclusions(UUID panel) {
        return jdbc.sql("SELECT expert_id, reason, organization_id, tie FROM panel_exclusion WHERE panel_id = :panel ORDER BY number")
                .param("panel", panel)
                .query((rs, n) -> new PanelDraw.Exclusion(new ExpertId(rs.getObject("expert_id", UUID.class)),
                        PanelDraw.Reason.valueOf(rs.getString("reason")),
                        rs.getObject("organization_id", UUID.class) == null ? null
                                : new OrganizationId(rs.getObject("organization_id", UUID.class)),
                        rs.getString("tie") == null ? null : Tie.Kind.valueOf(rs.getString("tie"))))
                .list();
    }

    private static StoredPanel panel(ResultSet rs, int n) throws SQLException {
        OffsetDateTime seated = rs.getObject("seated_at", OffsetDateTime.class);
        return new StoredPanel(rs.getObject("id", UUID.class), new ProcedureId(rs.getObject("procedure_id", UUID.class)),
                rs.getInt("lot_number"), rs.getInt("seats"), rs.getInt("expert_seats"), rs.getInt("minimum"),
                rs.getBigDecimal("budget"), rs.getBoolean("complex"), rs.getString("complex_why"), rs.getString("catalogue_code"),
                rs.getObject("evaluation_day", LocalDate.class), rs.getString("seed"), rs.getObject("drawn_by", UUID.class),
                rs.getObject("drawn_at", OffsetDateTime.class).toInstant(), seated == null ? null : seated.toInstant());
    }

    private static StoredMember member(ResultSet rs, int n) throws SQLException {
        OffsetDateTime declared = rs.getObject("declared_at", OffsetDateTime.class);
        UUID expert = rs.getObject("expert_id", UUID.class);
        return new StoredMember(rs.getObject("panel_id", UUID.class), rs.getObject("user_id", UUID.class), rs.getInt("seat"),
                PanelMember.Kind.valueOf(rs.getString("kind")), expert == null ? null : new ExpertId(expert), rs.getString("name"),
                PanelMember.Status.valueOf(rs.getString("status")), rs.getObject("joined_at", OffsetDateTime.class).toInstant(),
                declared == null ? null : declared.toInstant(), rs.getBoolean("conflict"), rs.getString("reason"));
    }
}
