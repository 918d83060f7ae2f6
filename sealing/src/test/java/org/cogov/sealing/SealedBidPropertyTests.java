package org.cogov.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Laws of the sealed-bid envelope: what is sealed opens unchanged for its own row, and nothing else opens: not
 * another row, not an edited byte, not a cut envelope. Offsets are those of docs/sealed-bids.md.
 */
class SealedBidPropertyTests {

    private static final TestKeys PROCEDURE = TestKeys.generate();
    private static final int HEADER = BidEnvelope.HEADER_BYTES;

    enum Field { PROCEDURE, LOT, BIDDER, VERSION }

    @Provide
    Arbitrary<byte[]> bids() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(200_000)
                .withSizeDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<Binding> bindings() {
        return Envelopes.bindings();
    }

    @Property(tries = 200)
    void aSealedBidOpensToTheBytesThatWereSealed(@ForAll("bids") byte[] bid, @ForAll("bindings") Binding binding)
            throws EnvelopeRefused {
        byte[] envelope = Envelopes.seal(PROCEDURE.publicKey(), binding, bid);

        assertThat(envelope).hasSize(HEADER + bid.length + BidEnvelope.TAG_BYTES);
        assertThat(Envelopes.open(PROCEDURE.privateKey(), binding, envelope)).isEqualTo(bid);
    }

    @Property(tries = 200)
    void aBidOpenedForAnotherProcedureLotBidderOrVersionIsRefusedAsMoved(@ForAll("bindings") Binding sealedFor,
            @ForAll Field changed, @ForAll("bindings") Binding other, @ForAll @Size(max = 300) byte[] bid) {
        Binding expected = moved(sealedFor, changed, other);
        byte[] envelope = Envelopes.seal(PROCEDURE.publicKey(), sealedFor, bid);

        assertThat(reasonOfOpening(envelope, expected)).isEqualTo(EnvelopeRefused.BINDING);
    }

    @Property(tries = 200)
    void aBidWhoseHeaderWasEditedToMatchAnotherRowFailsAuthentication(@ForAll("bindings") Binding sealedFor,
            @ForAll Field changed, @ForAll("bindings") Binding other, @ForAll @Size(max = 300) byte[] bid) {
        Binding expected = moved(sealedFor, changed, other);
        byte[] envelope = Envelopes.seal(PROCEDURE.publicKey(), sealedFor, bid);
        System.arraycopy(expected.encoded(), 0, envelope, 10, Binding.ENCODED_LENGTH);

        assertThat(reasonOfOpening(envelope, expected)).isEqualTo(EnvelopeRefused.AUTHENTICATION);
    }

    @Property(tries = 500)
    void flippingAnyHeaderByteIsRefused(@ForAll @IntRange(min = 0, max = HEADER - 1) int offset,
            @ForAll @IntRange(min = 1, max = 255) int mask, @ForAll @Size(max = 300) byte[] bid) {
        Binding binding = Envelopes.someBinding();
        byte[] envelope = Envelopes.seal(PROCEDURE.publicKey(), binding, bid);
        envelope[offset] ^= (byte) mask;

        String reason = reasonOfOpening(envelope, binding);

        if (offset < 8) {
            assertThat(reason).isEqualTo(EnvelopeRefused.MAGIC);
        } else if (offset == 8) {
            assertThat(reason).isEqualTo(EnvelopeRefused.FORMAT);
        } else if (offset == 9) {
            assertThat(reason).isEqualTo(EnvelopeRefused.ALGORITHM);
        } else if (offset < 50) {
            // A lot or a version flipped to zero or below is a malformed binding; any other change is another row.
            assertThat(reason).isIn(EnvelopeRefused.BINDING, EnvelopeRefused.FORMAT);
        } else if (offset == 82 || offset == 83) {
            assertThat(reason).isEqualTo(EnvelopeRefused.FORMAT);
        } else {
            // The encapsulated key, the wrapped data key and the nonce.
            assertThat(reason).isEqualTo(EnvelopeRefused.AUTHENTICATION);
        }
    }

    @Property(tries = 300)
    void flippingAnyBodyByteIsRefused(@ForAll @Size(max = 5_000) byte[] bid,
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int position, @ForAll @IntRange(min = 1, max = 255) int mask) {
        Binding binding = Envelopes.someBinding();
        byte[] envelope = Envelopes.seal(PROCEDURE.publicKey(), binding, bid);
        int offset = HEADER + position % (envelope.length - HEADER);
        envelope[offset] ^= (byte) mask;

        assertThat(reasonOfOpening(envelope, binding)).isEqualTo(EnvelopeRefused.AUTHENTICATION);
    }

