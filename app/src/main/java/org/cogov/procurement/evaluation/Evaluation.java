package org.cogov.procurement.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cogov.procurement.AwardCriteria;
import org.cogov.procurement.BidderAsked;
import org.cogov.procurement.EvaluationAccess;
import org.cogov.procurement.EvaluationCompleted;
import org.cogov.procurement.EvaluationResults;
import org.cogov.procurement.Lot;
import org.cogov.procurement.Method;
import org.cogov.procurement.LotFailed;
import org.cogov.procurement.PastPerformance;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.bidding.FinalQuotations;
import org.cogov.procurement.bidding.FinalQuotationsOpened;
import org.cogov.procurement.bidding.Opening;
import org.cogov.procurement.bidding.OpeningRecord;
import org.cogov.procurement.evaluation.LotEvaluation.CorrectionKind;
import org.cogov.procurement.evaluation.LotEvaluation.EvaluatedBid;
import org.cogov.procurement.evaluation.LotEvaluation.MemberScore;
import org.cogov.procurement.evaluation.LotEvaluation.PanelVote;
import org.cogov.procurement.evaluation.LotEvaluation.PriceCorrection;
import org.cogov.procurement.evaluation.LotEvaluation.PriceExplanation;
import org.cogov.procurement.evaluation.LotEvaluation.Question;
import org.cogov.procurement.evaluation.LotEvaluation.SeatedMember;
import org.cogov.procurement.evaluation.LotEvaluation.Stage;
import org.cogov.procurement.experts.Panel;
import org.cogov.procurement.experts.PanelMember;
import org.cogov.procurement.experts.Panels;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Suppliers;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation of an opened lot (评审, MoF Order 87), step by step:
 * <ol>
 * <li>the purchaser's qualification review of every opened bid, the bidder's eligibility assessed again on
 * the opening date (an excluded bidder cannot pass);</li>
 * <li>the panel's compliance review, each seated member voting on each qualified bid, the majority
 * deciding; members may propose a correction of a bid's price, which counts only once its bidder confirms;</li>
 * <li>clarification: corrections answered, abnormally low prices (the triggers applied once, to the
 * compliant bids at their corrected prices) explained by their bidders and judged by the panel's vote;</li>
 * <li>for competitive negotiation and consultation, rounds of talks with each valid supplier separately (minutes
 * recorded, the requirements amended for all), then sealed final quotations opened by the custodians
 * ({@link FinalQuotations}); a supplier without one is invalid;</li>
 * <li>scoring, for comprehensive scoring (a consultation scores the final responses, its price score on the final
 * quotations; a negotiation ranks by the lowest final quotation instead): each seated member submits a whole sheet, unread by anyone else
 * until every member has submitted;</li>
 * <li>the compiled ranking (Order 87 formulas, ties drawn from a recorded seed), which a score may change
 * only to mend an arithmetic error, with its reason; the members sign it, with their dissent.</li>
 * </ol>
 * A lot left with fewer valid bids than its method needs fails. When every lot is complete or failed the
 * procedure waits for the award, or fails when none is left.
 */
@Service
public class Evaluation implements EvaluationAccess {

    static final int MAX_REASON = 2000;
    static final int MAX_EXPLANATION = 20000;
    static final int MAX_DISSENT = 4000;
    static final int MAX_ROUNDS = 99;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Publication publication;
    private final Opening opening;
    private final FinalQuotations finalQuotations;
    private final Panels panels;
    private final EvaluationResults results;
    private final EvaluationRecords records;
    private final Suppliers suppliers;
    private final ObjectProvider<PastPerformance> pastPerformance;
    private final EvaluationSettings settings;
    private final EvaluationReport report;
    private final ApplicationEventPublisher events;
    private final WorkingDays workingDays;
    private final Clock clock;

