package org.cogov.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.cogov.verifier.SampleLog.Signer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be read as the format says: exit status 2, with the line and the reason. */
class MalformedExportTests {

    private static final Signer KEY = Signer.generate();

    private final SampleLog log = SampleLog.withEntries(4);

    @TempDir
    Path dir;

    @Test
    void aFileWithoutTheFormatLineIsNotAnExport() {
        List<String> lines = log.export(KEY, 4);
        lines.remove(0);

        assertUnreadable(lines, " line 2: the first record is 'key " + KEY.id().substring(0, 16) + " ed25519 ");
    }

    @Test
    void anEmptyFileIsNotAnExport() {
        assertUnreadable(List.of("# nothing yet", ""), ": no cogov-audit-export/1 line: the file holds no records");
    }

    @Test
    void aRecordWithAFieldMissingIsNamedByItsLine() {
        List<String> lines = log.export(KEY, 4);
        lines.set(5, "leaf 1");

        assertUnreadable(lines, " line 6: a leaf line has 3 fields separated by one space, not 2");
    }

    @Test
    void twoSpacesBetweenFieldsAreAnEmptyField() {
        List<String> lines = log.export(KEY, 4);
        lines.set(5, log.leafLine(1).replace("leaf 1 ", "leaf 1  "));

        assertUnreadable(lines, " line 6: a leaf line has 3 fields separated by one space, not 4");
    }

    @Test
    void aGapInTheLeavesIsNamed() {
        List<String> lines = log.export(KEY, 4);
        lines.remove(log.leafLine(1));
        lines.remove(log.payloadLine(1));

        assertUnreadable(lines, " line 6: leaf 2 where leaf 1 comes next: leaves are listed 0, 1, 2, … without gap");
    }

    @Test
    void aLeafThatIsNotBase64IsNamed() {
        List<String> lines = log.export(KEY, 4);
        lines.set(5, "leaf 1 not*base64");

        assertUnreadable(lines, " line 6: leaf is not base64");
    }

    @Test
    void aSizeWithALeadingZeroIsNotTheDecimalThatWasSigned() {
        List<String> lines = log.export(KEY);
        lines.add(log.headLine(4, KEY).replace("head 4 ", "head 04 "));

        assertUnreadable(lines, " line 12: head size '04' is not a decimal number below 2^63");
    }

    @Test
    void anUnknownRecordIsNamed() {
        List<String> lines = log.export(KEY, 4);
        lines.add("checkpoint 4");

        assertUnreadable(lines, " line 13: unknown record 'checkpoint'");
    }

    @Test
    void anAlgorithmThisVerifierDoesNotKnowCannotBeChecked() {
        List<String> lines = log.export(KEY, 4);
        lines.set(2, KEY.keyLine().replace(" ed25519 ", " sm2 "));

        assertUnreadable(lines, " line 3: algorithm 'sm2' is not supported by this verifier (only ed25519)");
    }

    @Test
    void aPayloadBeforeItsLeafIsNamed() {
        List<String> lines = log.export(KEY, 4);
        lines.add(3, log.payloadLine(0));
        lines.remove(5);

        assertUnreadable(lines, " line 4: payload 0 comes before leaf 0: a payload line follows the leaf line of its index");
    }

    @Test
    void aSecondPayloadForALeafIsNamed() {
        List<String> lines = log.export(KEY, 4);
        lines.add(5, "payload 0 redacted");

        assertUnreadable(lines, " line 6: a second payload line for leaf 0");
    }

    @Test
    void linesEndedByCrLfAreNamed() throws IOException {
        Path export = dir.resolve("export.txt");
        Files.writeString(export, String.join("\r\n", log.export(KEY, 4)));

        CommandRun run = CommandRun.of("verify", export.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + export + " line 1: the line ends with CR; lines end with LF alone\n");
    }

    @Test
    void bytesThatAreNotUtf8AreNamedByTheirLine() throws IOException {
        Path export = dir.resolve("export.txt");
        byte[] format = "cogov-audit-export/1\n# ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(format, format.length + 1);
        bytes[format.length] = (byte) 0xff;
        Files.write(export, bytes);

        CommandRun run = CommandRun.of("verify", export.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + export + " line 2: the line is not UTF-8\n");
    }

    @Test
    void aWitnessFileHoldsNoLeaves() {
        Path export = CommandRun.write(dir.resolve("export.txt"), log.export(KEY, 4));
        List<String> witness = log.witness(KEY, 4);
        witness.add(log.leafLine(0));
        Path witnessFile = CommandRun.write(dir.resolve("witness.txt"), witness);

        CommandRun run = CommandRun.of("verify", export.toString(), "--witness", witnessFile.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + witnessFile + " line 4: a witness file holds key and head lines only, not 'leaf'\n");
    }

    @Test
    void aMissingFileCannotBeRead() {
        CommandRun run = CommandRun.of("verify", dir.resolve("absent.txt").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + dir.resolve("absent.txt") + ": no such file\n");
    }

    private void assertUnreadable(List<String> lines, String reason) {
        Path export = CommandRun.write(dir.resolve("export.txt"), lines);

        CommandRun run = CommandRun.of("verify", export.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: " + export + reason);
    }
}
