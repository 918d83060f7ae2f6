package org.cogov.procurement.bidding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cogov.procurement.ProcedureId;
import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * Where a procedure's opening stands (开标记录): the shares presented of those needed, and once the key
 * was rebuilt, each lot — opened, or failed with too few bids — with the bid that counted for each bidder:
 * its price as sealed, its receipt time, or why it was not opened. Published: from the opening on,
 * nothing in it is secret.
 */
@Domain
public record OpeningRecord(ProcedureId procedure, int needed, List<Presented> presented, List<Lot> lots) {

    public enum LotOutcome { OPENED, FAILED }

    /** Opened; revoked (撤销), the bidder's fault; withdrawn (撤回), anyone else's. */
    public enum BidOutcome { OPENED, REVOKED, WITHDRAWN }

    public record Presented(int index, UUID custodian, Instant at) {
    }

    public record Lot(int lot, LotOutcome outcome, int standing, int needed, @Nullable String reason, Instant decidedAt,
            List<Bid> bids, List<OpeningObjection> objections) {
    }

    /** A bidder's objection on the record, and the purchaser's answer once given. */
    public record OpeningObjection(UUID id, int lot, UUID bidder, String bidderZh, String bidderEn, String text, Instant raisedAt,
            @Nullable String answer, @Nullable Instant answeredAt) {
    }

    public record Bid(int lot, UUID bidder, String bidderZh, String bidderEn, int version, Instant receivedAt,
            SealedBid.SealedBy sealedBy, String envelopeSha256, BidOutcome outcome, @Nullable String reason,
            @Nullable BigDecimal price, @Nullable String currency) {
    }

    public RecordState state() {
        return lots.isEmpty() ? RecordState.WAITING : RecordState.OPENED;
    }

    /** Waiting for shares, or opened (the lots are decided). */
    public enum RecordState { WAITING, OPENED }
}
