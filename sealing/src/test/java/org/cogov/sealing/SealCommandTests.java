package org.cogov.sealing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A provider seals a bid on its own machine and inspects the envelope before submitting it. */
class SealCommandTests {

    private static final TestKeys PROCEDURE = TestKeys.generate();
    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @TempDir
    Path directory;

    private final Binding binding = new Binding(UUID.randomUUID(), 3, UUID.randomUUID(), 2);
    private Path proposal;
    private Path quotation;
    private Path licence;

    @BeforeEach
    void files() throws IOException {
        proposal = Files.writeString(directory.resolve("proposal.txt"), "我会承接全区社区居家养老服务，服务期一年。\nWe will run the service for a year.\n");
        quotation = Files.write(directory.resolve("报价单.pdf"), PDF);
        licence = Files.write(directory.resolve("licence.png"), PNG);
    }

    @Test
    void aSealedBidOpensToThePriceProposalAndAttachmentsGiven() throws Exception {
        Path out = directory.resolve("bid.cogov");

        CommandRun run = seal(out, "--price", "1234567.89", "--attach", quotation.toString(), "--attach", licence.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
        try (InputStream envelope = Files.newInputStream(out)) {
            BidEnvelope.open(PROCEDURE.privateKey(), binding, envelope, plaintext);
        }
        BidContent.Bid bid = BidContent.read(new ByteArrayInputStream(plaintext.toByteArray()), 1_000_000);
        assertThat(bid.price()).isEqualTo(new BigDecimal("1234567.89"));
        assertThat(bid.currency()).isEqualTo("CNY");
        assertThat(bid.proposal()).isEqualTo(Files.readString(proposal));
        assertThat(bid.attachments()).containsExactly(
                new BidContent.Attachment("报价单.pdf", PDF), new BidContent.Attachment("licence.png", PNG));
    }

    @Test
    void sealingPrintsTheHashAndSizeThatTheReceiptWillShow() throws Exception {
        Path out = directory.resolve("bid.cogov");

        CommandRun run = seal(out, "--price", "98000");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.printed("sha256")).isEqualTo(sha256(out));
        assertThat(run.printed("size")).isEqualTo(Files.size(out) + " bytes");
        assertThat(run.printed("version")).isEqualTo("2");
    }

    @Test
    void inspectingAnEnvelopeShowsItsHeaderAndHash() throws Exception {
        Path out = directory.resolve("bid.cogov");
        seal(out, "--price", "98000");

        CommandRun run = CommandRun.of("inspect", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.printed("algorithm")).startsWith("BID_V1 (id 1");
        assertThat(run.printed("procedure")).isEqualTo(binding.procedure().toString());
        assertThat(run.printed("lot")).isEqualTo("3");
        assertThat(run.printed("bidder")).isEqualTo(binding.bidder().toString());
        assertThat(run.printed("version")).isEqualTo("2");
        assertThat(run.printed("header")).isEqualTo("144 bytes");
        assertThat(run.printed("sha256")).isEqualTo(sha256(out));
        assertThat(run.printed("size")).isEqualTo(Files.size(out) + " bytes");
    }

