package org.cogov.procurement.bonds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cogov.procurement.ProcedureId;
import org.cogov.shared.Domain;
import org.cogov.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A bidder's bid bond (投标保证金) on one lot, as the purchaser's staff received it, and where it stands.
 *
 * @param refundFrom the day of the fact that freed it (the award to another, the signature, the withdrawal, the
 *                   failure or cancellation), from which its refund period runs
 * @param refundDue the last day to refund it; none while held or forfeited, or when the calendar of that year is not
 *                  loaded yet (see {@link BidBonds})
 */
@Domain
public record BidBond(UUID id, ProcedureId procedure, int lot, UUID bidder, Money amount, LocalDate receivedOn, Form form,
        String paymentReference, Instant recordedAt, State state, @Nullable RefundGround refundGround,
        @Nullable LocalDate refundFrom, @Nullable LocalDate refundDue, @Nullable LocalDate refundedOn,
        @Nullable String refundReference, boolean refundedLate, @Nullable Instant forfeitedAt) {

    /** How the bond was lodged: a transfer to the purchaser's (or agency's) account, a bank's guarantee letter (保函), other. */
    public enum Form { BANK_TRANSFER, GUARANTEE_LETTER, OTHER }

    /** Held until a fact decides it; then due back, and refunded; or forfeited, for good. */
    public enum State { HELD, REFUND_DUE, REFUNDED, FORFEITED }

    /** The fact that freed the bond, from whose day its refund period runs. */
    public enum RefundGround {
        /** The lot was awarded to another bidder: the result notice goes out the same day. */
        AWARDED_TO_ANOTHER,
        /** The winner signed its contract. */
        CONTRACT_SIGNED,
        /** The bidder withdrew its bid before the deadline and asked for its bond back. */
        WITHDRAWN,
        /** At the opening no bid of the bidder's stood, or it was withdrawn through no fault of the bidder's. */
        NO_BID_OPENED,
        LOT_FAILED, PROCEDURE_FAILED, PROCEDURE_CANCELLED
    }
}
