package org.cogov.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The worked example of verifier/README.md says what the verifier prints for it. */
class ExampleTests {

    private static final Path EXPORT = Path.of("example", "export.txt");
    private static final Path WITNESS = Path.of("example", "witness.txt");

    @Test
    void theExampleExportHoldsBeforeItsWitness() {
        CommandRun run = CommandRun.of("verify", EXPORT.toString(), "--witness", WITNESS.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("OK: " + EXPORT + ": 5 leaves (4 payloads match, 1 redacted), 3 heads, 1 witness head, "
                + "2 keys d328c9369ccdbd44, 7ec214ec26494c0e\n"
                + "latest head: 5 leaves, root eb4039b14f975316a01f828454e3312c8621b9fe9322d6424481768233253a59, "
                + "signed at 2026-11-29T05:00:00.000000Z by key 7ec214ec26494c0e\n");
    }
}
