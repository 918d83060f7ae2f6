package org.cogov.procurement.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.cogov.procurement.AwardCriteria;
import org.cogov.procurement.BidderAsked;
import org.cogov.procurement.Lot;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.evaluation.LotEvaluation.CorrectionKind;
import org.cogov.procurement.evaluation.LotEvaluation.MemberScore;
import org.cogov.procurement.evaluation.LotEvaluation.PriceCorrection;
import org.cogov.procurement.evaluation.LotEvaluation.PriceExplanation;
import org.cogov.procurement.evaluation.LotEvaluation.Question;
import org.cogov.procurement.evaluation.LotEvaluation.Stage;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Suppliers;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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
 * ({@link org.cogov.procurement.bidding.FinalQuotations}); a supplier without one is invalid;</li>
 * <li>scoring, for comprehensive scoring (a consultation scores the final responses, its price score on the final
 * quotations; a negotiation ranks by the lowest final quotation instead): each seated member submits a whole sheet, unread by anyone else
 * until every member has submitted;</li>
 * <li>the compiled ranking (Order 87 formulas, ties drawn from a recorded seed), which a score may change
 * only to mend an arithmetic error, with its reason; the members sign it, with their dissent.</li>
 * </ol>
 * A lot left with fewer valid bids than its method needs fails. When every lot is complete or failed the
 * procedure waits for the award, or fails when none is left.
 * <p>
 * This class holds the commands of the reviews, the scores and the signatures, and the reopening after a challenge;
 * the rounds of talks are the {@link Negotiation}'s, how a lot moves on after each command is the {@link Stages}', and
 * what each may read of it the {@link EvaluationViews}'.
 */
@Service
public class Evaluation {

    static final int MAX_REASON = 2000;
    static final int MAX_EXPLANATION = 20000;
    static final int MAX_DISSENT = 4000;

