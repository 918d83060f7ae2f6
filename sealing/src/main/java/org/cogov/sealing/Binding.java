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
 *   <li>{@link #associatedData()}: the ASCII label {@code cogov-bid/1} (11 bytes), then the procedure, lot and bidder
 *       ids as 16 bytes each (most significant half first), then the version as a 4-byte big-endian integer: 63 bytes.
 *   <li>In the header ({@link #encoded()}): the same 52 bytes without the label.
 * </ul>
 *
 * @param procedure the procedure's id
 * @param lot the lot's id
 * @param bidder the bidding organization's id
 * @param version the bid's version for that lot and bidder, 1 for the first bid and one more for each replacement
 */
public record Binding(UUID procedure, UUID lot, UUID bidder, int version) {

    /** The label that opens the associated data, naming its format. */
    static final String LABEL = "cogov-bid/1";

    /** The length of the binding as it stands in clear in an envelope's header. */
    static final int ENCODED_LENGTH = 3 * 16 + 4;

    public Binding {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(bidder, "bidder");
        if (version < 1) {
            throw new IllegalArgumentException("a bid's version is 1 or more, not " + version);
        }
    }

    /**
     * The associated data the envelope binds: {@code "cogov-bid/1"} in ASCII, the three ids as 16 bytes each and the
     * version as a 4-byte big-endian integer (63 bytes, always the same length).
     */
    public byte[] associatedData() {
        byte[] label = LABEL.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(label.length + ENCODED_LENGTH).put(label).put(encoded()).array();
    }

    /** The binding as it stands in clear in an envelope's header: the three ids and the version, 52 bytes. */
    byte[] encoded() {
        return ByteBuffer.allocate(ENCODED_LENGTH)
                .putLong(procedure.getMostSignificantBits()).putLong(procedure.getLeastSignificantBits())
                .putLong(lot.getMostSignificantBits()).putLong(lot.getLeastSignificantBits())
                .putLong(bidder.getMostSignificantBits()).putLong(bidder.getLeastSignificantBits())
                .putInt(version)
                .array();
    }

    /** Reads the 52 bytes of {@link #encoded()}; a version below 1 is refused by the constructor. */
    static Binding decode(byte[] encoded) {
        if (encoded.length != ENCODED_LENGTH) {
            throw new IllegalArgumentException("a binding is " + ENCODED_LENGTH + " bytes, not " + encoded.length);
        }
        ByteBuffer bytes = ByteBuffer.wrap(encoded);
        return new Binding(
                new UUID(bytes.getLong(), bytes.getLong()),
                new UUID(bytes.getLong(), bytes.getLong()),
                new UUID(bytes.getLong(), bytes.getLong()),
                bytes.getInt());
    }
}
