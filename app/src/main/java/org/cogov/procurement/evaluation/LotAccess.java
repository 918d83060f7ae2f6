package org.cogov.procurement.evaluation;

import java.util.UUID;

import org.cogov.procurement.Lot;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.experts.Panels;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Who may reach a lot's evaluation, and as whom: the organization running the procedure, a member seated on the lot's
 * panel, a bidder whose bid is evaluated, a reader. Whoever may not is told the procedure is unknown, so that nobody
 * learns of an evaluation they have no part in.
 */
@Component
class LotAccess {

    private final Publication publication;
    private final Panels panels;
    private final EvaluationRecords records;

    LotAccess(Publication publication, Panels panels, EvaluationRecords records) {
        this.publication = publication;
        this.panels = panels;
        this.records = records;
    }

    /** The procedure, for the organization (the purchaser or its agency) that runs it. */
    Publication.PublishedProcedure runBy(Actor actor, ProcedureId id) {
        return publication.published(id).filter(p -> p.procedure().isRunBy(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
    }

    /** The procedure, for a member seated on the lot's panel. */
    Publication.PublishedProcedure seatedOn(Actor actor, ProcedureId id, int lot) {
        if (!panels.seated(actor.userId(), id, lot)) {
            throw RuleViolation.notFound("procurement.procedure.unknown", id.value());
        }
        return publication.published(id).orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
    }

    /** The procedure, for a bidder whose bid the lot's begun evaluation holds. */
    Publication.PublishedProcedure bidderOn(Actor actor, ProcedureId id, int lot) {
        Publication.PublishedProcedure published = publication.published(id)
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        if (records.find(id, lot).isEmpty()
                || records.bids(id, lot).stream().noneMatch(b -> b.bidder().equals(actor.organizationId()))) {
            throw RuleViolation.notFound("procurement.evaluation.not-started", id.value());
        }
        return published;
    }

    /** The procedure, for one who {@linkplain #reads reads} the lot's evaluation. */
    Publication.PublishedProcedure readBy(Actor actor, ProcedureId id, int lot) {
        Publication.PublishedProcedure published = publication.published(id)
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        if (!reads(actor, published, lot)) {
            throw RuleViolation.notFound("procurement.procedure.unknown", id.value());
        }
        return published;
    }

    /** The lot's evaluation is read by the staff running the procedure, a seated member, FINANCE and auditors. */
    boolean reads(Actor actor, Publication.PublishedProcedure published, int lot) {
        return published.procedure().isRunBy(actor.organizationId()) && actor.can("procurement:evaluation:run")
                || actor.can("procurement:evaluation:read")
                || actor.can("procurement:evaluation:review") && panels.seated(actor.userId(), published.procedure().id(), lot);
    }

    static Lot lotOf(Publication.PublishedProcedure published, int lot) {
        return published.lots().stream().filter(l -> l.number() == lot).findFirst()
                .orElseThrow(() -> RuleViolation.notFound("procurement.bid.unknown-lot", lot));
    }

    /** A bid the lot's evaluation holds. */
    EvaluationRecords.BidRow bidOf(ProcedureId id, int lot, UUID bidder) {
        return records.bids(id, lot).stream().filter(b -> b.bidder().equals(bidder)).findFirst()
                .orElseThrow(() -> RuleViolation.notFound("procurement.evaluation.no-bid", bidder));
    }
}