    @Test
    void inspectingAFileThatIsNotASealedBidFailsWithTheReason() throws Exception {
        CommandRun notABid = CommandRun.of("inspect", quotation.toString());
        Path cut = directory.resolve("cut.cogov");
        seal(directory.resolve("bid.cogov"), "--price", "1");
        Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(directory.resolve("bid.cogov")), BidEnvelope.HEADER_BYTES + 10));
        CommandRun truncated = CommandRun.of("inspect", cut.toString());

        assertThat(notABid.exitCode()).isEqualTo(1);
        assertThat(notABid.err()).contains("envelope.magic").doesNotContain("\tat ");
        assertThat(truncated.exitCode()).isEqualTo(1);
        assertThat(truncated.err()).contains("envelope.truncated");
    }

    @Test
    void sealingNeverOverwritesAnExistingFile() throws Exception {
        Path out = Files.writeString(directory.resolve("bid.cogov"), "an earlier bid");

        CommandRun run = seal(out, "--price", "1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("already exists");
        assertThat(Files.readString(out)).isEqualTo("an earlier bid");
    }

    @Test
    void anAttachmentOfATypeTheOpeningRefusesIsRefusedBeforeSealing() throws Exception {
        Path text = Files.writeString(directory.resolve("notes.txt"), "plain text");
        Path zip = directory.resolve("archive.docx");
        try (ZipOutputStream archive = new ZipOutputStream(Files.newOutputStream(zip))) {
            archive.putNextEntry(new ZipEntry("something.txt"));
        }
        Path out = directory.resolve("bid.cogov");

        for (Path attachment : List.of(text, zip)) {
            CommandRun run = seal(out, "--price", "1", "--attach", attachment.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("PDF, DOCX, XLSX, PNG or JPEG");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void anOfficeDocumentIsAcceptedAsAnAttachment() throws Exception {
        Path docx = directory.resolve("方案.docx");
        try (ZipOutputStream archive = new ZipOutputStream(Files.newOutputStream(docx))) {
            archive.putNextEntry(new ZipEntry("[Content_Types].xml"));
            archive.putNextEntry(new ZipEntry("word/document.xml"));
        }

        CommandRun run = seal(directory.resolve("bid.cogov"), "--price", "1", "--attach", docx.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void aMissingOrMalformedOptionIsAUsageErrorWithoutAStackTrace() {
        Path out = directory.resolve("bid.cogov");
        List<CommandRun> runs = List.of(
                seal(out),
                seal(out, "--price", "1,234.00"),
                seal(out, "--price", "12.345"),
                seal(out, "--price", "1", "--currency", "rmb"),
                seal(out, "--price", "1", "--colour", "red"),
                CommandRun.of("seal", "--public-key", "AAAA", "--procedure", "x"),
                CommandRun.of("seal", "--public-key", Base64.getEncoder().encodeToString(PROCEDURE.publicKey()),
                        "--procedure", "not-a-uuid"),
                sealForLot(out, "0"),
                sealForLot(out, "-1"),
                sealForLot(out, "two"),
                sealForLot(out, UUID.randomUUID().toString()));

        for (CommandRun run : runs) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).startsWith("error: ").doesNotContain("\tat ", "Exception");
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void aKeyThatIsNotAUsableX25519PointIsRefused() {
        CommandRun run = CommandRun.of(arguments(directory.resolve("bid.cogov"), Base64.getEncoder().encodeToString(new byte[32]),
                "--price", "1"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("not a usable X25519 key");
        assertThat(directory.resolve("bid.cogov")).doesNotExist();
    }

    @Test
    void everyCommandExplainsItselfWithHelp() {
        for (String command : List.of("seal", "inspect", "submit", "key")) {
            CommandRun run = CommandRun.of(command, "--help");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).startsWith("usage: java -jar cogov-sealing.jar " + command);
        }
        assertThat(CommandRun.of("--help").out()).contains("seal", "inspect", "submit", "key");
    }

    @Test
    void anUnknownCommandOrNoneIsAUsageError() {
        assertThat(CommandRun.of("open", "bid.cogov").exitCode()).isEqualTo(2);
        assertThat(CommandRun.of().exitCode()).isEqualTo(2);
    }

    @Test
    void theLotIsGivenByItsNumber() throws Exception {
        Path out = directory.resolve("bid.cogov");

        CommandRun run = seal(out, "--price", "1");
        CommandRun notANumber = sealForLot(directory.resolve("other.cogov"), "lot-3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.printed("lot")).isEqualTo("3");
        try (InputStream envelope = Files.newInputStream(out)) {
            assertThat(BidEnvelope.header(envelope).binding()).isEqualTo(binding);
        }
        assertThat(notANumber.exitCode()).isEqualTo(2);
        assertThat(notANumber.err()).contains("--lot lot-3 is not a whole number of 1 or more");
    }

    private CommandRun sealForLot(Path out, String lot) {
        return CommandRun.of("seal", "--public-key", Base64.getEncoder().encodeToString(PROCEDURE.publicKey()),
                "--procedure", binding.procedure().toString(), "--lot", lot, "--bidder", binding.bidder().toString(),
                "--version", "2", "--price", "1", "--proposal", proposal.toString(), "--out", out.toString());
    }

    private CommandRun seal(Path out, String... more) {
        return CommandRun.of(arguments(out, Base64.getEncoder().encodeToString(PROCEDURE.publicKey()), more));
    }

    private String[] arguments(Path out, String publicKey, String... more) {
        List<String> args = new ArrayList<>(List.of("seal", "--public-key", publicKey,
                "--procedure", binding.procedure().toString(), "--lot", String.valueOf(binding.lot()),
                "--bidder", binding.bidder().toString(), "--version", "2",
                "--proposal", proposal.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
