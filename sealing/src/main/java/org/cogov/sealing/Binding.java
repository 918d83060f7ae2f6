package org.cogov.sealing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * What a sealed bid is bound to: the procedure, the lot, the bidding organization and the bid's version.
 *
 * <p>The binding is written in clear in the envelope's header, so that the server can check on arrival that a bid
 * was sealed for the row it is submitted to, and it is bound as associated data both to the wrapped data key and to
 * the body, so that a bid moved to another procedure, lot, bidder or version fails to open. The byte forms are those
 * of {@code docs/sealed-bids.md}:
 *
 * <ul>
 *   <li>{@link #associatedData()}: the ASCII label {@code cogov-bid/1} (11 bytes), then the procedure's id as 16 bytes
 *       (most significant half first), the lot's number as a 4-byte big-endian integer, the bidder's id as 16 bytes and
 *       the version as a 4-byte big-endian integer: 51 bytes.
 *   <li>In the header ({@link #encoded()}): the same 40 bytes without the label.
 * </ul>
 *
 * @param procedure the procedure's id
 * @param lot the lot's number within the procedure, 1 or more, as the platform's API path
 *     {@code /api/v1/procedures/{procedure}/lots/{lot}/bids} has it
 * @param bidder the bidding organization's id
 * @param version the bid's version for that lot and bidder, 1 for the first bid and one more for each replacement
 */
public record Binding(UUID procedure, int lot, UUID bidder, int version) {

    /** The label that opens the associated data, naming its format. */
    static final String LABEL = "cogov-bid/1";

    /**
     * The versions above this number are reserved for final quotations (最后报价) of competitive negotiation and
     * consultation: the {@code n}-th final quotation of a bidder on a lot is version {@code FINAL_QUOTATIONS + n}. A bid
     * never reaches the range, so a bid's envelope is never bound to a final quotation's row, nor the other way round:
     * one replayed as the other is refused as {@code envelope.binding}.
     */
    public static final int FINAL_QUOTATIONS = 1_000_000;

    /** The length of the binding as it stands in clear in an envelope's header. */
    static final int ENCODED_LENGTH = 16 + 4 + 16 + 4;

    public Binding {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(bidder, "bidder");
        if (lot < 1) {
            throw new IllegalArgumentException("a lot's number is 1 or more, not " + lot);
        }
        if (version < 1) {
            throw new IllegalArgumentException("a bid's version is 1 or more, not " + version);
        }
    }

    /** The binding of a bidder's {@code n}-th final quotation on a lot, in the reserved range. */
    public static Binding finalQuotation(UUID procedure, int lot, UUID bidder, int n) {
        if (n < 1 || n > Integer.MAX_VALUE - FINAL_QUOTATIONS) {
            throw new IllegalArgumentException("a final quotation's number is 1 or more, not " + n);
        }
        return new Binding(procedure, lot, bidder, FINAL_QUOTATIONS + n);
    }

    /** Whether the version lies in the range reserved for final quotations. */
    public boolean finalQuotation() {
        return version > FINAL_QUOTATIONS;
    }

    /**
     * The associated data the envelope binds: {@code "cogov-bid/1"} in ASCII, the procedure's id as 16 bytes, the lot's
     * number as a 4-byte big-endian integer, the bidder's id as 16 bytes and the version as a 4-byte big-endian integer
     * (51 bytes, always the same length).
     */
    public byte[] associatedData() {
        byte[] label = LABEL.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(label.length + ENCODED_LENGTH).put(label).put(encoded()).array();
    }

    /**
     * The binding as it stands in clear in an envelope's header: the procedure's id, the lot's number, the bidder's id
     * and the version, 40 bytes.
     */
    byte[] encoded() {
        return ByteBuffer.allocate(ENCODED_LENGTH)
                .putLong(procedure.getMostSignificantBits()).putLong(procedure.getLeastSignificantBits())
                .putInt(lot)
                .putLong(bidder.getMostSignificantBits()).putLong(bidder.getLeastSignificantBits())
                .putInt(version)
                .array();
    }

    /** Reads the 40 bytes of {@link #encoded()}; a lot or a version below 1 is refused by the constructor. */
    static Binding decode(byte[] encoded) {
        if (encoded.length != ENCODED_LENGTH) {
            throw new IllegalArgumentException("a binding is " + ENCODED_LENGTH + " bytes, not " + encoded.length);
        }
        ByteBuffer bytes = ByteBuffer.wrap(encoded);
        return new Binding(
                new UUID(bytes.getLong(), bytes.getLong()),
                bytes.getInt(),
                new UUID(bytes.getLong(), bytes.getLong()),
                bytes.getInt());
    }
}
