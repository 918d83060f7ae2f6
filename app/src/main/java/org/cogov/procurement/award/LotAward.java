package org.cogov.procurement.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cogov.procurement.Remedy;
import org.jspecify.annotations.Nullable;

/**
 * A lot's award as its reader may see it: the candidates of the current evaluation round in ranking order, the
 * purchaser's last day to confirm, and every decision with what became of it.
 *
 * @param round the evaluation round the candidates come from: 1, then one more for each re-evaluation
 * @param reportAt when the evaluation report reached the purchaser (the lot's evaluation completed on the platform)
 * @param confirmBy the purchaser's last day to confirm; past it, the first candidate still standing is awarded
 */
public record LotAward(UUID procedure, String reference, int lot, String lotTitle, Status status, int round, Instant reportAt,
        LocalDate confirmBy, List<AwardCandidate> candidates, List<AwardDecision> decisions) {

    public LotAward {
        candidates = List.copyOf(candidates);
        decisions = List.copyOf(decisions);
    }

    /** Awaiting the purchaser; awarded; back with its panel; failed on review. */
    public enum Status { AWAITING, AWARDED, REEVALUATING, FAILED }

    /**
     * A ranked candidate. {@code total} is its total score at 2 decimals when the lot ranked by scores;
     * {@code passedReason} why it was passed over (it declined, lost its eligibility, or a remedy took its award).
     */
    public record AwardCandidate(int rank, UUID bidder, String bidderZh, String bidderEn, BigDecimal price, @Nullable BigDecimal total,
            @Nullable String passedReason, @Nullable Instant passedAt) {

        public boolean standing() {
            return passedReason == null;
        }
    }

    /**
     * A decision of award and what became of it: the result notice and award letter it was published with, and its
     * cancellation by a remedy.
     *
     * @param decidedBy the purchaser's official; none when silence decided it
     */
    public record AwardDecision(UUID id, int round, int rank, UUID winner, String winnerZh, String winnerEn, BigDecimal price,
            boolean bySilence, @Nullable UUID decidedBy, Instant decidedAt, @Nullable String noticeNumber,
            @Nullable LocalDate displayUntil, @Nullable Instant cancelledAt, @Nullable Remedy remedy, @Nullable String cancelReason) {

        public boolean standing() {
            return cancelledAt == null;
        }
    }

    /** The decision that stands, if any. */
    public Optional<AwardDecision> standing() {
        return decisions.stream().filter(AwardDecision::standing).findFirst();
    }

    /** The first candidate still standing, whom the purchaser must confirm or pass over. */
    public Optional<AwardCandidate> next() {
        return candidates.stream().filter(AwardCandidate::standing).findFirst();
    }
}
