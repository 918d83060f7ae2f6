package org.cogov.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The envelope's bytes as docs/sealed-bids.md lays them out, and how its streams behave. */
class SealedBidTests {

    private static final TestKeys PROCEDURE = TestKeys.generate();
    private static final Binding BINDING = new Binding(
            UUID.fromString("00112233-4455-6677-8899-aabbccddeeff"),
            7,
            UUID.fromString("20000000-0000-0000-0000-000000000002"),
            3);

    @Test
    void theAssociatedDataIsTheLabelTheProcedureTheLotNumberTheBidderAndTheVersion() {
        assertThat(HexFormat.of().formatHex(BINDING.associatedData())).isEqualTo(
                HexFormat.of().formatHex("cogov-bid/1".getBytes(StandardCharsets.US_ASCII))
                        + "00112233445566778899aabbccddeeff"
                        + "00000007"
                        + "20000000000000000000000000000002"
                        + "00000003");
        assertThat(BINDING.associatedData()).hasSize(51);
        assertThat(BINDING.encoded()).hasSize(40);
    }

    @Test
    void aBindingDecodesFromItsEncodedBytes() {
        Binding largest = new Binding(UUID.randomUUID(), Integer.MAX_VALUE, UUID.randomUUID(), Integer.MAX_VALUE);

        assertThat(Binding.decode(BINDING.encoded())).isEqualTo(BINDING);
        assertThat(Binding.decode(largest.encoded())).isEqualTo(largest);
        assertThatThrownBy(() -> Binding.decode(new byte[52])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHeaderStatesFormatAlgorithmAndBindingInClearAtTheirOffsets() {
        byte[] envelope = Envelopes.seal(PROCEDURE.publicKey(), BINDING, "a bid".getBytes(StandardCharsets.UTF_8));

        assertThat(Arrays.copyOfRange(envelope, 0, 8)).isEqualTo("COGOVBID".getBytes(StandardCharsets.US_ASCII));
        assertThat(envelope[8]).isEqualTo((byte) 1);
        assertThat(envelope[9]).isEqualTo((byte) 1);
        assertThat(Arrays.copyOfRange(envelope, 10, 50)).isEqualTo(BINDING.encoded());
        assertThat(ByteBuffer.wrap(envelope, 26, 4).getInt()).isEqualTo(7);
        assertThat(ByteBuffer.wrap(envelope, 82, 2).getShort()).isEqualTo((short) 48);
        assertThat(BidEnvelope.HEADER_BYTES).isEqualTo(144);
        assertThat(envelope).hasSize(144 + 5 + 16);
    }

    @Test
    void theHeaderIsReadWithoutReadingTheBody() throws Exception {
        byte[] envelope = Envelopes.seal(PROCEDURE.publicKey(), BINDING, new byte[1000]);
        ByteArrayInputStream in = new ByteArrayInputStream(envelope);

        BidEnvelope.Header header = BidEnvelope.header(in);

        assertThat(header).isEqualTo(new BidEnvelope.Header(Algorithm.BID_V1, BINDING, 144));
        assertThat(in.available()).isEqualTo(1000 + 16);
    }

    @Test
    void twoSealingsOfTheSameBidDiffer() {
        byte[] bid = "the same bid".getBytes(StandardCharsets.UTF_8);

        assertThat(Envelopes.seal(PROCEDURE.publicKey(), BINDING, bid))
                .isNotEqualTo(Envelopes.seal(PROCEDURE.publicKey(), BINDING, bid));
    }

    @Test
    void closingTheSealedStreamWritesTheTagOnceAndLeavesTheTargetOpen() throws Exception {
        TrackedOutput target = new TrackedOutput();
        OutputStream sealed = BidEnvelope.sealing(PROCEDURE.publicKey(), BINDING, target);
        sealed.write("a bid".getBytes(StandardCharsets.UTF_8));
        sealed.close();
        int size = target.size();
        sealed.close();

        assertThat(target.closed).isFalse();
        assertThat(target.flushed).isTrue();
        assertThat(target.size()).isEqualTo(size).isEqualTo(144 + 5 + 16);
        assertThatThrownBy(() -> sealed.write(1)).isInstanceOf(IOException.class);
    }

    @Test
    void theOpeningLeavesTheEnvelopeAndThePlaintextStreamsOpen() throws Exception {
        byte[] envelope = Envelopes.seal(PROCEDURE.publicKey(), BINDING, "a bid".getBytes(StandardCharsets.UTF_8));
        TrackedOutput plaintext = new TrackedOutput();

        BidEnvelope.open(PROCEDURE.privateKey(), BINDING, new ByteArrayInputStream(envelope), plaintext);

        assertThat(plaintext.toString(StandardCharsets.UTF_8)).isEqualTo("a bid");
        assertThat(plaintext.closed).isFalse();
    }

    @Test
    void aRefusalNamesWhatDiffersFromTheExpectedRow() {
        byte[] envelope = Envelopes.seal(PROCEDURE.publicKey(), BINDING, new byte[0]);
        Binding nextVersion = new Binding(BINDING.procedure(), BINDING.lot(), BINDING.bidder(), 4);

        assertThatThrownBy(() -> Envelopes.open(PROCEDURE.privateKey(), nextVersion, envelope))
                .isInstanceOfSatisfying(EnvelopeRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo("envelope.binding");
                    assertThat(refused.detail()).isEqualTo("the bid was sealed for version 3, not 4");
                });
    }

    @Test
    void anEmptyFileIsATruncatedEnvelope() {
        assertThatThrownBy(() -> BidEnvelope.header(new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(EnvelopeRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo("envelope.truncated"));
    }

    @Test
    void anotherFormatVersionIsRefused() {
        byte[] envelope = Envelopes.seal(PROCEDURE.publicKey(), BINDING, new byte[0]);
        envelope[8] = 2;

        assertThatThrownBy(() -> BidEnvelope.header(new ByteArrayInputStream(envelope)))
                .isInstanceOfSatisfying(EnvelopeRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo("envelope.format"));
    }

    @Test
    void aHeaderBindingWithVersionZeroIsMalformed() {
        byte[] envelope = Envelopes.seal(PROCEDURE.publicKey(), BINDING, new byte[0]);
        Arrays.fill(envelope, 46, 50, (byte) 0);

        assertThatThrownBy(() -> BidEnvelope.header(new ByteArrayInputStream(envelope)))
                .isInstanceOfSatisfying(EnvelopeRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo("envelope.format"));
    }

    @Test
    void aHeaderBindingWithLotZeroIsMalformed() {
        byte[] envelope = Envelopes.seal(PROCEDURE.publicKey(), BINDING, new byte[0]);
        Arrays.fill(envelope, 26, 30, (byte) 0);

        assertThatThrownBy(() -> BidEnvelope.header(new ByteArrayInputStream(envelope)))
                .isInstanceOfSatisfying(EnvelopeRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo("envelope.format");
                    assertThat(refused.detail()).contains("lot");
                });
    }

    @Test
    void aRefusalNamesTheLotNumbersThatDiffer() {
        byte[] envelope = Envelopes.seal(PROCEDURE.publicKey(), BINDING, new byte[0]);
        Binding lotTwo = new Binding(BINDING.procedure(), 2, BINDING.bidder(), BINDING.version());

        assertThatThrownBy(() -> Envelopes.open(PROCEDURE.privateKey(), lotTwo, envelope))
                .isInstanceOfSatisfying(EnvelopeRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo("envelope.binding");
                    assertThat(refused.detail()).isEqualTo("the bid was sealed for lot 7, not 2");
                });
    }

    @Test
    void aBindingHasIdsALotNumberAndAVersionOfOneOrMore() {
        assertThatThrownBy(() -> new Binding(UUID.randomUUID(), 1, UUID.randomUUID(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version");
        assertThatThrownBy(() -> new Binding(UUID.randomUUID(), 0, UUID.randomUUID(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a lot's number is 1 or more, not 0");
        assertThatThrownBy(() -> new Binding(UUID.randomUUID(), -3, UUID.randomUUID(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lot");
        assertThatThrownBy(() -> new Binding(null, 1, UUID.randomUUID(), 1))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Binding(UUID.randomUUID(), 1, null, 1))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theAlgorithmIdOneIsBidVersionOne() throws EnvelopeRefused {
        assertThat(Algorithm.of(1)).isEqualTo(Algorithm.BID_V1);
        assertThat(Algorithm.BID_V1.id()).isEqualTo((byte) 1);
        assertThatThrownBy(() -> Algorithm.of(2))
                .isInstanceOfSatisfying(EnvelopeRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo("envelope.algorithm"));
    }

    @Test
    void aKeyThatIsNot32BytesOrNotAUsablePointIsRefusedBeforeSealing() {
        assertThatThrownBy(() -> BidEnvelope.sealing(new byte[31], BINDING, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BidEnvelope.sealing(new byte[32], BINDING, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a usable X25519 key");
    }

    /** An output stream that remembers whether it was flushed or closed. */
    private static final class TrackedOutput extends ByteArrayOutputStream {

        boolean flushed;
        boolean closed;

        @Override
        public void flush() {
            flushed = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