    private final Publication publication;
    private final EvaluationRecords records;
    private final Suppliers suppliers;
    private final EvaluationSettings settings;
    private final LotAccess access;
    private final Stages stages;
    private final EvaluationViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Evaluation(Publication publication, EvaluationRecords records, Suppliers suppliers, EvaluationSettings settings, LotAccess access,
            Stages stages, EvaluationViews views, ApplicationEventPublisher events, Clock clock) {
        this.publication = publication;
        this.records = records;
        this.suppliers = suppliers;
        this.settings = settings;
        this.access = access;
        this.stages = stages;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The purchaser's (or its agency's) qualification verdict on one opened bid; the first verdict on a lot
     * begins its evaluation. A rejection needs its reason.
     */
    @Transactional
    public LotEvaluation qualify(Actor actor, ProcedureId id, int lot, UUID bidder, boolean passed, @Nullable String reason) {
        actor.require("procurement:evaluation:run", "procurement.evaluation.qualify", "procedure", id.value());
        Publication.PublishedProcedure published = access.runBy(actor, id);
        Lot theLot = LotAccess.lotOf(published, lot);
        stages.begin(actor, published, theLot);
        EvaluationRecords.Row row = records.lock(id, lot).orElseThrow();
        Stages.expect(row, Stage.QUALIFICATION, published.procedure());
        String why = reason(reason, !passed, "reason");
        if (passed) {
            OrganizationId organization = new OrganizationId(bidder);
            LocalDate openedOn = stages.openedOn(id, lot);
            if (suppliers.eligibility(organization, published.procedure().purchaser(), openedOn).isExcluded()) {
                throw RuleViolation.refused("procurement.evaluation.ineligible", "passed", openedOn);
            }
        }
        access.bidOf(id, lot, bidder);
        if (!records.qualify(id, lot, bidder, passed, why, actor.userId(), clock.instant())) {
            throw RuleViolation.conflict("procurement.evaluation.already-qualified", published.procedure().reference());
        }
        step(actor, "procurement.evaluation.qualified", id, lot, Map.of("bidder", bidder.toString(), "passed",
                Boolean.toString(passed)));
        stages.advance(actor, published, theLot);
        return views.view(published, lot, actor);
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
        Publication.PublishedProcedure published = access.seatedOn(actor, id, lot);
        Lot theLot = LotAccess.lotOf(published, lot);
        EvaluationRecords.Row row = records.lock(id, lot)
                .orElseThrow(() -> RuleViolation.conflict("procurement.evaluation.not-started", published.procedure().reference()));
        String why = reason(reason, !inFavour, "reason");
        EvaluationRecords.BidRow bid = access.bidOf(id, lot, bidder);
        if (question == Question.COMPLIANCE) {
            Stages.expect(row, Stage.COMPLIANCE, published.procedure());
            if (!Boolean.TRUE.equals(bid.qualified())) {
                throw RuleViolation.conflict("procurement.evaluation.not-qualified", published.procedure().reference());
            }
        } else {
            Stages.expect(row, Stage.CLARIFICATION, published.procedure());
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
        stages.advance(actor, published, theLot);
        return views.view(published, lot, actor);
    }

    /**
     * A seated member proposes, during the compliance review, a correction of a bid's price by one of the
     * rules of Order 87 Art. 59. It counts only once the bidder confirms it.
     */
    @Transactional
    public LotEvaluation proposeCorrection(Actor actor, ProcedureId id, int lot, UUID bidder, CorrectionKind kind,
            BigDecimal corrected, String reason) {
        actor.require("procurement:evaluation:review", "procurement.evaluation.correct-price", "procedure", id.value());
        Publication.PublishedProcedure published = access.seatedOn(actor, id, lot);
        EvaluationRecords.Row row = records.lock(id, lot)
                .orElseThrow(() -> RuleViolation.conflict("procurement.evaluation.not-started", published.procedure().reference()));
        Stages.expect(row, Stage.COMPLIANCE, published.procedure());
        EvaluationRecords.BidRow bid = access.bidOf(id, lot, bidder);
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
        return views.view(published, lot, actor);
    }

    /** The bidder confirms or refuses the correction of its price; a refusal makes its bid invalid. */
    @Transactional
    public ProviderEvaluation answerCorrection(Actor actor, ProcedureId id, int lot, boolean confirmed) {
        actor.require("procurement:evaluation:answer", "procurement.evaluation.answer-correction", "procedure", id.value());
        Publication.PublishedProcedure published = access.bidderOn(actor, id, lot);
        EvaluationRecords.Row row = records.lock(id, lot)
                .orElseThrow(() -> RuleViolation.notFound("procurement.evaluation.no-correction", id.value()));
        if (row.stage() != Stage.COMPLIANCE && row.stage() != Stage.CLARIFICATION
                || !records.answerCorrection(id, lot, actor.organizationId(),
                        confirmed ? PriceCorrection.Answer.CONFIRMED : PriceCorrection.Answer.REFUSED, actor.userId(),
                        clock.instant())) {
            throw RuleViolation.conflict("procurement.evaluation.no-correction", published.procedure().reference());
        }
        step(actor, "procurement.evaluation.correction-answered", id, lot, Map.of("confirmed", Boolean.toString(confirmed)));
        stages.advance(actor, published, LotAccess.lotOf(published, lot));
        return views.mine(actor, id, lot);
    }

    /** The bidder explains its abnormally low price, in writing, once and before it is due. */
    @Transactional
    public ProviderEvaluation explain(Actor actor, ProcedureId id, int lot, String text) {
        actor.require("procurement:evaluation:answer", "procurement.evaluation.explain", "procedure", id.value());
        Publication.PublishedProcedure published = access.bidderOn(actor, id, lot);
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
        return views.mine(actor, id, lot);
    }

    /**
     * The purchaser moves a lot on when what it waits for can no longer come: corrections and explanations
     * past their time. An unanswered correction counts as refused, an unexplained low price is judged by the
     * panel's votes like an explained one.
     */
    @Transactional
    public LotEvaluation proceed(Actor actor, ProcedureId id, int lot) {
        actor.require("procurement:evaluation:run", "procurement.evaluation.proceed", "procedure", id.value());
        Publication.PublishedProcedure published = access.runBy(actor, id);
        EvaluationRecords.Row row = records.lock(id, lot)
                .orElseThrow(() -> RuleViolation.conflict("procurement.evaluation.not-started", published.procedure().reference()));
        Stages.expect(row, Stage.CLARIFICATION, published.procedure());
        Instant now = clock.instant();
        for (PriceCorrection correction : records.corrections(id, lot)) {
            if (correction.answer() == null && !now.isBefore(correction.proposedAt().plus(settings.explanationTime()))) {
                records.answerCorrection(id, lot, correction.bidder(), PriceCorrection.Answer.REFUSED, null, now);
            }
        }
        stages.advance(actor, published, LotAccess.lotOf(published, lot));
        return views.view(published, lot, actor);
    }

    /**
     * A seated member's score sheet, whole: for every valid bid, a score from 0 to 100 (two decimals at
     * most) for every factor the panel scores, in the criteria's order ({@code null} at a past-performance
     * factor). Submitted once; nobody else reads it until every member has submitted.
     */
    @Transactional
    public LotEvaluation submitScores(Actor actor, ProcedureId id, int lot, Map<UUID, List<@Nullable BigDecimal>> sheet) {
        actor.require("procurement:evaluation:review", "procurement.evaluation.score", "procedure", id.value());
        Publication.PublishedProcedure published = access.seatedOn(actor, id, lot);
        Lot theLot = LotAccess.lotOf(published, lot);
        EvaluationRecords.Row row = records.lock(id, lot)
                .orElseThrow(() -> RuleViolation.conflict("procurement.evaluation.not-started", published.procedure().reference()));
        Stages.expect(row, Stage.SCORING, published.procedure());
        AwardCriteria.ComprehensiveScoring criteria = (AwardCriteria.ComprehensiveScoring) theLot.criteria();
        List<MemberScore> scores = new ArrayList<>();
        Set<UUID> valid = stages.validBids(id, lot).keySet();
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
        stages.advance(actor, published, theLot);
        return views.view(published, lot, actor);
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
        Publication.PublishedProcedure published = access.seatedOn(actor, id, lot);
        Lot theLot = LotAccess.lotOf(published, lot);
        EvaluationRecords.Row row = records.lock(id, lot)
                .orElseThrow(() -> RuleViolation.conflict("procurement.evaluation.not-started", published.procedure().reference()));
        Stages.expect(row, Stage.COMPILED, published.procedure());
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
        stages.rank(published, theLot, Objects.requireNonNull(row.tieSeed()));
        return views.view(published, lot, actor);
    }

    /**
     * A seated member signs the compiled ranking, with their dissent if they disagree (it stays on the
     * report). The last signature completes the lot's evaluation.
     */
    @Transactional
    public LotEvaluation sign(Actor actor, ProcedureId id, int lot, @Nullable String dissent) {
        actor.require("procurement:evaluation:review", "procurement.evaluation.sign", "procedure", id.value());
        Publication.PublishedProcedure published = access.seatedOn(actor, id, lot);
        Lot theLot = LotAccess.lotOf(published, lot);
        EvaluationRecords.Row row = records.lock(id, lot)
                .orElseThrow(() -> RuleViolation.conflict("procurement.evaluation.not-started", published.procedure().reference()));
        Stages.expect(row, Stage.COMPILED, published.procedure());
        String disagreement = dissent == null || dissent.isBlank() ? null : dissent.strip();
        if (disagreement != null && disagreement.length() > MAX_DISSENT) {
            throw RuleViolation.refused("procurement.evaluation.dissent-text", "dissent", MAX_DISSENT);
        }
        if (!records.sign(id, lot, actor.userId(), disagreement, clock.instant())) {
            throw RuleViolation.conflict("procurement.evaluation.already-signed", published.procedure().reference());
        }
        step(actor, "procurement.evaluation.signed", id, lot, Map.of("dissent", Boolean.toString(disagreement != null)));
        stages.advance(actor, published, theLot);
        return views.view(published, lot, actor);
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
