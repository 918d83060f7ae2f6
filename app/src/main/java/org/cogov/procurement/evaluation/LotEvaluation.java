package org.cogov.procurement.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.cogov.procurement.AwardCriteria;
import org.jspecify.annotations.Nullable;

/**
 * A lot's evaluation as one reader may see it. What a reader may not see yet is left out, not blanked: a
 * member's scores appear only once every seated member has submitted, to anyone but their author.
 *
 * @param stage where the evaluation stands
 * @param bids every opened bid of the lot with the verdicts on it and, once compiled, its place
 * @param members the seated panel with how far each has come
 */
public record LotEvaluation(UUID procedure, String reference, int lot, String lotTitle, RankingCriteria criteria, Stage stage,
        Instant startedAt, @Nullable Instant compiledAt, @Nullable Instant completedAt, @Nullable String failureReason,
        @Nullable String tieSeed, List<EvaluatedBid> bids, List<SeatedMember> members, List<PanelVote> votes, List<PriceCorrection> corrections,
        List<PriceExplanation> explanations, List<MemberScore> scores, List<ScoreCorrection> scoreCorrections,
        @Nullable NegotiationRounds negotiation) {

    public LotEvaluation {
        Objects.requireNonNull(stage, "stage");
        bids = List.copyOf(bids);
        members = List.copyOf(members);
        votes = List.copyOf(votes);
        corrections = List.copyOf(corrections);
        explanations = List.copyOf(explanations);
        scores = List.copyOf(scores);
        scoreCorrections = List.copyOf(scoreCorrections);
    }

    /**
     * The steps of a lot's evaluation. The purchaser's qualification review, the panel's compliance review
     * (with price corrections proposed), clarification (corrections confirmed, low prices explained and
     * judged), scoring (comprehensive scoring only), then the compiled ranking the members sign.
     */
    public enum Stage { QUALIFICATION, COMPLIANCE, CLARIFICATION, NEGOTIATION, FINAL_QUOTATIONS, SCORING, COMPILED, COMPLETED, FAILED }

    /**
     * The rounds of a competitive negotiation or consultation (none for other methods): the minutes of each round's
     * talk with each supplier, the amendments of the requirements sent to all, and the call for final quotations
     * with where their opening stands.
     *
     * @param consultation scored on the final quotations (竞争性磋商), else ranked by the lowest one (竞争性谈判)
     * @param calledAt when a member called for final quotations
     * @param dueAt when the final quotations are due, once called
     * @param presented how many custodians presented their share again, of {@code needed}
     * @param openedAt when the final quotations were opened
     * @param finalQuotations what each supplier gave as its final quotation, once opened (none before)
     */
    public record NegotiationRounds(boolean consultation, List<TalkMinutes> minutes, List<RequirementsAmended> amendments,
            @Nullable Instant calledAt, @Nullable Instant dueAt, int presented, int needed, @Nullable Instant openedAt,
            List<FinalQuotationGiven> finalQuotations) {

        public NegotiationRounds {
            minutes = List.copyOf(minutes);
            amendments = List.copyOf(amendments);
            finalQuotations = List.copyOf(finalQuotations);
        }
    }

    /**
     * A supplier's opened final quotation (最后报价): the last one received before the due time, its price, or why it does
     * not count (a message key) when it did not open as a final quotation.
     */
    public record FinalQuotationGiven(UUID bidder, int number, Instant receivedAt, @Nullable BigDecimal price, @Nullable String invalidReason) {
    }

    /** The minutes of one round's talk with one supplier, by a seated member. */
    public record TalkMinutes(UUID bidder, int round, String text, UUID recordedBy, Instant recordedAt) {
    }

    /** A written amendment of the requirements, sent to every remaining valid supplier. */
    public record RequirementsAmended(UUID id, String text, UUID recordedBy, Instant recordedAt) {
    }

    /**
     * How the lot ranks, from its award criteria: the price weight and the factors, or the lowest price; then the
     * tie breaks its documents state, before the draw.
     */
    public record RankingCriteria(boolean lowestPrice, BigDecimal priceWeight, List<ScoringFactor> factors,
            List<AwardCriteria.TieBreak> tieBreaks) {

        public RankingCriteria {
            factors = List.copyOf(factors);
            tieBreaks = List.copyOf(tieBreaks);
        }
    }

    /** A factor of comprehensive scoring; {@code scoredByPanel} is false for past performance. */
    public record ScoringFactor(int index, String name, BigDecimal weight, String guidance, boolean scoredByPanel) {
    }

    /**
     * An opened bid under evaluation.
     *
     * @param evaluatedPrice the price the ranking uses: the final quotation, else the confirmed corrected price, else the
     *        opened one
     * @param invalidReason why the bid stopped counting (a message key), none while it counts
     * @param drawn its place among bids the rules' order left equal came from the draw
     * @param tieSettled its place among bids the rules' order left equal came from a tie break the documents state
     */
    public record EvaluatedBid(UUID bidder, String bidderZh, String bidderEn, BigDecimal price, BigDecimal evaluatedPrice,
            @Nullable Boolean qualified, @Nullable String qualificationReason, @Nullable Boolean compliant,
            @Nullable String invalidReason, @Nullable Integer ranking, boolean drawn, boolean tieSettled, @Nullable BigDecimal priceScore,
            @Nullable BigDecimal total, @Nullable BigDecimal shownTotal, @Nullable BigDecimal finalPrice) {

        public boolean valid() {
            return invalidReason == null && !Boolean.FALSE.equals(qualified) && !Boolean.FALSE.equals(compliant);
        }
    }

    /**
     * A seated member and how far they have come.
     *
     * @param expert an expert drawn from the pool, else the purchaser's representative
     */
    public record SeatedMember(UUID user, String name, boolean expert, @Nullable Instant submittedAt, @Nullable Instant signedAt,
            @Nullable String dissent) {
    }

    /** A member's vote on a bid: compliant, or (for an explained low price) justified. */
    public record PanelVote(UUID bidder, Question question, UUID member, boolean inFavour, @Nullable String reason, Instant at) {
    }

    public enum Question { COMPLIANCE, EXPLANATION }

    /** A correction of a bid's price by the panel, and the bidder's answer once given. */
    public record PriceCorrection(UUID bidder, CorrectionKind kind, BigDecimal original, BigDecimal corrected, String reason,
            UUID proposedBy, Instant proposedAt, @Nullable Answer answer, @Nullable Instant answeredAt) {

        public enum Answer { CONFIRMED, REFUSED }
    }

    /**
     * The rules by which a bid's price is corrected (Order 87 Art. 59): the summary form over the body of
     * the bid, the amount in words over the figures, a misplaced decimal point by the summary total, the
     * total by the unit prices.
     */
    public enum CorrectionKind { SUMMARY_OVER_BODY, WORDS_OVER_FIGURES, MISPLACED_DECIMAL, UNIT_PRICES_OVER_TOTAL }

    /**
     * The panel's request that a bidder explain an abnormally low price: the grounds the rule found (percent
     * below the others' mean, below the next price up, when they triggered), the answer and when it was due.
     */
    public record PriceExplanation(UUID bidder, @Nullable BigDecimal belowMean, @Nullable BigDecimal meanPrice,
            @Nullable BigDecimal belowNext, @Nullable BigDecimal nextPrice, Instant requestedAt, Instant dueAt,
            @Nullable String text, @Nullable Instant explainedAt) {
    }

    /** One member's score of one factor of one bid. */
    public record MemberScore(UUID member, UUID bidder, int factor, BigDecimal score) {
    }

    /** A score mended after compilation, for an arithmetic error, with the reason. */
    public record ScoreCorrection(UUID member, UUID bidder, int factor, BigDecimal before, BigDecimal after, String reason,
            Instant at) {
    }
}