    @Property(tries = 300)
    void aTruncatedEnvelopeIsRefused(@ForAll @Size(max = 2_000) byte[] bid,
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int position) {
        Binding binding = Envelopes.someBinding();
        byte[] envelope = Envelopes.seal(PROCEDURE.publicKey(), binding, bid);
        int length = position % envelope.length;
        byte[] cut = Arrays.copyOf(envelope, length);

        String reason = reasonOfOpening(cut, binding);

        if (length < HEADER + BidEnvelope.TAG_BYTES) {
            assertThat(reason).isEqualTo(EnvelopeRefused.TRUNCATED);
        } else {
            // A body cut after its first 16 bytes cannot be told from an edited one: its last 16 bytes are no tag.
            assertThat(reason).isEqualTo(EnvelopeRefused.AUTHENTICATION);
        }
    }

    @Property(tries = 300)
    void anEnvelopeCutInsideItsHeaderIsRefusedOnArrival(@ForAll @IntRange(min = 0, max = HEADER - 1) int length) {
        byte[] envelope = Envelopes.seal(PROCEDURE.publicKey(), Envelopes.someBinding(), new byte[10]);

        assertThatThrownBy(() -> BidEnvelope.header(new ByteArrayInputStream(Arrays.copyOf(envelope, length))))
                .isInstanceOfSatisfying(EnvelopeRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(EnvelopeRefused.TRUNCATED));
    }

    @Property(tries = 300)
    void anUnknownAlgorithmIsRefused(@ForAll @IntRange(min = 0, max = 255) int id) {
        byte[] envelope = Envelopes.seal(PROCEDURE.publicKey(), Envelopes.someBinding(), new byte[10]);
        envelope[9] = (byte) id;

        if (id == Algorithm.BID_V1.id()) {
            return;
        }
        assertThatThrownBy(() -> BidEnvelope.header(new ByteArrayInputStream(envelope)))
                .isInstanceOfSatisfying(EnvelopeRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(EnvelopeRefused.ALGORITHM));
    }

    @Property(tries = 300)
    void aFileWithoutTheMagicIsRefused(@ForAll @Size(8) byte[] magic) {
        if (Arrays.equals(magic, BidEnvelope.MAGIC)) {
            return;
        }
        byte[] envelope = Envelopes.seal(PROCEDURE.publicKey(), Envelopes.someBinding(), new byte[10]);
        System.arraycopy(magic, 0, envelope, 0, 8);

        assertThatThrownBy(() -> BidEnvelope.header(new ByteArrayInputStream(envelope)))
                .isInstanceOfSatisfying(EnvelopeRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(EnvelopeRefused.MAGIC));
    }

    @Property(tries = 50)
    void anotherProceduresKeyCannotOpenTheBid(@ForAll("bindings") Binding binding, @ForAll @Size(max = 1_000) byte[] bid) {
        byte[] envelope = Envelopes.seal(PROCEDURE.publicKey(), binding, bid);

        assertThat(reasonOfOpening(envelope, binding, TestKeys.generate().privateKey()))
                .isEqualTo(EnvelopeRefused.AUTHENTICATION);
    }

    private static Binding moved(Binding binding, Field changed, Binding other) {
        Binding moved = switch (changed) {
            case PROCEDURE -> new Binding(other.procedure(), binding.lot(), binding.bidder(), binding.version());
            case LOT -> new Binding(binding.procedure(), other.lot(), binding.bidder(), binding.version());
            case BIDDER -> new Binding(binding.procedure(), binding.lot(), other.bidder(), binding.version());
            case VERSION -> new Binding(binding.procedure(), binding.lot(), binding.bidder(), other.version());
        };
        if (moved.equals(binding)) {
            // The other value happened to be the same one: move by one instead.
            return switch (changed) {
                case PROCEDURE -> new Binding(next(binding.procedure()), binding.lot(), binding.bidder(), binding.version());
                case LOT -> new Binding(binding.procedure(), binding.lot() == Integer.MAX_VALUE ? 1 : binding.lot() + 1,
                        binding.bidder(), binding.version());
                case BIDDER -> new Binding(binding.procedure(), binding.lot(), next(binding.bidder()), binding.version());
                case VERSION -> new Binding(binding.procedure(), binding.lot(), binding.bidder(),
                        binding.version() == Integer.MAX_VALUE ? 1 : binding.version() + 1);
            };
        }
        return moved;
    }

    private static UUID next(UUID id) {
        return new UUID(id.getMostSignificantBits(), id.getLeastSignificantBits() + 1);
    }

    private static String reasonOfOpening(byte[] envelope, Binding expected) {
        return reasonOfOpening(envelope, expected, PROCEDURE.privateKey());
    }

    private static String reasonOfOpening(byte[] envelope, Binding expected, byte[] privateKey) {
        EnvelopeRefused refused = catchThrowableOfType(EnvelopeRefused.class,
                () -> Envelopes.open(privateKey, expected, envelope));
        assertThat(refused).as("the envelope is refused").isNotNull();
        return refused.reason();
    }
}
