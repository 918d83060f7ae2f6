package org.cogov.procurement.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.cogov.procurement.EvaluationCompleted;
import org.cogov.procurement.EvaluationResults;
import org.cogov.procurement.Lot;
import org.cogov.procurement.Method;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Suppliers;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The small-purchase path below the procurement limit: once its purchase notice's deadline has passed, the
 * purchaser records per lot the written quotations it received (each received after the notice), compares
 * them on the record, and chooses a supplier among them, always with its reason. Fewer quotations than the
 * rule table asks (MIN_QUOTATIONS) need a reason of their own; an excluded supplier, or a price above the
 * lot's budget, is refused. When every lot has its choice the procedure waits for the award, the chosen
 * supplier first.
 */
@Service
public class SmallPurchases {

    static final int MAX_TEXT = 2000;

    /** A quotation as recorded. */
    public record Quotation(UUID supplier, String supplierZh, String supplierEn, BigDecimal price, LocalDate receivedOn,
            @Nullable String note, Instant recordedAt) {
    }

    /** The supplier chosen and why; {@code fewerReason} when fewer quotations than the rule asks were compared. */
    public record Choice(UUID supplier, String reason, @Nullable String fewerReason, Instant chosenAt) {
    }

    /** A lot of a small purchase: its quotations, cheapest first, the number the rule asks, and the choice once made. */
    public record Comparison(UUID procedure, String reference, int lot, String lotTitle, BigDecimal budget, int needed,
            List<Quotation> quotations, @Nullable Choice choice) {

        public Comparison {
            quotations = List.copyOf(quotations);
        }
    }

    private final Publication publication;
    private final EvaluationResults results;
    private final Suppliers suppliers;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final WorkingDays workingDays;
    private final Clock clock;

