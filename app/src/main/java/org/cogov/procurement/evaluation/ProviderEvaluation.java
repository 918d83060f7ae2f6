package org.cogov.procurement.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cogov.procurement.evaluation.LotEvaluation.MemberScore;
import org.cogov.procurement.evaluation.LotEvaluation.PriceCorrection;
import org.cogov.procurement.evaluation.LotEvaluation.PriceExplanation;
import org.cogov.procurement.evaluation.LotEvaluation.Stage;
import org.jspecify.annotations.Nullable;

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
