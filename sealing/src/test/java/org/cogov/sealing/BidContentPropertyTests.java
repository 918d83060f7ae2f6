package org.cogov.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Laws of the bid's plaintext: what is written reads back the same, and nothing else reads as a bid. */
class BidContentPropertyTests {

    private static final long NO_LIMIT = Long.MAX_VALUE;

    @Provide
    Arbitrary<BidContent.Bid> bids() {
        Arbitrary<BigDecimal> prices = Arbitraries.longs().between(1, 9_999_999_999_999_999L).map(fen -> BigDecimal.valueOf(fen, 2));
        Arbitrary<String> currencies = Arbitraries.strings().withCharRange('A', 'Z').ofLength(3);
        Arbitrary<String> proposals = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').withChars("，。、；：“”（）\n 0123456789abcXYZ").ofMaxLength(2_000),
                Arbitraries.strings().ascii().ofMaxLength(500),
                Arbitraries.of("本项目为社区居家养老服务，服务期一年。", ""));
        Arbitrary<String> names = Arbitraries.oneOf(
                Arbitraries.of("报价单.pdf", "营业执照.png", "方案.docx", "a.pdf"),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').withCharRange('a', 'z').withChars(" -_.()（）")
                        .ofMinLength(1).ofMaxLength(40).filter(name -> !name.equals(".") && !name.equals("..")));
        Arbitrary<BidContent.Attachment> attachments = Combinators.combine(names,
                Arbitraries.bytes().array(byte[].class).ofMaxSize(20_000)).as(BidContent.Attachment::new);
        return Combinators.combine(prices, currencies, proposals, attachments.list().ofMaxSize(5)).as(BidContent.Bid::new);
    }

    @Property(tries = 300)
    void aBidReadsBackAsItWasWritten(@ForAll("bids") BidContent.Bid bid) throws IOException {
        BidContent.Bid read = BidContent.read(new ByteArrayInputStream(written(bid)), NO_LIMIT);

        assertThat(read.price()).isEqualByComparingTo(bid.price());
        assertThat(read.price().scale()).isEqualTo(2);
        assertThat(read.currency()).isEqualTo(bid.currency());
        assertThat(read.proposal()).isEqualTo(bid.proposal());
        assertThat(read.attachments()).isEqualTo(bid.attachments());
    }

    @Property(tries = 300)
    void aSealedBidsContentOpensWhole(@ForAll("bids") BidContent.Bid bid) throws Exception {
        TestKeys procedure = TestKeys.generate();
        Binding binding = Envelopes.someBinding();
        ByteArrayOutputStream envelope = new ByteArrayOutputStream();
        try (BidContent.Writer writer = new BidContent.Writer(BidEnvelope.sealing(procedure.publicKey(), binding, envelope))) {
            write(writer, bid);
        }

        byte[] plaintext = Envelopes.open(procedure.privateKey(), binding, envelope.toByteArray());

        assertThat(BidContent.read(new ByteArrayInputStream(plaintext), NO_LIMIT).attachments()).isEqualTo(bid.attachments());
    }

    @Property(tries = 300)
    void contentLargerThanTheReaderAllowsIsRefused(@ForAll("bids") BidContent.Bid bid, @ForAll @IntRange(min = 1, max = 100) int percent) {
        long size = 3 + 3 + bid.proposal().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + bid.price().toPlainString().length()
                + bid.attachments().stream().mapToLong(a -> a.bytes().length).sum();
        long allowed = size * (100 - percent) / 100;
        if (allowed >= size - 3) {
            // the price text's length varies by a digit or two: keep to cases clearly over the limit
            return;
        }

        Throwable refusal = catchThrowable(() -> BidContent.read(new ByteArrayInputStream(written(bid)), allowed));

        assertThat(refusal).isInstanceOfSatisfying(BidContent.Malformed.class,
                malformed -> assertThat(malformed.reason()).isEqualTo(BidContent.Malformed.TOO_LARGE));
    }

    @Property(tries = 500)
    void arbitraryBytesAreRefusedAsMalformed(@ForAll @Size(max = 2_000) byte[] bytes) {
        Throwable refusal = catchThrowable(() -> BidContent.read(new ByteArrayInputStream(bytes), NO_LIMIT));

        assertThat(refusal).isInstanceOf(BidContent.Malformed.class);
    }

    @Property(tries = 1_000)
    void anEditedArchiveReadsAsABidOrIsRefusedAsMalformed(@ForAll("bids") BidContent.Bid bid,
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int position, @ForAll @IntRange(min = 1, max = 255) int mask) {
        byte[] archive = written(bid);
        archive[position % archive.length] ^= (byte) mask;

        Throwable refusal = catchThrowable(() -> BidContent.read(new ByteArrayInputStream(archive), NO_LIMIT));

        // A byte in a time stamp or in an attachment's name may change without making the archive malformed; no edit
        // escapes as anything but a refusal.
        if (refusal != null) {
            assertThat(refusal).isInstanceOf(BidContent.Malformed.class);
        }
    }

    static byte[] written(BidContent.Bid bid) {
        ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
        try (BidContent.Writer writer = new BidContent.Writer(plaintext)) {
            write(writer, bid);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return plaintext.toByteArray();
    }

    static void write(BidContent.Writer writer, BidContent.Bid bid) throws IOException {
        writer.price(bid.price(), bid.currency()).proposal(bid.proposal());
        List<BidContent.Attachment> attachments = bid.attachments();
        for (BidContent.Attachment attachment : attachments) {
            writer.attachment(attachment.filename(), new ByteArrayInputStream(attachment.bytes()));
        }
    }
}
