package org.cogov.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** The bid's plaintext as docs/sealed-bids.md describes it, and what the reader refuses. */
class BidContentTests {

    @Test
    void theEntriesComeInTheDocumentedOrderWithTheDocumentedText() throws IOException {
        ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
        try (BidContent.Writer writer = new BidContent.Writer(plaintext)) {
            writer.price(new BigDecimal("1234567.8"), "CNY")
                    .proposal("社区养老服务方案")
                    .attachment("报价单.pdf", bytes("%PDF-1.7"))
                    .attachment("资质.png", bytes("png"));
        }

        assertThat(entries(plaintext.toByteArray())).containsExactly(
                "bid/price=1234567.80",
                "bid/currency=CNY",
                "bid/proposal.txt=社区养老服务方案",
                "attachments/01-报价单.pdf=%PDF-1.7",
                "attachments/02-资质.png=png");
    }

    @Test
    void attachmentsOfTheSameNameAreKeptApartByTheirNumbers() throws IOException {
        ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
        try (BidContent.Writer writer = new BidContent.Writer(plaintext)) {
            writer.price(BigDecimal.TEN, "CNY").proposal("")
                    .attachment("a/scan.pdf", bytes("first"))
                    .attachment("b/scan.pdf", bytes("second"));
        }

        BidContent.Bid bid = BidContent.read(new ByteArrayInputStream(plaintext.toByteArray()), 1_000);

        assertThat(entries(plaintext.toByteArray())).contains("attachments/01-scan.pdf=first", "attachments/02-scan.pdf=second");
        assertThat(bid.attachments()).containsExactly(
                new BidContent.Attachment("scan.pdf", "first".getBytes(StandardCharsets.UTF_8)),
                new BidContent.Attachment("scan.pdf", "second".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anAttachmentKeepsOnlyTheLastSegmentOfItsName() {
        assertThat(BidContent.filename("../../etc/passwd")).isEqualTo("passwd");
        assertThat(BidContent.filename("C:\\Users\\张三\\投标文件.pdf")).isEqualTo("投标文件.pdf");
        assertThat(BidContent.filename("报价 (final).xlsx")).isEqualTo("报价 (final).xlsx");
    }

    @Test
    void anAttachmentWithoutANameOrWithAControlCharacterIsRefused() {
        for (String name : List.of("", "dir/", "..", ".", "a\nb.pdf", "tab\t.pdf", "nul\u0000.pdf", "c1\u0085.pdf", "x".repeat(256))) {
            assertThatThrownBy(() -> BidContent.filename(name)).as(name).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void thePriceComesFirstOnceThenTheProposalOnceThenAttachments() throws IOException {
        BidContent.Writer writer = new BidContent.Writer(new ByteArrayOutputStream());

        assertThatThrownBy(() -> writer.proposal("too early")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> writer.attachment("a.pdf", bytes("too early"))).isInstanceOf(IllegalStateException.class);
        writer.price(BigDecimal.ONE, "CNY");
        assertThatThrownBy(() -> writer.price(BigDecimal.ONE, "CNY")).isInstanceOf(IllegalStateException.class);
        writer.proposal("once");
        assertThatThrownBy(() -> writer.proposal("twice")).isInstanceOf(IllegalStateException.class);
        writer.close();
    }

    @Test
    void aPriceIsPositiveWithAtMostTwoDecimalsAndACurrencyIsThreeCapitals() {
        BidContent.Writer writer = new BidContent.Writer(new ByteArrayOutputStream());

        assertThatThrownBy(() -> writer.price(new BigDecimal("0.00"), "CNY")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.price(new BigDecimal("-5"), "CNY")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.price(new BigDecimal("1.005"), "CNY")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.price(BigDecimal.ONE, "cny")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.price(BigDecimal.ONE, "RMB¥")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBidWithoutAProposalIsNotFinishedAsABid() throws IOException {
        ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
        BidContent.Writer writer = new BidContent.Writer(plaintext);
        writer.price(BigDecimal.ONE, "CNY");

        assertThatThrownBy(writer::close).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> BidContent.read(new ByteArrayInputStream(plaintext.toByteArray()), 1_000))
                .isInstanceOf(BidContent.Malformed.class);
    }

    @Test
    void aBidWhoseAttachmentFailedToReadIsNotFinishedAsABid() throws IOException {
        ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
        BidContent.Writer writer = new BidContent.Writer(plaintext);
        writer.price(BigDecimal.ONE, "CNY").proposal("方案");
        InputStream failing = new InputStream() {
            private int given;

            @Override
            public int read() throws IOException {
                if (given++ < 10_000) {
                    return given & 0xff;
                }
                throw new IOException("the disk went away");
            }
        };

        assertThatThrownBy(() -> writer.attachment("scan.pdf", failing)).hasMessage("the disk went away");
        writer.close();

        assertThatThrownBy(() -> BidContent.read(new ByteArrayInputStream(plaintext.toByteArray()), 100_000))
                .isInstanceOfSatisfying(BidContent.Malformed.class,
                        malformed -> assertThat(malformed.reason()).isEqualTo(BidContent.Malformed.ARCHIVE));
    }

    @Test
    void closingTheWriterClosesThePlaintextStreamOnce() throws IOException {
        int[] closes = new int[1];
        ByteArrayOutputStream plaintext = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closes[0]++;
            }
        };
        BidContent.Writer writer = new BidContent.Writer(plaintext);
        writer.price(BigDecimal.ONE, "CNY").proposal("");
        writer.close();
        writer.close();

        assertThat(closes[0]).isEqualTo(1);
    }

    @Test
    void anArchiveWithAnEntryTheFormatDoesNotNameIsRefused() throws IOException {
        byte[] archive = archive("bid/price", "100.00", "bid/currency", "CNY", "bid/proposal.txt", "x",
                "attachments/01-a.pdf", "a", "../evil.sh", "rm -rf /");

        assertThatThrownBy(() -> BidContent.read(new ByteArrayInputStream(archive), 1_000))
                .isInstanceOfSatisfying(BidContent.Malformed.class,
                        malformed -> assertThat(malformed.reason()).isEqualTo(BidContent.Malformed.ENTRIES));
    }

    @Test
    void entriesOutOfOrderOrAttachmentsOutOfSequenceAreRefused() throws IOException {
        byte[] proposalFirst = archive("bid/proposal.txt", "x", "bid/price", "100.00", "bid/currency", "CNY");
        byte[] skipped = archive("bid/price", "100.00", "bid/currency", "CNY", "bid/proposal.txt", "x",
                "attachments/02-a.pdf", "a");

        for (byte[] archive : List.of(proposalFirst, skipped)) {
            assertThatThrownBy(() -> BidContent.read(new ByteArrayInputStream(archive), 1_000))
                    .isInstanceOfSatisfying(BidContent.Malformed.class,
                            malformed -> assertThat(malformed.reason()).isEqualTo(BidContent.Malformed.ENTRIES));
        }
    }

    @Test
    void aPriceInAnotherFormIsRefused() throws IOException {
        for (String price : List.of("1e3", "1,000.00", "-1.00", "0.00", "12.345", " 12", "")) {
            byte[] archive = archive("bid/price", price, "bid/currency", "CNY", "bid/proposal.txt", "x");

            assertThatThrownBy(() -> BidContent.read(new ByteArrayInputStream(archive), 1_000)).as(price)
                    .isInstanceOfSatisfying(BidContent.Malformed.class,
                            malformed -> assertThat(malformed.reason()).isEqualTo(BidContent.Malformed.PRICE));
        }
    }

    @Test
    void aProposalThatIsNotUtf8IsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "bid/price", "1.00".getBytes(StandardCharsets.US_ASCII));
            put(zip, "bid/currency", "CNY".getBytes(StandardCharsets.US_ASCII));
            put(zip, "bid/proposal.txt", "方案".getBytes(java.nio.charset.Charset.forName("GB18030")));
        }

        assertThatThrownBy(() -> BidContent.read(new ByteArrayInputStream(bytes.toByteArray()), 1_000))
                .isInstanceOfSatisfying(BidContent.Malformed.class,
                        malformed -> assertThat(malformed.reason()).isEqualTo(BidContent.Malformed.TEXT));
    }

    @Test
    void aSmallArchiveThatInflatesBeyondTheLimitIsRefused() throws IOException {
        ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(plaintext, StandardCharsets.UTF_8)) {
            put(zip, "bid/price", "1.00".getBytes(StandardCharsets.US_ASCII));
            put(zip, "bid/currency", "CNY".getBytes(StandardCharsets.US_ASCII));
            put(zip, "bid/proposal.txt", new byte[0]);
            put(zip, "attachments/01-zeros.pdf", new byte[50_000_000]);
        }
        assertThat(plaintext.size()).isLessThan(100_000);

        assertThatThrownBy(() -> BidContent.read(new ByteArrayInputStream(plaintext.toByteArray()), 10_000_000))
                .isInstanceOfSatisfying(BidContent.Malformed.class,
                        malformed -> assertThat(malformed.reason()).isEqualTo(BidContent.Malformed.TOO_LARGE));
    }

    @Test
    void attachmentsAreStoredAsTheyAreAndReadBackWhole() throws IOException {
        byte[] zeros = new byte[200_000];
        ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
        try (BidContent.Writer writer = new BidContent.Writer(plaintext)) {
            writer.price(BigDecimal.ONE, "CNY").proposal("").attachment("zeros.pdf", new ByteArrayInputStream(zeros));
        }
        assertThat(plaintext.size()).isGreaterThan(zeros.length);

        BidContent.Bid bid = BidContent.read(new ByteArrayInputStream(plaintext.toByteArray()), 1_000_000);
        assertThat(bid.attachments()).singleElement().satisfies(attachment -> assertThat(attachment.bytes()).isEqualTo(zeros));
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] archive(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                put(zip, namesAndTexts[i], namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static List<String> entries(byte[] archive) throws IOException {
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName() + "=" + new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
