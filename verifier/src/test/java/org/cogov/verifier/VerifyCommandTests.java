package org.cogov.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cogov.verifier.SampleLog.Signer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify} over exports written as the application writes them, whole and tampered with. */
class VerifyCommandTests {

    private static final Signer KEY = Signer.generate();
    private static final Signer OTHER_KEY = Signer.generate();

    private final SampleLog log = SampleLog.withEntries(10);

    @TempDir
    Path dir;

    @Test
    void aWholeExportHoldsAndIsSummed() {
        CommandRun run = verify(log.export(KEY, 3, 6, 10));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(
                "OK: " + dir.resolve("export.txt") + ": 10 leaves (10 payloads match, 0 redacted), 3 heads, 0 witness heads, 1 key "
                        + KEY.id() + "\n"
                        + "latest head: 10 leaves, root " + log.root(10) + ", signed at 2026-11-29T03:35:11.123456Z by key "
                        + KEY.id() + "\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void witnessHeadsOfTheSameLogHold() {
        CommandRun run = verify(log.export(KEY, 6, 10), witness(log.witness(KEY, 3, 6, 9)));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("2 heads, 3 witness heads");
    }

    @Test
    void headsMayComeBeforeTheLeavesAndInAnyOrder() {
        List<String> lines = log.export(KEY);
        lines.add(3, log.headLine(10, KEY));
        lines.add(4, log.headLine(3, KEY));

        assertThat(verify(lines).exitCode()).isZero();
    }

    @Test
    void payloadsMayFollowAllTheLeaves() {
        List<String> lines = new ArrayList<>(List.of("cogov-audit-export/1", KEY.keyLine()));
        for (int i = 0; i < 10; i++) {
            lines.add(log.leafLine(i));
        }
        for (int i = 0; i < 10; i++) {
            lines.add(log.payloadLine(i));
        }
        lines.add(log.headLine(10, KEY));

        assertThat(verify(lines).exitCode()).isZero();
    }

    @Test
    void aRedactedPayloadIsCountedNotChecked() {
        List<String> lines = log.export(KEY, 10);
        replace(lines, log.payloadLine(4), "payload 4 redacted");

        CommandRun run = verify(lines);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("10 leaves (9 payloads match, 1 redacted)");
    }

    @Test
    void leavesAfterTheLatestHeadAreReportedAsNotYetSigned() {
        CommandRun run = verify(log.export(KEY, 3, 6));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("leaves 6 to 9 are not yet under a signed head\n");
    }

    @Test
    void aChangedLeafIsNarrowedDownToTheLeavesAfterTheLastHeadThatHolds() {
        List<String> lines = log.export(KEY, 3, 6, 10);
        replace(lines, log.leafLine(4), log.withAction(4, "registry.host-tie.ended").leafLine(4));

        CommandRun run = verify(lines);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("FAIL: head 6 signed at 2026-11-29T03:35:07.123456Z by key " + KEY.id()
                        + " (" + dir.resolve("export.txt") + " line 25): its root " + log.root(6)
                        + " is not the root of the export's first 6 leaves, ")
                .endsWith("; the change lies in leaves 3 to 5, after head 3 signed at 2026-11-29T03:35:04.123456Z by key "
                        + KEY.id() + " (" + dir.resolve("export.txt") + " line 24), which holds\n");
    }

    @Test
    void aChangedPayloadNamesItsLeafAndEntry() {
        List<String> lines = log.export(KEY, 10);
        replace(lines, log.payloadLine(4), "payload 4 " + SampleLog.base64("{\"organization\":\"someone else\"}"));

        CommandRun run = verify(lines);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("FAIL: leaf 4 (entry " + log.entryId(4) + "): its payload ("
                + dir.resolve("export.txt") + " line 13) hashes to ");
    }

    @Test
    void deletedLastEntriesAreNamedAsMissingFromTheLatestHead() {
        List<String> lines = log.export(KEY, 3, 10);
        lines.removeAll(List.of(log.leafLine(8), log.payloadLine(8), log.leafLine(9), log.payloadLine(9)));

        CommandRun run = verify(lines);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("FAIL: head 10 signed at ")
                .endsWith(": the export holds 8 leaves; leaves 8 to 9 are missing\n");
    }

    @Test
    void twoSwappedEntriesAreCaughtByTheFirstHeadOverThem() {
        List<String> lines = log.swap(1, 2).export(KEY);
        lines.add(log.headLine(3, KEY));
        lines.add(log.headLine(10, KEY));

        CommandRun run = verify(lines);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("FAIL: head 3 signed at ").endsWith("; the change lies in leaves 0 to 2\n");
    }

    @Test
    void aForgedSignatureNamesTheHead() {
        List<String> lines = log.export(KEY, 3, 10);
        replace(lines, log.headLine(10, KEY), log.headLine(10, OTHER_KEY).replace(OTHER_KEY.id(), KEY.id()));

        CommandRun run = verify(lines);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("FAIL: head 10 signed at 2026-11-29T03:35:11.123456Z by key " + KEY.id())
                .endsWith(": the signature does not verify\n");
    }

    @Test
    void aHeadByAKeyTheExportDoesNotListNamesTheHead() {
        List<String> lines = log.export(KEY, 3);
        lines.add(log.headLine(10, OTHER_KEY));

        CommandRun run = verify(lines);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("FAIL: head 10 signed at 2026-11-29T03:35:11.123456Z by key " + OTHER_KEY.id())
                .endsWith(": no key " + OTHER_KEY.id() + " is listed before it\n");
    }

    @Test
    void aKeyListedUnderAnotherIdIsNamed() {
        List<String> lines = log.export(KEY, 10);
        replace(lines, KEY.keyLine(), KEY.keyLine().replace(KEY.id(), OTHER_KEY.id()));

        CommandRun run = verify(lines);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("FAIL: key " + OTHER_KEY.id() + " (" + dir.resolve("export.txt")
                + " line 3): the key's id is " + KEY.id() + ", not " + OTHER_KEY.id() + "\n");
    }

    @Test
    void aLeafThatDoesNotParseIsNamed() {
        List<String> lines = log.export(KEY, 10);
        String leaf = log.leaf(4).replace("\tDONE\t", "\tMAYBE\t");
        replace(lines, log.leafLine(4), "leaf 4 " + SampleLog.base64(leaf));

        CommandRun run = verify(lines);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("FAIL: leaf 4 (entry " + log.entryId(4) + ") (" + dir.resolve("export.txt")
                + " line 12) does not parse: its outcome 'MAYBE' is not DONE or REFUSED\n");
    }

    @Test
    void aLogRebuiltAndReSignedUnderANewKeyHoldsAloneButNotBeforeAWitness() {
        List<String> rebuilt = log.withAction(4, "registry.host-tie.ended").export(OTHER_KEY, 3, 6, 10);
        Path witness = witness(log.witness(KEY, 6));

        assertThat(verify(rebuilt).exitCode()).isZero();
        CommandRun run = verify(rebuilt, witness);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("FAIL: head 6 signed at 2026-11-29T03:35:07.123456Z by key " + KEY.id()
                + " (" + witness + " line 3): the export does not list key " + KEY.id()
                + ", though old keys stay in every export\n");
    }

    @Test
    void aRebuiltLogThatStillListsTheOldKeyDiffersFromTheWitnessedRoot() {
        List<String> rebuilt = log.withAction(4, "registry.host-tie.ended").export(OTHER_KEY, 3, 6, 10);
        rebuilt.add(1, KEY.keyLine());
        Path witness = witness(log.witness(KEY, 6));

        CommandRun run = verify(rebuilt, witness);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("FAIL: head 6 signed at 2026-11-29T03:35:07.123456Z by key " + KEY.id()
                + " (" + witness + " line 3): its root " + log.root(6) + " is not the root of the export's first 6 leaves, ")
                .endsWith("; head 6 signed at 2026-11-29T03:35:07.123456Z by key " + OTHER_KEY.id() + " ("
                        + dir.resolve("export.txt") + " line 26) has the same size and the export's root\n");
    }

    @Test
    void aWitnessHeadThatTodaysTreeDoesNotExtendNamesTheHead() {
        Path witness = witness(log.withAction(1, "registry.post.ended").witness(KEY, 5));

        CommandRun run = verify(log.export(KEY, 3, 10), witness);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("FAIL: head 5 signed at 2026-11-29T03:35:06.123456Z by key " + KEY.id()
                + " (" + witness + " line 3): its root ").endsWith("; the change lies in leaves 3 to 4, after head 3 "
                + "signed at 2026-11-29T03:35:04.123456Z by key " + KEY.id() + " (" + dir.resolve("export.txt")
                + " line 24), which holds\n");
    }

    @Test
    void aWitnessHeadOfTheSameSizeButAnotherRootIsSetAgainstTheExportsHead() {
        Path witness = witness(log.withAction(1, "registry.post.ended").witness(KEY, 3));

        CommandRun run = verify(log.export(KEY, 3, 10), witness);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("FAIL: head 3 signed at 2026-11-29T03:35:04.123456Z by key " + KEY.id()
                + " (" + witness + " line 3): its root ").endsWith("; head 3 signed at 2026-11-29T03:35:04.123456Z by key "
                + KEY.id() + " (" + dir.resolve("export.txt") + " line 24) has the same size and the export's root\n");
    }

    @Test
    void aWitnessHeadBeyondTheExportNamesTheMissingLeaves() {
        SampleLog longer = SampleLog.withEntries(12);
        Path witness = witness(longer.witness(KEY, 11));

        CommandRun run = verify(log.export(KEY, 10), witness);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("FAIL: head 11 signed at ")
                .endsWith(": the export holds 10 leaves; leaf 10 is missing\n");
    }

    private CommandRun verify(List<String> export, Path... witnesses) {
        List<String> args = new ArrayList<>(List.of("verify", CommandRun.write(dir.resolve("export.txt"), export).toString()));
        for (Path witness : witnesses) {
            args.add("--witness");
            args.add(witness.toString());
        }
        return CommandRun.of(args.toArray(String[]::new));
    }

    private Path witness(List<String> lines) {
        return CommandRun.write(dir.resolve("witness.txt"), lines);
    }

    private static void replace(List<String> lines, String line, String replacement) {
        int at = lines.indexOf(line);
        assertThat(at).as("line to replace").isNotNegative();
        lines.set(at, replacement);
    }
}
