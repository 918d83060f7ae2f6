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
            UUID.fromString("10000000-0000-0000-0000-000000000001"),
            UUID.fromString("20000000-0000-0000-0000-000000000002"),
            3);

    @Test
    void theAssociatedDataIsTheLabelTheThreeIdsAndTheVersion() {
        assertThat(HexFormat.of().formatHex(BINDING.associatedData())).isEqualTo(
                HexFormat.of().formatHex("cogov-bid/1".getBytes(StandardCharsets.US_ASCII))
                        + "00112233445566778899aabbccddeeff"
                        + "10000000000000000000000000000001"
                        + "20000000000000000000000000000002"
                        + "00000003");
    }

    @Test
    void theHeaderStatesFormatAlgorithmAndBindingInClearAtTheirOffsets() {
        byte[] envelope = Envelopes.seal(PROCEDURE.publicKey(), BINDING, "a bid".getBytes(StandardCharsets.UTF_8));

        assertThat(Arrays.copyOfRange(envelope, 0, 8)).isEqualTo("COGOVBID".getBytes(StandardCharsets.US_ASCII));
        assertThat(envelope[8]).isEqualTo((byte) 1);
        assertThat(envelope[9]).isEqualTo((byte) 1);
        assertThat(Arrays.copyOfRange(envelope, 10, 62)).isEqualTo(BINDING.encoded());
        assertThat(ByteBuffer.wrap(envelope, 94, 2).getShort()).isEqualTo((short) 48);
        assertThat(envelope).hasSize(156 + 5 + 16);
    }

    @Test
    void theHeaderIsReadWithoutReadingTheBody() throws Exception {
        byte[] envelope = Envelopes.seal(PROCEDURE.publicKey(), BINDING, new byte[1000]);
        ByteArrayInputStream in = new ByteArrayInputStream(envelope);

        BidEnvelope.Header header = BidEnvelope.header(in);

        assertThat(header).isEqualTo(new BidEnvelope.Header(Algorithm.BID_V1, BINDING, 156));
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
        assertThat(target.size()).isEqualTo(size).isEqualTo(156 + 5 + 16);
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
        Arrays.fill(envelope, 58, 62, (byte) 0);

        assertThatThrownBy(() -> BidEnvelope.header(new ByteArrayInputStream(envelope)))
                .isInstanceOfSatisfying(EnvelopeRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo("envelope.format"));
    }

    @Test
    void aBindingHasIdsAndAVersionOfOneOrMore() {
        assertThatThrownBy(() -> new Binding(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Binding(null, UUID.randomUUID(), UUID.randomUUID(), 1))
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