    SmallPurchases(Publication publication, EvaluationResults results, Suppliers suppliers, JdbcClient jdbc,
            ApplicationEventPublisher events, WorkingDays workingDays, Clock clock) {
        this.publication = publication;
        this.results = results;
        this.suppliers = suppliers;
        this.jdbc = jdbc;
        this.events = events;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /**
     * Records a written quotation of a supplier for a lot, once per supplier, after the deadline and before
     * the choice. A supplier excluded from supplying the purchaser is refused.
     */
    @Transactional
    public Comparison quote(Actor actor, ProcedureId id, int lot, UUID supplier, BigDecimal price, LocalDate receivedOn,
            @Nullable String note) {
        actor.require("procurement:evaluation:run", "procurement.small-purchase.quote", "procedure", id.value());
        Publication.PublishedProcedure published = closedSmallPurchase(actor, id);
        lotOf(published, lot);
        if (choice(id, lot) != null) {
            throw RuleViolation.conflict("procurement.small-purchase.chosen-already", published.procedure().reference());
        }
        if (price == null || price.signum() <= 0 || price.stripTrailingZeros().scale() > 2) {
            throw RuleViolation.refused("procurement.small-purchase.price", "price");
        }
        LocalDate today = clock.instant().atZone(workingDays.zone()).toLocalDate();
        LocalDate noticeOn = published.procedure().timetable().noticeOn();
        if (receivedOn == null || receivedOn.isAfter(today) || noticeOn != null && receivedOn.isBefore(noticeOn)) {
            throw RuleViolation.refused("procurement.small-purchase.received-on", "receivedOn");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_TEXT) {
            throw RuleViolation.refused("procurement.small-purchase.note", "note", MAX_TEXT);
        }
        if (suppliers.eligibility(new OrganizationId(supplier), published.procedure().purchaser(), today).isExcluded()) {
            throw RuleViolation.refused("procurement.small-purchase.excluded", "supplier");
        }
        try {
            jdbc.sql("""
                    INSERT INTO small_purchase_quotation (procedure_id, lot_number, supplier_id, price, received_on, note,
                                                          recorded_by, recorded_at)
                    VALUES (:p, :lot, :s, :price, :on, :note, :by, :at)""")
                    .param("p", id.value()).param("lot", lot).param("s", supplier).param("price", price).param("on", receivedOn)
                    .param("note", text).param("by", actor.userId()).param("at", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException e) {
            throw RuleViolation.conflict("procurement.small-purchase.quoted-already", published.procedure().reference());
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw RuleViolation.refused("procurement.small-purchase.supplier-unknown", "supplier");
        }
        events.publishEvent(new EvaluationStep(actor.userId(), actor.organizationId(), "procurement.small-purchase.quoted",
                id.value(), lot, Map.of("supplier", supplier.toString(), "price", price.toPlainString())));
        return comparison(published, lot);
    }

    /**
     * Chooses the supplier of a lot among its quotations, with the reason; when fewer quotations than the
     * rule asks were compared, with the reason for that too. The last lot's choice sends the procedure to
     * the award.
     */
    @Transactional
    public Comparison choose(Actor actor, ProcedureId id, int lot, UUID supplier, String reason, @Nullable String fewerReason) {
        actor.require("procurement:evaluation:run", "procurement.small-purchase.choose", "procedure", id.value());
        Publication.PublishedProcedure published = closedSmallPurchase(actor, id);
        Lot theLot = lotOf(published, lot);
        Comparison comparison = comparison(published, lot);
        if (comparison.choice() != null) {
            throw RuleViolation.conflict("procurement.small-purchase.chosen-already", published.procedure().reference());
        }
        Quotation chosen = comparison.quotations().stream().filter(q -> q.supplier().equals(supplier)).findFirst()
                .orElseThrow(() -> RuleViolation.refused("procurement.small-purchase.not-quoted", "supplier"));
        String why = text(reason, true, "reason");
        String fewer = text(fewerReason, comparison.quotations().size() < comparison.needed(), "fewerReason");
        if (chosen.price().compareTo(theLot.budget().amount()) > 0) {
            throw RuleViolation.refused("procurement.small-purchase.over-budget", "supplier",
                    theLot.budget().amount().toPlainString());
        }
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO small_purchase_choice (procedure_id, lot_number, supplier_id, reason, fewer_reason, chosen_by, chosen_at)
                VALUES (:p, :lot, :s, :reason, :fewer, :by, :at)""")
                .param("p", id.value()).param("lot", lot).param("s", supplier).param("reason", why).param("fewer", fewer)
                .param("by", actor.userId()).param("at", now.atOffset(java.time.ZoneOffset.UTC)).update();
        List<Quotation> ranked = Stream.concat(Stream.of(chosen), comparison.quotations().stream().filter(q -> q != chosen)).toList();
        events.publishEvent(new EvaluationStep(actor.userId(), actor.organizationId(), "procurement.small-purchase.chosen",
                id.value(), lot, Map.of("supplier", supplier.toString(), "quotations",
                        Integer.toString(comparison.quotations().size()))));
        events.publishEvent(new EvaluationCompleted(actor.userId(), published.procedure().purchaser().value(), id.value(),
                published.procedure().reference(), lot, ranked.stream().map(Quotation::supplier).toList(),
                ranked.stream().map(Quotation::price).toList(), List.of(), now));
        boolean everyLot = published.lots().stream().allMatch(l -> l.number() == lot || choice(id, l.number()) != null);
        if (everyLot) {
            results.chosen(id);
        }
        return comparison(published, lot);
    }

    /** A lot's quotations and choice, for the purchaser who runs it, FINANCE and auditors. */
    @Transactional(readOnly = true)
    public Comparison comparison(Actor actor, ProcedureId id, int lot) {
        Publication.PublishedProcedure published = publication.published(id)
                .filter(p -> p.procedure().method() == Method.SMALL_PURCHASE)
                .filter(p -> p.procedure().isRunBy(actor.organizationId()) && actor.can("procurement:evaluation:run")
                        || actor.can("procurement:evaluation:read"))
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        return comparison(published, lot);
    }

    private Comparison comparison(Publication.PublishedProcedure published, int lot) {
        Lot theLot = lotOf(published, lot);
        ProcedureId id = published.procedure().id();
        LocalDate today = clock.instant().atZone(workingDays.zone()).toLocalDate();
        List<Quotation> quotations = jdbc.sql("""
                SELECT q.supplier_id, o.name_zh, o.name_en, q.price, q.received_on, q.note, q.recorded_at
                FROM small_purchase_quotation q JOIN organization o ON o.id = q.supplier_id
                WHERE q.procedure_id = :p AND q.lot_number = :lot""")
                .param("p", id.value()).param("lot", lot)
                .query((rs, n) -> new Quotation(rs.getObject("supplier_id", UUID.class), rs.getString("name_zh"),
                        Objects.requireNonNullElse(rs.getString("name_en"), ""), rs.getBigDecimal("price"),
                        rs.getObject("received_on", LocalDate.class), rs.getString("note"),
                        rs.getObject("recorded_at", java.time.OffsetDateTime.class).toInstant()))
                .list().stream()
                .sorted(Comparator.comparing(Quotation::price).thenComparing(q -> q.supplier().toString())).toList();
        return new Comparison(id.value(), published.procedure().reference(), lot, theLot.title(), theLot.budget().amount(),
                results.minimumQuotations(today).value().intValue(), quotations, choice(id, lot));
    }

    private @Nullable Choice choice(ProcedureId id, int lot) {
        return jdbc.sql("""
                SELECT supplier_id, reason, fewer_reason, chosen_at FROM small_purchase_choice
                WHERE procedure_id = :p AND lot_number = :lot""")
                .param("p", id.value()).param("lot", lot)
                .query((rs, n) -> new Choice(rs.getObject("supplier_id", UUID.class), rs.getString("reason"),
                        rs.getString("fewer_reason"), rs.getObject("chosen_at", java.time.OffsetDateTime.class).toInstant()))
                .optional().orElse(null);
    }

    /** A small purchase the caller runs, past its deadline (closed) and not yet gone on to the award. */
    private Publication.PublishedProcedure closedSmallPurchase(Actor actor, ProcedureId id) {
        Publication.PublishedProcedure published = publication.published(id)
                .filter(p -> p.procedure().isRunBy(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        Procedure procedure = published.procedure();
        if (procedure.method() != Method.SMALL_PURCHASE) {
            throw RuleViolation.conflict("procurement.small-purchase.not-small", procedure.reference());
        }
        if (procedure.state() != Procedure.State.CLOSED) {
            throw RuleViolation.conflict("procurement.small-purchase.not-closed", procedure.reference());
        }
        return published;
    }

    private static Lot lotOf(Publication.PublishedProcedure published, int lot) {
        return published.lots().stream().filter(l -> l.number() == lot).findFirst()
                .orElseThrow(() -> RuleViolation.notFound("procurement.bid.unknown-lot", lot));
    }

    private static @Nullable String text(@Nullable String text, boolean needed, String field) {
        String stripped = text == null ? "" : text.strip();
        if (needed && stripped.isEmpty() || stripped.length() > MAX_TEXT) {
            throw RuleViolation.refused("procurement.small-purchase.reason", field, MAX_TEXT);
        }
        return stripped.isEmpty() ? null : stripped;
    }
}