    Evaluation(Publication publication, Opening opening, FinalQuotations finalQuotations, Panels panels, EvaluationResults results, EvaluationRecords records,
            Suppliers suppliers, ObjectProvider<PastPerformance> pastPerformance, EvaluationSettings settings, EvaluationReport report,
            ApplicationEventPublisher events, WorkingDays workingDays, Clock clock) {
        this.publication = publication;
        this.opening = opening;
        this.finalQuotations = finalQuotations;
        this.panels = panels;
        this.results = results;
        this.records = records;
        this.suppliers = suppliers;
        this.pastPerformance = pastPerformance;
        this.settings = settings;
        this.report = report;
        this.events = events;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /**
     * The purchaser's (or its agency's) qualification verdict on one opened bid; the first verdict on a lot
     * begins its evaluation. A rejection needs its reason.
     */
    @Transactional
    public LotEvaluation qualify(Actor actor, ProcedureId id, int lot, UUID bidder, boolean passed, @Nullable String reason) {
        actor.require("procurement:evaluation:run", "procurement.evaluation.qualify", "procedure", id.value());
        Publication.PublishedProcedure published = runBy(actor, id);
        Lot theLot = lotOf(published, lot);
        begin(actor, published, theLot);
        EvaluationRecords.Row row = records.lock(id, lot).orElseThrow();
        expect(row, Stage.QUALIFICATION, published.procedure());
        String why = reason(reason, !passed, "reason");
        if (passed) {
            OrganizationId organization = new OrganizationId(bidder);
            LocalDate openedOn = openedOn(id, lot);
            if (suppliers.eligibility(organization, published.procedure().purchaser(), openedOn).isExcluded()) {
                throw RuleViolation.refused("procurement.evaluation.ineligible", "passed", openedOn);
            }
        }
        bidOf(id, lot, bidder);
        if (!records.qualify(id, lot, bidder, passed, why, actor.userId(), clock.instant())) {
            throw RuleViolation.conflict("procurement.evaluation.already-qualified", published.procedure().reference());
        }
        step(actor, "procurement.evaluation.qualified", id, lot, Map.of("bidder", bidder.toString(), "passed",
                Boolean.toString(passed)));
        advance(actor, published, theLot);
        return view(published, lot, actor);
    }

    /**
     * A seated member's vote: on a qualified bid's compliance during the compliance review, or on whether
     * an explained (or unexplained, once due) low price is justified during clarification. A vote against
     * needs its reason; each member votes once on each question.
     */
    @Transactional
    public LotEvaluation vote(Actor actor, ProcedureId id, int lot, UUID bidder, Question question, boolean inFavour,
            @Nullable String reason) {
        actor.require("procurement:evaluation:review", "procurement.evaluation.vote", "procedure", id.value());
        Publication.PublishedProcedure published = seatedOn(actor, id, lot);
        Lot theLot = lotOf(published, lot);
        EvaluationRecords.Row row = records.lock(id, lot)
                .orElseThrow(() -> RuleViolation.conflict("procurement.evaluation.not-started", published.procedure().reference()));
        String why = reason(reason, !inFavour, "reason");
        EvaluationRecords.BidRow bid = bidOf(id, lot, bidder);
        if (question == Question.COMPLIANCE) {
            expect(row, Stage.COMPLIANCE, published.procedure());
            if (!Boolean.TRUE.equals(bid.qualified())) {
                throw RuleViolation.conflict("procurement.evaluation.not-qualified", published.procedure().reference());
            }
        } else {
            expect(row, Stage.CLARIFICATION, published.procedure());
            PriceExplanation explanation = records.explanations(id, lot).stream().filter(e -> e.bidder().equals(bidder))
                    .findFirst()
                    .orElseThrow(() -> RuleViolation.conflict("procurement.evaluation.no-explanation", published.procedure().reference()));
            if (explanation.explainedAt() == null && clock.instant().isBefore(explanation.dueAt())) {
                throw RuleViolation.conflict("procurement.evaluation.explanation-awaited", explanation.dueAt());
            }
        }
        if (!records.vote(id, lot, bidder, question, actor.userId(), inFavour, why, clock.instant())) {
            throw RuleViolation.conflict("procurement.evaluation.already-voted", published.procedure().reference());
        }
        step(actor, "procurement.evaluation.voted", id, lot, Map.of("bidder", bidder.toString(), "question", question.name(),
                "inFavour", Boolean.toString(inFavour)));
        advance(actor, published, theLot);
        return view(published, lot, actor);
    }

    /**
     * A seated member proposes, during the compliance review, a correction of a bid's price by one of the
     * rules of Order 87 Art. 59. It counts only once the bidder confirms it.
     */
    @Transactional
    public LotEvaluation proposeCorrection(Actor actor, ProcedureId id, int lot, UUID bidder, CorrectionKind kind,
            BigDecimal corrected, String reason) {
        actor.require("procurement:evaluation:review", "procurement.evaluation.correct-price", "procedure", id.value());
        Publication.PublishedProcedure published = seatedOn(actor, id, lot);
        EvaluationRecords.Row row = records.lock(id, lot)
                .orElseThrow(() -> RuleViolation.conflict("procurement.evaluation.not-started", published.procedure().reference()));
        expect(row, Stage.COMPLIANCE, published.procedure());
        EvaluationRecords.BidRow bid = bidOf(id, lot, bidder);
        if (corrected.signum() <= 0 || corrected.scale() > 2 || corrected.compareTo(bid.price()) == 0) {
            throw RuleViolation.refused("procurement.evaluation.correction-amount", "corrected");
        }
        String why = reason(reason, true, "reason");
        if (!records.proposeCorrection(id, lot, bidder, kind, bid.price(), corrected, Objects.requireNonNull(why),
                actor.userId(), clock.instant())) {
            throw RuleViolation.conflict("procurement.evaluation.already-corrected", published.procedure().reference());
        }
        events.publishEvent(new BidderAsked(actor.userId(), actor.organizationId(), id.value(), published.procedure().reference(), lot,
                bidder, BidderAsked.Request.PRICE_CORRECTION, clock.instant().plus(settings.explanationTime()), Map.of("kind",
                        kind.name(), "original", bid.price().toPlainString(), "corrected", corrected.toPlainString())));
        return view(published, lot, actor);
    }

    /** The bidder confirms or refuses the correction of its price; a refusal makes its bid invalid. */
    @Transactional
    public ProviderEvaluation answerCorrection(Actor actor, ProcedureId id, int lot, boolean confirmed) {
        actor.require("procurement:evaluation:answer", "procurement.evaluation.answer-correction", "procedure", id.value());
        Publication.PublishedProcedure published = bidderOn(actor, id, lot);
        EvaluationRecords.Row row = records.lock(id, lot)
                .orElseThrow(() -> RuleViolation.notFound("procurement.evaluation.no-correction", id.value()));
        if (row.stage() != Stage.COMPLIANCE && row.stage() != Stage.CLARIFICATION
                || !records.answerCorrection(id, lot, actor.organizationId(),
                        confirmed ? PriceCorrection.Answer.CONFIRMED : PriceCorrection.Answer.REFUSED, actor.userId(),
                        clock.instant())) {
            throw RuleViolation.conflict("procurement.evaluation.no-correction", published.procedure().reference());
        }
        step(actor, "procurement.evaluation.correction-answered", id, lot, Map.of("confirmed", Boolean.toString(confirmed)));
        advance(actor, published, lotOf(published, lot));
        return mine(actor, id, lot);
    }

    /** The bidder explains its abnormally low price, in writing, once and before it is due. */
    @Transactional
    public ProviderEvaluation explain(Actor actor, ProcedureId id, int lot, String text) {
        actor.require("procurement:evaluation:answer", "procurement.evaluation.explain", "procedure", id.value());
        Publication.PublishedProcedure published = bidderOn(actor, id, lot);
        String explanation = text == null ? "" : text.strip();
        if (explanation.isEmpty() || explanation.length() > MAX_EXPLANATION) {
            throw RuleViolation.refused("procurement.evaluation.explanation-text", "text", MAX_EXPLANATION);
        }
        EvaluationRecords.Row row = records.lock(id, lot)
                .orElseThrow(() -> RuleViolation.notFound("procurement.evaluation.no-explanation", id.value()));
        if (row.stage() != Stage.CLARIFICATION
                || !records.explain(id, lot, actor.organizationId(), explanation, actor.userId(), clock.instant())) {
            throw RuleViolation.conflict("procurement.evaluation.explanation-closed", published.procedure().reference());
        }
        step(actor, "procurement.evaluation.explained", id, lot, Map.of());
        return mine(actor, id, lot);
    }

    /**
     * The purchaser moves a lot on when what it waits for can no longer come: corrections and explanations
     * past their time. An unanswered correction counts as refused, an unexplained low price is judged by the
     * panel's votes like an explained one.
     */
    @Transactional
    public LotEvaluation proceed(Actor actor, ProcedureId id, int lot) {
        actor.require("procurement:evaluation:run", "procurement.evaluation.proceed", "procedure", id.value());
        Publication.PublishedProcedure published = runBy(actor, id);
        EvaluationRecords.Row row = records.lock(id, lot)
                .orElseThrow(() -> RuleViolation.conflict("procurement.evaluation.not-started", published.procedure().reference()));
        expect(row, Stage.CLARIFICATION, published.procedure());
        Instant now = clock.instant();
        for (PriceCorrection correction : records.corrections(id, lot)) {
            if (correction.answer() == null && !now.isBefore(correction.proposedAt().plus(settings.explanationTime()))) {
                records.answerCorrection(id, lot, correction.bidder(), PriceCorrection.Answer.REFUSED, null, now);
            }
        }
        advance(actor, published, lotOf(published, lot));
        return view(published, lot, actor);
    }

    /**
     * A seated member records the minutes of one round's talk with one valid supplier (谈判/磋商记录), once per round.
     * The panel and the purchaser read them; no other supplier does.
     */
    @Transactional
    public LotEvaluation recordMinutes(Actor actor, ProcedureId id, int lot, UUID bidder, int round, String text) {
        actor.require("procurement:evaluation:review", "procurement.evaluation.minutes", "procedure", id.value());
        Publication.PublishedProcedure published = seatedOn(actor, id, lot);
        EvaluationRecords.Row row = records.lock(id, lot)
                .orElseThrow(() -> RuleViolation.conflict("procurement.evaluation.not-started", published.procedure().reference()));
        expect(row, Stage.NEGOTIATION, published.procedure());
        if (!validBids(id, lot).containsKey(bidder)) {
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
        return view(published, lot, actor);
    }

    /**
     * A seated member records a written amendment of the requirements (the documents' technical or service terms,
     * the contract's terms) agreed in the talks: it is sent to every remaining valid supplier alike.
     */
    @Transactional
    public LotEvaluation amendRequirements(Actor actor, ProcedureId id, int lot, String text) {
        actor.require("procurement:evaluation:review", "procurement.evaluation.amend", "procedure", id.value());
        Publication.PublishedProcedure published = seatedOn(actor, id, lot);
        EvaluationRecords.Row row = records.lock(id, lot)
                .orElseThrow(() -> RuleViolation.conflict("procurement.evaluation.not-started", published.procedure().reference()));
        expect(row, Stage.NEGOTIATION, published.procedure());
        String amendment = negotiationText(text, "text");
        UUID amendmentId = UUID.randomUUID();
        Instant now = clock.instant();
        records.amendment(amendmentId, id, lot, amendment, actor.userId(), now);
        for (UUID bidder : validBids(id, lot).keySet()) {
            events.publishEvent(new BidderAsked(actor.userId(), actor.organizationId(), id.value(), published.procedure().reference(),
                    lot, bidder, BidderAsked.Request.REQUIREMENTS_AMENDED, now, Map.of("amendment", amendmentId.toString())));
        }
        return view(published, lot, actor);
    }

    /**
     * A seated member ends the talks and calls for sealed final quotations from every remaining valid supplier, due
     * at the given time or after the setting's time (a day). Each is told at once.
     */
    @Transactional
    public LotEvaluation callForFinalQuotations(Actor actor, ProcedureId id, int lot, @Nullable Instant due) {
        actor.require("procurement:evaluation:review", "procurement.evaluation.call-final-quotations", "procedure", id.value());
        Publication.PublishedProcedure published = seatedOn(actor, id, lot);
        EvaluationRecords.Row row = records.lock(id, lot)
                .orElseThrow(() -> RuleViolation.conflict("procurement.evaluation.not-started", published.procedure().reference()));
        expect(row, Stage.NEGOTIATION, published.procedure());
        Instant now = clock.instant();
        Instant dueAt = due == null ? now.plus(settings.finalQuotationTime()) : due;
        List<UUID> suppliers = List.copyOf(validBids(id, lot).keySet());
        finalQuotations.call(id, lot, suppliers, dueAt);
        records.finalQuotationsCalled(id, lot, dueAt);
        for (UUID bidder : suppliers) {
            events.publishEvent(new BidderAsked(actor.userId(), actor.organizationId(), id.value(), published.procedure().reference(),
                    lot, bidder, BidderAsked.Request.FINAL_QUOTATION, dueAt, Map.of()));
        }
        step(actor, "procurement.evaluation.final-quotations-called", id, lot, Map.of("due", dueAt.toString()));
        return view(published, lot, actor);
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
        advance(new Opener(event.actorId(), event.organizationId()), published, lotOf(published, event.lot()));
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

    /** Competitive negotiation and consultation talk with the suppliers in rounds, then take sealed final quotations. */
    static boolean negotiates(Method method) {
        return method == Method.COMPETITIVE_NEGOTIATION || method == Method.COMPETITIVE_CONSULTATION;
    }

    /** A negotiation ranks by the lowest final price whatever the lot's criteria say (GPL Art. 38). */
    private static boolean byLowestPrice(Procedure procedure, Lot lot) {
        return procedure.method() == Method.COMPETITIVE_NEGOTIATION || !(lot.criteria() instanceof AwardCriteria.ComprehensiveScoring);
    }

    private static String negotiationText(@Nullable String text, String field) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_EXPLANATION) {
            throw RuleViolation.refused("procurement.evaluation.negotiation.text", field, MAX_EXPLANATION);
        }
        return stripped;
    }

    /**
     * A seated member's score sheet, whole: for every valid bid, a score from 0 to 100 (two decimals at
     * most) for every factor the panel scores, in the criteria's order ({@code null} at a past-performance
     * factor). Submitted once; nobody else reads it until every member has submitted.
     */
    @Transactional
    public LotEvaluation submitScores(Actor actor, ProcedureId id, int lot, Map<UUID, List<@Nullable BigDecimal>> sheet) {
        actor.require("procurement:evaluation:review", "procurement.evaluation.score", "procedure", id.value());
        Publication.PublishedProcedure published = seatedOn(actor, id, lot);
        Lot theLot = lotOf(published, lot);
        EvaluationRecords.Row row = records.lock(id, lot)
                .orElseThrow(() -> RuleViolation.conflict("procurement.evaluation.not-started", published.procedure().reference()));
        expect(row, Stage.SCORING, published.procedure());
        AwardCriteria.ComprehensiveScoring criteria = (AwardCriteria.ComprehensiveScoring) theLot.criteria();
        List<MemberScore> scores = new ArrayList<>();
        Set<UUID> valid = validBids(id, lot).keySet();
        if (!sheet.keySet().equals(valid)) {
            throw RuleViolation.refused("procurement.evaluation.sheet-bids", "scores", valid.size());
        }
        for (Map.Entry<UUID, List<@Nullable BigDecimal>> entry : sheet.entrySet()) {
            List<@Nullable BigDecimal> given = entry.getValue();
            if (given == null || given.size() != criteria.factors().size()) {
                throw RuleViolation.refused("procurement.evaluation.sheet-factors", "scores", criteria.factors().size());
            }
            for (int f = 0; f < given.size(); f++) {
                BigDecimal score = given.get(f);
                if (criteria.factors().get(f).kind() == AwardCriteria.Factor.Kind.PAST_PERFORMANCE) {
                    continue;
                }
                if (score == null || score.signum() < 0 || score.compareTo(AwardCriteria.HUNDRED) > 0
                        || score.stripTrailingZeros().scale() > 2) {
                    throw RuleViolation.refused("procurement.evaluation.score-range", "scores[" + entry.getKey() + "][" + f + "]");
                }
                scores.add(new MemberScore(actor.userId(), entry.getKey(), f, score));
            }
        }
        if (!records.submit(id, lot, actor.userId(), scores, clock.instant())) {
            throw RuleViolation.conflict("procurement.evaluation.already-submitted", published.procedure().reference());
        }
        step(actor, "procurement.evaluation.scores-submitted", id, lot, Map.of("bids", Integer.toString(sheet.size())));
        advance(actor, published, theLot);
        return view(published, lot, actor);
    }

    /**
     * After the ranking is compiled a member mends one of their own scores, only for an arithmetic error and
     * with the reason (Order 87 Art. 64). The ranking is computed again with the same tie seed, and the
     * signatures given to the old one no longer count.
     */
    @Transactional
    public LotEvaluation correctScore(Actor actor, ProcedureId id, int lot, UUID bidder, int factor, BigDecimal score,
            String reason) {
        actor.require("procurement:evaluation:review", "procurement.evaluation.correct-score", "procedure", id.value());
        Publication.PublishedProcedure published = seatedOn(actor, id, lot);
        Lot theLot = lotOf(published, lot);
        EvaluationRecords.Row row = records.lock(id, lot)
                .orElseThrow(() -> RuleViolation.conflict("procurement.evaluation.not-started", published.procedure().reference()));
        expect(row, Stage.COMPILED, published.procedure());
        String why = Objects.requireNonNull(reason(reason, true, "reason"));
        if (score == null || score.signum() < 0 || score.compareTo(AwardCriteria.HUNDRED) > 0 || score.stripTrailingZeros().scale() > 2) {
            throw RuleViolation.refused("procurement.evaluation.score-range", "score");
        }
        MemberScore before = records.scores(id, lot).stream()
                .filter(s -> s.member().equals(actor.userId()) && s.bidder().equals(bidder) && s.factor() == factor).findFirst()
                .orElseThrow(() -> RuleViolation.notFound("procurement.evaluation.no-score", bidder));
        if (before.score().compareTo(score) == 0) {
            throw RuleViolation.refused("procurement.evaluation.score-unchanged", "score");
        }
        records.correctScore(UUID.randomUUID(), id, lot, before, score, why, clock.instant());
        records.clearSignatures(id, lot);
        step(actor, "procurement.evaluation.score-corrected", id, lot, Map.of("bidder", bidder.toString(), "factor",
                Integer.toString(factor), "reason", why));
        rank(published, theLot, Objects.requireNonNull(row.tieSeed()));
        return view(published, lot, actor);
    }

    /**
     * A seated member signs the compiled ranking, with their dissent if they disagree (it stays on the
     * report). The last signature completes the lot's evaluation.
     */
    @Transactional
    public LotEvaluation sign(Actor actor, ProcedureId id, int lot, @Nullable String dissent) {
        actor.require("procurement:evaluation:review", "procurement.evaluation.sign", "procedure", id.value());
        Publication.PublishedProcedure published = seatedOn(actor, id, lot);
        Lot theLot = lotOf(published, lot);
        EvaluationRecords.Row row = records.lock(id, lot)
                .orElseThrow(() -> RuleViolation.conflict("procurement.evaluation.not-started", published.procedure().reference()));
        expect(row, Stage.COMPILED, published.procedure());
        String disagreement = dissent == null || dissent.isBlank() ? null : dissent.strip();
        if (disagreement != null && disagreement.length() > MAX_DISSENT) {
            throw RuleViolation.refused("procurement.evaluation.dissent-text", "dissent", MAX_DISSENT);
        }
        if (!records.sign(id, lot, actor.userId(), disagreement, clock.instant())) {
            throw RuleViolation.conflict("procurement.evaluation.already-signed", published.procedure().reference());
        }
        step(actor, "procurement.evaluation.signed", id, lot, Map.of("dissent", Boolean.toString(disagreement != null)));
        advance(actor, published, theLot);
        return view(published, lot, actor);
    }

    /**
     * An upheld challenge or complaint sends a completed lot back to its panel (重新评审): the compiled ranking stands
     * open again, the signatures given no longer count, members mend scores with their reasons and sign again, and
     * the last signature completes the lot once more. The award calls it in the transaction of the decision.
     */
    @Transactional
    public void reopen(Actor by, ProcedureId id, int lot, String reason) {
        Publication.PublishedProcedure published = publication.published(id)
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        records.lock(id, lot).orElseThrow(() -> RuleViolation.conflict("procurement.evaluation.not-started",
                published.procedure().reference()));
        if (!records.reopened(id, lot)) {
            throw RuleViolation.conflict("procurement.evaluation.not-completed", published.procedure().reference(), lot);
        }
        records.clearSignatures(id, lot);
        step(by, "procurement.evaluation.reopened", id, lot, Map.of("reason", reason));
    }

    /** The lot's evaluation for its purchaser, a seated member, FINANCE or an auditor. */
    @Transactional(readOnly = true)
    public LotEvaluation of(Actor actor, ProcedureId id, int lot) {
        Publication.PublishedProcedure published = readBy(actor, id, lot);
        lotOf(published, lot);
        if (records.find(id, lot).isEmpty()) {
            throw RuleViolation.notFound("procurement.evaluation.not-started", id.value());
        }
        return view(published, lot, actor);
    }

    /**
     * An opened lot as its evaluation page shows it, before the evaluation begins as after: its opened bids,
     * whether the caller runs the procedure, and the evaluation once begun.
     */
    public record Opened(String reference, String title, String lotTitle, boolean runner, List<OpeningRecord.Bid> bids,
            @Nullable LotEvaluation evaluation) {

        public Opened {
            bids = List.copyOf(bids);
        }
    }

    @Transactional(readOnly = true)
    public Opened opened(Actor actor, ProcedureId id, int lot) {
        Publication.PublishedProcedure published = readBy(actor, id, lot);
        Lot theLot = lotOf(published, lot);
        List<OpeningRecord.Bid> bids = openedLot(id, lot).bids().stream()
                .filter(b -> b.outcome() == OpeningRecord.BidOutcome.OPENED).toList();
        return new Opened(published.procedure().reference(), published.procedure().title(), theLot.title(),
                published.procedure().isRunBy(actor.organizationId()) && actor.can("procurement:evaluation:run"), bids,
                records.find(id, lot).isPresent() ? view(published, lot, actor) : null);
    }

    private Publication.PublishedProcedure readBy(Actor actor, ProcedureId id, int lot) {
        Publication.PublishedProcedure published = publication.published(id)
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        if (!reader(actor, published, lot)) {
            throw RuleViolation.notFound("procurement.procedure.unknown", id.value());
        }
        return published;
    }

    private boolean reader(Actor actor, Publication.PublishedProcedure published, int lot) {
        return published.procedure().isRunBy(actor.organizationId()) && actor.can("procurement:evaluation:run")
                || actor.can("procurement:evaluation:read")
                || actor.can("procurement:evaluation:review") && panels.seated(actor.userId(), published.procedure().id(), lot);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Integer> readableLots(Actor actor, ProcedureId id) {
        Optional<Publication.PublishedProcedure> published = publication.published(id);
        if (published.isEmpty()) {
            return Set.of();
        }
        return opening.record(id).lots().stream().filter(l -> l.outcome() == OpeningRecord.LotOutcome.OPENED)
                .map(OpeningRecord.Lot::lot).filter(lot -> reader(actor, published.get(), lot))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Integer> lotsEvaluatingBidOf(Actor actor, ProcedureId id) {
        if (!actor.can("procurement:evaluation:answer")) {
            return Set.of();
        }
        return publication.published(id).stream().flatMap(p -> p.lots().stream()).map(Lot::number)
                .filter(lot -> records.find(id, lot).isPresent()
                        && records.bids(id, lot).stream().anyMatch(b -> b.bidder().equals(actor.organizationId())))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The evaluation report of a compiled lot as a PDF in the reader's language, for those who may read the evaluation. */
    @Transactional(readOnly = true)
    public byte[] report(Actor actor, ProcedureId id, int lot, Locale locale) {
        Publication.PublishedProcedure published = readBy(actor, id, lot);
        LotEvaluation evaluation = of(actor, id, lot);
        if (evaluation.stage() != Stage.COMPILED && evaluation.stage() != Stage.COMPLETED) {
            throw RuleViolation.conflict("procurement.evaluation.no-report", evaluation.reference());
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            report.write(evaluation, EvaluationReport.Terms.of(published.procedure().method()), locale, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    /**
     * What a bidder sees of the evaluation of its own bid: the correction and explanation asked of it, and,
     * once the lot's evaluation is complete, its scores, total and place.
     */
    @Transactional(readOnly = true)
    public ProviderEvaluation mine(Actor actor, ProcedureId id, int lot) {
        actor.require("procurement:evaluation:answer", "procurement.evaluation.mine", "procedure", id.value());
        Publication.PublishedProcedure published = bidderOn(actor, id, lot);
        EvaluationRecords.Row row = records.find(id, lot)
                .orElseThrow(() -> RuleViolation.notFound("procurement.evaluation.not-started", id.value()));
        UUID bidder = actor.organizationId();
        EvaluationRecords.BidRow bid = bidOf(id, lot, bidder);
        boolean complete = row.stage() == Stage.COMPLETED;
        return new ProviderEvaluation(id.value(), lot, row.stage(), bid.price(), bid.qualified(), bid.qualificationReason(),
                bid.compliant(), bid.invalidReason(),
                records.corrections(id, lot).stream().filter(c -> c.bidder().equals(bidder)).findFirst().orElse(null),
                records.explanations(id, lot).stream().filter(e -> e.bidder().equals(bidder)).findFirst().orElse(null),
                complete ? bid.ranking() : null, complete ? bid.priceScore() : null, complete ? bid.shownTotal() : null,
                complete ? records.scores(id, lot).stream().filter(s -> s.bidder().equals(bidder)).toList() : List.of(),
                negotiates(published.procedure().method()) ? records.amendments(id, lot) : List.of(),
                records.minutes(id, lot).stream().filter(m -> m.bidder().equals(bidder)).toList(), row.finalQuotationsDue(),
                bid.finalPrice());
    }

    /**
     * A bidder's own view of its bid's evaluation; the ranking and scores only once the lot is complete. In a negotiation
     * or consultation: the amendments sent to every supplier, the minutes of its own talks (never another's), when its
     * final quotation is due, and its final price once opened.
     */
    public record ProviderEvaluation(UUID procedure, int lot, Stage stage, BigDecimal price, @Nullable Boolean qualified,
            @Nullable String qualificationReason, @Nullable Boolean compliant, @Nullable String invalidReason,
            @Nullable PriceCorrection correction, @Nullable PriceExplanation explanation, @Nullable Integer ranking,
            @Nullable BigDecimal priceScore, @Nullable BigDecimal shownTotal, List<MemberScore> scores,
            List<LotEvaluation.RequirementsAmended> amendments, List<LotEvaluation.TalkMinutes> minutes, @Nullable Instant finalQuotationsDue,
            @Nullable BigDecimal finalPrice) {

        public ProviderEvaluation {
            scores = List.copyOf(scores);
            amendments = List.copyOf(amendments);
            minutes = List.copyOf(minutes);
        }
    }

    private void begin(Actor actor, Publication.PublishedProcedure published, Lot lot) {
        ProcedureId id = published.procedure().id();
        OpeningRecord.Lot opened = openedLot(id, lot.number());
        if (records.start(id, lot.number(), clock.instant())) {
            for (OpeningRecord.Bid bid : opened.bids()) {
                if (bid.outcome() == OpeningRecord.BidOutcome.OPENED) {
                    records.addBid(id, lot.number(), bid.bidder(), Objects.requireNonNull(bid.price()));
                }
            }
            results.started(id);
            step(actor, "procurement.evaluation.started", id, lot.number(), Map.of());
        }
    }

    /** Moves the lot on as far as what has been recorded allows. */
    private void advance(Actor actor, Publication.PublishedProcedure published, Lot lot) {
        ProcedureId id = published.procedure().id();
        int n = lot.number();
        Stage stage = records.find(id, n).orElseThrow().stage();
        if (stage == Stage.QUALIFICATION) {
            List<EvaluationRecords.BidRow> bids = records.bids(id, n);
            if (bids.stream().anyMatch(b -> b.qualified() == null)) {
                return;
            }
            if (!enoughLeft(actor, published, lot)) {
                return;
            }
            records.stage(id, n, Stage.COMPLIANCE);
            stage = Stage.COMPLIANCE;
        }
        List<SeatedMember> seated = seated(id, n);
        if (stage == Stage.COMPLIANCE) {
            if (seated.isEmpty()) {
                return;
            }
            List<EvaluationRecords.BidRow> qualified = records.bids(id, n).stream().filter(b -> Boolean.TRUE.equals(b.qualified()))
                    .toList();
            List<PanelVote> votes = records.votes(id, n).stream().filter(v -> v.question() == Question.COMPLIANCE).toList();
            Map<UUID, Boolean> decided = new HashMap<>();
            for (EvaluationRecords.BidRow bid : qualified) {
                Boolean majority = majority(votes, bid.bidder(), seated);
                if (majority == null) {
                    return;
                }
                decided.put(bid.bidder(), majority);
            }
            decided.forEach((bidder, compliant) -> records.compliant(id, n, bidder, compliant));
            if (!enoughLeft(actor, published, lot)) {
                return;
            }
            requestExplanations(actor, published.procedure(), n);
            records.stage(id, n, Stage.CLARIFICATION);
            stage = Stage.CLARIFICATION;
        }
        if (stage == Stage.CLARIFICATION) {
            List<PriceCorrection> corrections = records.corrections(id, n);
            if (corrections.stream().anyMatch(c -> c.answer() == null)) {
                return;
            }
            List<PanelVote> votes = records.votes(id, n).stream().filter(v -> v.question() == Question.EXPLANATION).toList();
            Map<UUID, Boolean> justified = new HashMap<>();
            for (PriceExplanation explanation : records.explanations(id, n)) {
                Boolean majority = majority(votes, explanation.bidder(), seated);
                if (majority == null) {
                    return;
                }
                justified.put(explanation.bidder(), majority);
            }
            for (PriceCorrection correction : corrections) {
                if (correction.answer() == PriceCorrection.Answer.REFUSED) {
                    records.invalidate(id, n, correction.bidder(), "procurement.evaluation.invalid.correction-refused");
                }
            }
            justified.forEach((bidder, ok) -> {
                if (!ok) {
                    records.invalidate(id, n, bidder, "procurement.evaluation.invalid.abnormally-low");
                }
            });
            if (!enoughLeft(actor, published, lot)) {
                return;
            }
            if (negotiates(published.procedure().method())) {
                records.stage(id, n, Stage.NEGOTIATION);
                return;
            }
            if (lot.criteria() instanceof AwardCriteria.ComprehensiveScoring) {
                records.stage(id, n, Stage.SCORING);
                stage = Stage.SCORING;
            } else {
                compile(actor, published, lot);
                return;
            }
        }
        if (stage == Stage.NEGOTIATION) {
            return;
        }
        if (stage == Stage.FINAL_QUOTATIONS) {
            if (finalQuotations.status(id, n).map(FinalQuotations.FinalQuotationStatus::openedAt).isEmpty()) {
                return;
            }
            Map<UUID, FinalQuotations.OpenedFinalQuotation> opened = finalQuotations.opened(id, n).stream()
                    .collect(Collectors.toMap(FinalQuotations.OpenedFinalQuotation::bidder, Function.identity()));
            for (UUID bidder : validBids(id, n).keySet()) {
                FinalQuotations.OpenedFinalQuotation quotation = opened.get(bidder);
                if (quotation == null) {
                    records.invalidate(id, n, bidder, "procurement.evaluation.invalid.no-final-quotation");
                } else if (!quotation.valid() || quotation.price() == null) {
                    records.invalidate(id, n, bidder, "procurement.evaluation.invalid.final-quotation-refused");
                } else {
                    records.finalPrice(id, n, bidder, quotation.price());
                }
            }
            if (!enoughLeft(actor, published, lot)) {
                return;
            }
            step(actor, "procurement.evaluation.final-quotations-taken", id, n, Map.of("valid", Integer.toString(validBids(id, n).size())));
            if (byLowestPrice(published.procedure(), lot)) {
                compile(actor, published, lot);
                return;
            }
            records.stage(id, n, Stage.SCORING);
            return;
        }
        if (stage == Stage.SCORING) {
            Set<UUID> submitted = records.sheets(id, n).stream().filter(s -> s.submittedAt() != null)
                    .map(EvaluationRecords.Sheet::member).collect(Collectors.toSet());
            if (seated.stream().allMatch(m -> submitted.contains(m.user()))) {
                compile(actor, published, lot);
            }
            return;
        }
        if (stage == Stage.COMPILED) {
            Set<UUID> signed = records.sheets(id, n).stream().filter(s -> s.signedAt() != null)
                    .map(EvaluationRecords.Sheet::member).collect(Collectors.toSet());
            if (!seated.isEmpty() && seated.stream().allMatch(m -> signed.contains(m.user()))) {
                complete(actor, published, lot);
            }
        }
    }

    /** The majority of the seated members' votes on a bid, or none while a member has not voted. */
    private static @Nullable Boolean majority(List<PanelVote> votes, UUID bidder, List<SeatedMember> seated) {
        int inFavour = 0;
        for (SeatedMember member : seated) {
            Optional<PanelVote> vote = votes.stream().filter(v -> v.bidder().equals(bidder) && v.member().equals(member.user()))
                    .findFirst();
            if (vote.isEmpty()) {
                return null;
            }
            inFavour += vote.get().inFavour() ? 1 : 0;
        }
        return inFavour * 2 > seated.size();
    }

    /**
     * The abnormally low price triggers, applied once, to the compliant bids at their corrected prices (a
     * correction not yet answered counts at its corrected price: refused, it invalidates the bid anyway).
     */
    private void requestExplanations(Actor actor, Procedure procedure, int lot) {
        ProcedureId id = procedure.id();
        Map<UUID, BigDecimal> corrected = records.corrections(id, lot).stream()
                .filter(c -> c.answer() != PriceCorrection.Answer.REFUSED)
                .collect(Collectors.toMap(PriceCorrection::bidder, PriceCorrection::corrected));
        List<Offer> offers = records.bids(id, lot).stream().filter(b -> Boolean.TRUE.equals(b.compliant()) && b.invalidReason() == null)
                .map(b -> {
                    BigDecimal price = corrected.getOrDefault(b.bidder(), b.price());
                    return new Offer(b.bidder(), price, price);
                }).toList();
        Instant now = clock.instant();
        Instant due = now.plus(settings.explanationTime());
        for (AbnormallyLowPrices.Suspect suspect : AbnormallyLowPrices.suspects(offers, settings.abnormallyLowBelowMean(),
                settings.abnormallyLowBelowNext())) {
            records.requestExplanation(id, lot, suspect, now, due);
            Map<String, String> grounds = new LinkedHashMap<>();
            grounds.put("price", suspect.price().toPlainString());
            for (AbnormallyLowPrices.Trigger trigger : suspect.triggers()) {
                grounds.put(trigger.reference().name(), trigger.amount().toPlainString() + " -"
                        + trigger.percentBelow().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "%");
            }
            events.publishEvent(new BidderAsked(actor.userId(), actor.organizationId(), id.value(), procedure.reference(), lot,
                    suspect.bid(), BidderAsked.Request.PRICE_EXPLANATION, due, grounds));
        }
    }

    /** The valid bids at their evaluated prices: the confirmed corrected price, else the opened one. */
    private Map<UUID, Offer> validBids(ProcedureId id, int lot) {
        Map<UUID, BigDecimal> corrected = records.corrections(id, lot).stream()
                .filter(c -> c.answer() == PriceCorrection.Answer.CONFIRMED)
                .collect(Collectors.toMap(PriceCorrection::bidder, PriceCorrection::corrected));
        Map<UUID, Offer> valid = new LinkedHashMap<>();
        for (EvaluationRecords.BidRow bid : records.bids(id, lot)) {
            if (Boolean.TRUE.equals(bid.qualified()) && Boolean.TRUE.equals(bid.compliant()) && bid.invalidReason() == null) {
                // The final quotation replaces the bid's price once opened; the low-price triggers are not applied to it.
                BigDecimal price = bid.finalPrice() != null ? bid.finalPrice() : corrected.getOrDefault(bid.bidder(), bid.price());
                valid.put(bid.bidder(), new Offer(bid.bidder(), price, price));
            }
        }
        return valid;
    }

    /**
     * Fails the lot when fewer bids than its method needs are still valid (or could still be: bids not yet
     * reviewed count), and says whether the lot goes on.
     */
    private boolean enoughLeft(Actor actor, Publication.PublishedProcedure published, Lot lot) {
        ProcedureId id = published.procedure().id();
        long left = records.bids(id, lot.number()).stream()
                .filter(b -> !Boolean.FALSE.equals(b.qualified()) && !Boolean.FALSE.equals(b.compliant()) && b.invalidReason() == null)
                .count();
        int needed = results.minimumResponses(published.procedure(), openedOn(id, lot.number())).value().intValue();
        if (left >= needed) {
            return true;
        }
        Instant now = clock.instant();
        records.fail(id, lot.number(), EvaluationResults.TOO_FEW_VALID_BIDS, now);
        events.publishEvent(new LotFailed(actor.userId(), published.procedure().purchaser().value(), id.value(),
                published.procedure().reference(), lot.number(), (int) left, needed, EvaluationResults.TOO_FEW_VALID_BIDS, now));
        if (conclude(published) != Conclusion.FAILED) {
            results.lotFailed(published.procedure(), lot, EvaluationResults.TOO_FEW_VALID_BIDS, (int) left, needed);
        }
        return false;
    }

    /** Computes and keeps the ranking, drawing the seed for ties once. */
    private void compile(Actor actor, Publication.PublishedProcedure published, Lot lot) {
        ProcedureId id = published.procedure().id();
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        String tieSeed = HexFormat.of().formatHex(seed);
        records.compiled(id, lot.number(), tieSeed, clock.instant());
        rank(published, lot, tieSeed);
        step(actor, "procurement.evaluation.compiled", id, lot.number(), Map.of("tieSeed", tieSeed));
    }

    /** The ranking by the lot's criteria from the recorded scores, kept on the bids. */
    private void rank(Publication.PublishedProcedure published, Lot lot, String tieSeed) {
        ProcedureId id = published.procedure().id();
        int n = lot.number();
        List<Offer> offers = List.copyOf(validBids(id, n).values());
        if (!byLowestPrice(published.procedure(), lot) && lot.criteria() instanceof AwardCriteria.ComprehensiveScoring criteria) {
            Map<UUID, Map<UUID, List<@Nullable BigDecimal>>> byMember = new LinkedHashMap<>();
            for (MemberScore score : records.scores(id, n)) {
                List<@Nullable BigDecimal> factors = byMember.computeIfAbsent(score.member(), m -> new LinkedHashMap<>())
                        .computeIfAbsent(score.bidder(), b -> {
                            List<@Nullable BigDecimal> empty = new ArrayList<>();
                            criteria.factors().forEach(f -> empty.add(null));
                            return empty;
                        });
                factors.set(score.factor(), score.score());
            }
            List<ExpertSheet> sheets = byMember.entrySet().stream()
                    .map(e -> new ExpertSheet(e.getKey(), Map.copyOf(e.getValue()))).toList();
            LocalDate day = openedOn(id, n);
            Map<UUID, BigDecimal> past = new HashMap<>();
            if (criteria.factors().stream().anyMatch(f -> f.kind() == AwardCriteria.Factor.Kind.PAST_PERFORMANCE)) {
                PastPerformance source = pastPerformance.getIfAvailable();
                for (Offer offer : offers) {
                    past.put(offer.bid(), Optional.ofNullable(source).flatMap(s -> s.score(new OrganizationId(offer.bid()), day))
                            .orElse(settings.neutralPastPerformance()));
                }
            }
            Scores scores = Scores.compute(criteria, offers, sheets, past);
            Map<UUID, Scores.BidScore> byBid = scores.bids().stream().collect(Collectors.toMap(Scores.BidScore::bid, Function.identity()));
            for (Ranking.RankedBid ranked : Ranking.byTotal(scores.bids(), criteria.tieBreaks(), receivedAt(id, n), tieSeed).order()) {
                Scores.BidScore score = byBid.get(ranked.bid());
                records.result(id, n, ranked, score.priceScore(), score.total(), score.shownTotal());
            }
        } else {
            for (Ranking.RankedBid ranked : Ranking.byLowestPrice(offers, lot.criteria().tieBreaks(), receivedAt(id, n), tieSeed).order()) {
                records.result(id, n, ranked, null, null, null);
            }
        }
    }

    /** When each opened bid was received, as the opening record lists it: what the earlier-receipt tie break compares. */
    private Map<UUID, Instant> receivedAt(ProcedureId id, int lot) {
        return openedLot(id, lot).bids().stream().filter(b -> b.outcome() == OpeningRecord.BidOutcome.OPENED)
                .collect(Collectors.toMap(OpeningRecord.Bid::bidder, OpeningRecord.Bid::receivedAt, (a, b) -> a));
    }

    private void complete(Actor actor, Publication.PublishedProcedure published, Lot lot) {
        ProcedureId id = published.procedure().id();
        Instant now = clock.instant();
        records.completed(id, lot.number(), now);
        List<EvaluationRecords.BidRow> ranked = records.bids(id, lot.number()).stream().filter(b -> b.ranking() != null)
                .sorted((a, b) -> Integer.compare(Objects.requireNonNull(a.ranking()), Objects.requireNonNull(b.ranking())))
                .toList();
        Map<UUID, BigDecimal> corrected = confirmedCorrections(id, lot.number());
        List<BigDecimal> prices = ranked.stream().map(b -> contractPrice(b, corrected)).toList();
        List<BigDecimal> totals = ranked.stream().allMatch(b -> b.shownTotal() != null)
                ? ranked.stream().map(b -> Objects.requireNonNull(b.shownTotal())).toList() : List.of();
        events.publishEvent(new EvaluationCompleted(actor.userId(), published.procedure().purchaser().value(), id.value(),
                published.procedure().reference(), lot.number(), ranked.stream().map(EvaluationRecords.BidRow::bidder).toList(),
                prices, totals, now));
        conclude(published);
    }

    private Map<UUID, BigDecimal> confirmedCorrections(ProcedureId id, int lot) {
        return records.corrections(id, lot).stream().filter(c -> c.answer() == PriceCorrection.Answer.CONFIRMED)
                .collect(Collectors.toMap(PriceCorrection::bidder, PriceCorrection::corrected));
    }

    /** The price a bid's contract would say: its final quotation, else its confirmed corrected price, else the opened one. */
    private static BigDecimal contractPrice(EvaluationRecords.BidRow bid, Map<UUID, BigDecimal> corrected) {
        return bid.finalPrice() != null ? bid.finalPrice() : corrected.getOrDefault(bid.bidder(), bid.price());
    }

    /** Where the procedure stands once a lot is complete or failed. */
    private enum Conclusion { LOTS_PENDING, AWARD_PENDING, FAILED }

    /**
     * Once every lot is complete or failed, the procedure waits for the award, or fails (with its own notice)
     * when no lot is left. A failed lot has its own notice unless the whole procedure failed with it.
     */
    private Conclusion conclude(Publication.PublishedProcedure published) {
        ProcedureId id = published.procedure().id();
        OpeningRecord record = opening.record(id);
        Map<Integer, Stage> stages = new HashMap<>();
        for (OpeningRecord.Lot lot : record.lots()) {
            if (lot.outcome() == OpeningRecord.LotOutcome.FAILED) {
                stages.put(lot.lot(), Stage.FAILED);
            } else {
                stages.put(lot.lot(), records.find(id, lot.lot()).map(EvaluationRecords.Row::stage).orElse(null));
            }
        }
        if (stages.size() < published.lots().size()
                || stages.values().stream().anyMatch(s -> s != Stage.COMPLETED && s != Stage.FAILED)) {
            return Conclusion.LOTS_PENDING;
        }
        if (stages.containsValue(Stage.COMPLETED)) {
            results.evaluated(id);
            return Conclusion.AWARD_PENDING;
        }
        results.failed(published.procedure(), EvaluationResults.TOO_FEW_VALID_BIDS);
        return Conclusion.FAILED;
    }

    private LotEvaluation view(Publication.PublishedProcedure published, int lot, Actor actor) {
        ProcedureId id = published.procedure().id();
        Lot theLot = lotOf(published, lot);
        EvaluationRecords.Row row = records.find(id, lot).orElseThrow();
        OpeningRecord.Lot opened = openedLot(id, lot);
        Map<UUID, OpeningRecord.Bid> names = opened.bids().stream()
                .collect(Collectors.toMap(OpeningRecord.Bid::bidder, Function.identity(), (a, b) -> a));
        Map<UUID, BigDecimal> corrected = confirmedCorrections(id, lot);
        List<EvaluatedBid> bids = records.bids(id, lot).stream().map(b -> {
            OpeningRecord.Bid name = names.get(b.bidder());
            return new EvaluatedBid(b.bidder(), name == null ? "" : name.bidderZh(), name == null ? "" : name.bidderEn(), b.price(),
                    contractPrice(b, corrected), b.qualified(),
                    b.qualificationReason(), b.compliant(), b.invalidReason(), b.ranking(), b.drawn(), b.tieSettled(), b.priceScore(), b.total(),
                    b.shownTotal(), b.finalPrice());
        }).toList();
        Map<UUID, EvaluationRecords.Sheet> sheets = records.sheets(id, lot).stream()
                .collect(Collectors.toMap(EvaluationRecords.Sheet::member, Function.identity()));
        List<SeatedMember> members = seated(id, lot).stream().map(m -> {
            EvaluationRecords.Sheet sheet = sheets.get(m.user());
            return new SeatedMember(m.user(), m.name(), m.expert(), sheet == null ? null : sheet.submittedAt(),
                    sheet == null ? null : sheet.signedAt(), sheet == null ? null : sheet.dissent());
        }).toList();
        boolean allSubmitted = row.stage() == Stage.COMPILED || row.stage() == Stage.COMPLETED;
        List<MemberScore> scores = records.scores(id, lot).stream()
                .filter(s -> allSubmitted || s.member().equals(actor.userId())).toList();
        // Votes are the members' own until the question is decided: the stage has moved past it.
        List<PanelVote> votes = records.votes(id, lot).stream().filter(v -> v.member().equals(actor.userId())
                || v.question() == Question.COMPLIANCE && row.stage().compareTo(Stage.COMPLIANCE) > 0
                || v.question() == Question.EXPLANATION && row.stage().compareTo(Stage.CLARIFICATION) > 0).toList();
        return new LotEvaluation(id.value(), published.procedure().reference(), lot, theLot.title(),
                criteria(published.procedure(), theLot), row.stage(), row.startedAt(), row.compiledAt(), row.completedAt(),
                row.failureReason(), row.tieSeed(), bids, members, votes, records.corrections(id, lot), records.explanations(id, lot),
                scores, records.scoreCorrections(id, lot), negotiation(published.procedure(), lot, row));
    }

    /** The rounds and the final quotations' opening as the readers of the lot see them; none for other methods. */
    private LotEvaluation.@Nullable NegotiationRounds negotiation(Procedure procedure, int lot, EvaluationRecords.Row row) {
        if (!negotiates(procedure.method())) {
            return null;
        }
        Optional<FinalQuotations.FinalQuotationStatus> status = finalQuotations.status(procedure.id(), lot);
        // Once opened, what each supplier gave (nothing is read before the opening).
        List<LotEvaluation.FinalQuotationGiven> given = status.map(FinalQuotations.FinalQuotationStatus::openedAt).isEmpty() ? List.of()
                : finalQuotations.opened(procedure.id(), lot).stream().map(o -> new LotEvaluation.FinalQuotationGiven(o.bidder(), o.number(),
                        o.receivedAt(), o.valid() ? o.price() : null, o.valid() ? null : o.reason())).toList();
        return new LotEvaluation.NegotiationRounds(procedure.method() == Method.COMPETITIVE_CONSULTATION, records.minutes(procedure.id(), lot),
                records.amendments(procedure.id(), lot), status.map(FinalQuotations.FinalQuotationStatus::calledAt).orElse(null),
                row.finalQuotationsDue(), status.map(s -> s.presented().size()).orElse(0),
                status.map(FinalQuotations.FinalQuotationStatus::needed).orElse(0), status.map(FinalQuotations.FinalQuotationStatus::openedAt).orElse(null),
                given);
    }

    private static LotEvaluation.RankingCriteria criteria(Procedure procedure, Lot lot) {
        if (!byLowestPrice(procedure, lot) && lot.criteria() instanceof AwardCriteria.ComprehensiveScoring scoring) {
            List<LotEvaluation.ScoringFactor> factors = new ArrayList<>();
            for (int i = 0; i < scoring.factors().size(); i++) {
                AwardCriteria.Factor factor = scoring.factors().get(i);
                factors.add(new LotEvaluation.ScoringFactor(i, factor.name(), factor.weight(), factor.guidance(),
                        factor.kind() != AwardCriteria.Factor.Kind.PAST_PERFORMANCE));
            }
            return new LotEvaluation.RankingCriteria(false, scoring.priceWeight(), factors, scoring.tieBreaks());
        }
        return new LotEvaluation.RankingCriteria(true, BigDecimal.ZERO, List.of(), lot.criteria().tieBreaks().stream()
                .filter(t -> t.rule() == AwardCriteria.TieBreak.Rule.EARLIER_RECEIPT).toList());
    }

    private List<SeatedMember> seated(ProcedureId id, int lot) {
        return panels.of(id, lot).filter(Panel::complete).map(panel -> panel.seated().stream()
                .map(m -> new SeatedMember(m.user(), m.name(), m.kind() == PanelMember.Kind.EXPERT, null, null, null)).toList())
                .orElse(List.of());
    }

    private Publication.PublishedProcedure runBy(Actor actor, ProcedureId id) {
        return publication.published(id).filter(p -> p.procedure().isRunBy(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
    }

    private Publication.PublishedProcedure seatedOn(Actor actor, ProcedureId id, int lot) {
        if (!panels.seated(actor.userId(), id, lot)) {
            throw RuleViolation.notFound("procurement.procedure.unknown", id.value());
        }
        return publication.published(id).orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
    }

    private Publication.PublishedProcedure bidderOn(Actor actor, ProcedureId id, int lot) {
        Publication.PublishedProcedure published = publication.published(id)
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        if (records.find(id, lot).isEmpty()
                || records.bids(id, lot).stream().noneMatch(b -> b.bidder().equals(actor.organizationId()))) {
            throw RuleViolation.notFound("procurement.evaluation.not-started", id.value());
        }
        return published;
    }

    private static Lot lotOf(Publication.PublishedProcedure published, int lot) {
        return published.lots().stream().filter(l -> l.number() == lot).findFirst()
                .orElseThrow(() -> RuleViolation.notFound("procurement.bid.unknown-lot", lot));
    }

    private OpeningRecord.Lot openedLot(ProcedureId id, int lot) {
        return opening.record(id).lots().stream()
                .filter(l -> l.lot() == lot && l.outcome() == OpeningRecord.LotOutcome.OPENED).findFirst()
                .orElseThrow(() -> RuleViolation.conflict("procurement.evaluation.lot-not-opened", lot));
    }

    private LocalDate openedOn(ProcedureId id, int lot) {
        return openedLot(id, lot).decidedAt().atZone(workingDays.zone()).toLocalDate();
    }

    private EvaluationRecords.BidRow bidOf(ProcedureId id, int lot, UUID bidder) {
        return records.bids(id, lot).stream().filter(b -> b.bidder().equals(bidder)).findFirst()
                .orElseThrow(() -> RuleViolation.notFound("procurement.evaluation.no-bid", bidder));
    }

    private static void expect(EvaluationRecords.Row row, Stage stage, Procedure procedure) {
        if (row.stage() != stage) {
            throw RuleViolation.conflict("procurement.evaluation.wrong-stage", procedure.reference(), row.stage().name());
        }
    }

    /** The stripped reason, refused when it is needed and missing or too long. */
    private static @Nullable String reason(@Nullable String reason, boolean needed, String field) {
        String text = reason == null ? "" : reason.strip();
        if (needed && text.isEmpty() || text.length() > MAX_REASON) {
            throw RuleViolation.refused("procurement.evaluation.reason", field, MAX_REASON);
        }
        return text.isEmpty() ? null : text;
    }

    private void step(Actor actor, String action, ProcedureId id, int lot, Map<String, String> details) {
        events.publishEvent(new EvaluationStep(actor.userId(), actor.organizationId(), action, id.value(), lot, details));
    }
}
