package org.cogov.procurement.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cogov.procurement.BidderAsked;
import org.cogov.procurement.Method;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.bidding.FinalQuotations;
import org.cogov.procurement.bidding.FinalQuotationsOpened;
import org.cogov.procurement.evaluation.LotEvaluation.Stage;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rounds of talks of a competitive negotiation (竞争性谈判) or consultation (竞争性磋商), once the clarification leaves
 * enough valid suppliers: the panel talks with each separately and records the minutes, amends the requirements for
 * all alike, then calls for sealed final quotations; once the custodians open them ({@link FinalQuotations}), the lot
 * goes on to scoring or to the ranking by the lowest final price.
 */
@Service
public class Negotiation {

    static final int MAX_ROUNDS = 99;

    private final Publication publication;
    private final FinalQuotations finalQuotations;
    private final EvaluationRecords records;
    private final EvaluationSettings settings;
    private final LotAccess access;
    private final Stages stages;
    private final EvaluationViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Negotiation(Publication publication, FinalQuotations finalQuotations, EvaluationRecords records, EvaluationSettings settings,
            LotAccess access, Stages stages, EvaluationViews views, ApplicationEventPublisher events, Clock clock) {
        this.publication = publication;
        this.finalQuotations = finalQuotations;
        this.records = records;
        this.settings = settings;
        this.access = access;
        this.stages = stages;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    /** Competitive negotiation and consultation talk with the suppliers in rounds, then take sealed final quotations. */
    static boolean negotiates(Method method) {
        return method == Method.COMPETITIVE_NEGOTIATION || method == Method.COMPETITIVE_CONSULTATION;
    }

    /**
     * A seated member records the minutes of one round's talk with one valid supplier (谈判/磋商记录), once per round.
     * The panel and the purchaser read them; no other supplier does.
     */
    @Transactional
    public LotEvaluation recordMinutes(Actor actor, ProcedureId id, int lot, UUID bidder, int round, String text) {
        actor.require("procurement:evaluation:review", "procurement.evaluation.minutes", "procedure", id.value());
        Publication.PublishedProcedure published = access.seatedOn(actor, id, lot);
        EvaluationRecords.Row row = records.lock(id, lot)
                .orElseThrow(() -> RuleViolation.conflict("procurement.evaluation.not-started", published.procedure().reference()));
        Stages.expect(row, Stage.NEGOTIATION, published.procedure());
        if (!stages.validBids(id, lot).containsKey(bidder)) {
            throw RuleViolation.refused("procurement.evaluation.negotiation.not-valid", "bidder");
        }
        if (round < 1 || round > MAX_ROUNDS) {
            throw RuleViolation.refused("procurement.evaluation.negotiation.round", "round", MAX_ROUNDS);
        }
        String minutes = negotiationText(text, "text");
        if (!records.minutes(UUID.randomUUID(), id, lot, bidder, round, minutes, actor.userId(), clock.instant())) {
            throw RuleViolation.conflict("procurement.evaluation.negotiation.minutes-recorded", round);
        }
        step(actor, "procurement.evaluation.minutes-recorded", id, lot, Map.of("bidder", bidder.toString(), "round",
                Integer.toString(round)));
        return views.view(published, lot, actor);
    }

    /**
     * A seated member records a written amendment of the requirements (the documents' technical or service terms,
     * the contract's terms) agreed in the talks: it is sent to every remaining valid supplier alike.
     */
    @Transactional
    public LotEvaluation amendRequirements(Actor actor, ProcedureId id, int lot, String text) {
        actor.require("procurement:evaluation:review", "procurement.evaluation.amend", "procedure", id.value());
        Publication.PublishedProcedure published = access.seatedOn(actor, id, lot);
        EvaluationRecords.Row row = records.lock(id, lot)
                .orElseThrow(() -> RuleViolation.conflict("procurement.evaluation.not-started", published.procedure().reference()));
        Stages.expect(row, Stage.NEGOTIATION, published.procedure());
        String amendment = negotiationText(text, "text");
        UUID amendmentId = UUID.randomUUID();
        Instant now = clock.instant();
        records.amendment(amendmentId, id, lot, amendment, actor.userId(), now);
        for (UUID bidder : stages.validBids(id, lot).keySet()) {
            events.publishEvent(new BidderAsked(actor.userId(), actor.organizationId(), id.value(), published.procedure().reference(),
                    lot, bidder, BidderAsked.Request.REQUIREMENTS_AMENDED, now, Map.of("amendment", amendmentId.toString())));
        }
        return views.view(published, lot, actor);
    }

    /**
     * A seated member ends the talks and calls for sealed final quotations from every remaining valid supplier, due
     * at the given time or after the setting's time (a day). Each is told at once.
     */
    @Transactional
    public LotEvaluation callForFinalQuotations(Actor actor, ProcedureId id, int lot, @Nullable Instant due) {
        actor.require("procurement:evaluation:review", "procurement.evaluation.call-final-quotations", "procedure", id.value());
        Publication.PublishedProcedure published = access.seatedOn(actor, id, lot);
        EvaluationRecords.Row row = records.lock(id, lot)
                .orElseThrow(() -> RuleViolation.conflict("procurement.evaluation.not-started", published.procedure().reference()));
        Stages.expect(row, Stage.NEGOTIATION, published.procedure());
        Instant now = clock.instant();
        Instant dueAt = due == null ? now.plus(settings.finalQuotationTime()) : due;
        List<UUID> suppliers = List.copyOf(stages.validBids(id, lot).keySet());
        finalQuotations.call(id, lot, suppliers, dueAt);
        records.finalQuotationsCalled(id, lot, dueAt);
        for (UUID bidder : suppliers) {
            events.publishEvent(new BidderAsked(actor.userId(), actor.organizationId(), id.value(), published.procedure().reference(),
                    lot, bidder, BidderAsked.Request.FINAL_QUOTATION, dueAt, Map.of()));
        }
        step(actor, "procurement.evaluation.final-quotations-called", id, lot, Map.of("due", dueAt.toString()));
        return views.view(published, lot, actor);
    }

    /**
     * The custodians opened the lot's final quotations: each remaining valid supplier's opened final price counts
     * from now on; a supplier without one, or whose one did not open, is invalid. Then the lot goes on to scoring
     * (consultation) or to the ranking by the lowest final price (negotiation), if suppliers enough are left.
     */
    @EventListener
    public void on(FinalQuotationsOpened event) {
        ProcedureId id = new ProcedureId(event.procedureId());
        Publication.PublishedProcedure published = publication.published(id).orElseThrow();
        if (records.lock(id, event.lot()).filter(r -> r.stage() == Stage.FINAL_QUOTATIONS).isEmpty()) {
            return;
        }
        stages.advance(new Opener(event.actorId(), event.organizationId()), published, LotAccess.lotOf(published, event.lot()));
    }

    /** The custodian whose share opened the final quotations, as the one who moved the lot on; it may do nothing else. */
    private record Opener(UUID userId, UUID organizationId) implements Actor {

        @Override
        public String username() {
            return userId.toString();
        }

        @Override
        public boolean can(String permission) {
            return false;
        }
    }

    /** The stripped text of minutes or an amendment, refused when empty or too long. */
    private static String negotiationText(@Nullable String text, String field) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > Evaluation.MAX_EXPLANATION) {
            throw RuleViolation.refused("procurement.evaluation.negotiation.text", field, Evaluation.MAX_EXPLANATION);
        }
        return stripped;
    }

    private void step(Actor actor, String action, ProcedureId id, int lot, Map<String, String> details) {
        events.publishEvent(new EvaluationStep(actor.userId(), actor.organizationId(), action, id.value(), lot, details));
    }
}
