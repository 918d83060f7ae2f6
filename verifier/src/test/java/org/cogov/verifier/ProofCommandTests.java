package org.cogov.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code inclusion} and {@code consistency}: one proof as the API serves it, checked from the command line. */
class ProofCommandTests {

    private static final String LEAF_0 = "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d";
    private static final String ROOT_6 = "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef";
    private static final String ROOT_8 = "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328";
    private static final String PATH_0_OF_8 = "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7,"
            + "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e,"
            + "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4";
    private static final String PROOF_6_TO_8 = "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a,"
            + "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0,"
            + "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7";

    @Test
    void aPublishedInclusionProofIsValid() {
        CommandRun run = CommandRun.of("inclusion", LEAF_0, "0", "8", ROOT_8, PATH_0_OF_8);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("valid: the path leads from leaf 0 to the root of the tree of size 8\n");
    }

    @Test
    void anInclusionProofForAnotherLeafIsInvalid() {
        CommandRun run = CommandRun.of("inclusion", LEAF_0, "1", "8", ROOT_8, PATH_0_OF_8);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("invalid: the path does not lead from leaf 1 to that root of a tree of size 8\n");
    }

    @Test
    void theOnlyLeafOfATreeHasAnEmptyPath() {
        assertThat(CommandRun.of("inclusion", LEAF_0, "0", "1", LEAF_0, "-").exitCode()).isZero();
    }

    @Test
    void aPublishedConsistencyProofIsValid() {
        CommandRun run = CommandRun.of("consistency", "6", ROOT_6, "8", ROOT_8, PROOF_6_TO_8);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("valid: the tree of size 8 extends the tree of size 6\n");
    }

    @Test
    void aConsistencyProofWithTheRootsSwappedIsInvalid() {
        CommandRun run = CommandRun.of("consistency", "6", ROOT_8, "8", ROOT_6, PROOF_6_TO_8);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("invalid: the proof does not show the tree of size 8 to extend that tree of size 6\n");
    }

    @Test
    void aTreeDoesNotExtendALargerOne() {
        assertThat(CommandRun.of("consistency", "8", ROOT_8, "6", ROOT_6, "-").exitCode()).isEqualTo(1);
    }

    @Test
    void aHashInUpperCaseIsAUsageError() {
        CommandRun run = CommandRun.of("inclusion", LEAF_0.toUpperCase(), "0", "1", LEAF_0, "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: leaf hash " + LEAF_0.toUpperCase() + " is not 64 lowercase hex digits\n\nusage:");
    }

    @Test
    void aShortPathHashIsAUsageErrorNamingItsPlace() {
        CommandRun run = CommandRun.of("inclusion", LEAF_0, "0", "8", ROOT_8, PATH_0_OF_8 + ",abcd");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: path hash 4 abcd is not 64 lowercase hex digits\n");
    }

    @Test
    void aNegativeSizeIsAUsageError() {
        CommandRun run = CommandRun.of("consistency", "-6", ROOT_6, "8", ROOT_8, PROOF_6_TO_8);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: size1 -6 is not a decimal number below 2^63\n");
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        CommandRun run = CommandRun.of("consistency", "6", ROOT_6, "8", ROOT_8);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: consistency takes 5 arguments, not 4\n");
    }

    @Test
    void noArgumentsShowTheUsage() {
        CommandRun run = CommandRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(Main.USAGE + "\n");
    }

    @Test
    void helpShowsTheUsage() {
        CommandRun run = CommandRun.of("--help");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(Main.USAGE + "\n");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(CommandRun.of("audit", "export.txt").err()).startsWith("error: unknown command audit\n\nusage:");
    }

    @Test
    void verifyWithoutAnExportIsAUsageError() {
        assertThat(CommandRun.of("verify", "--witness").err()).startsWith("error: unknown option or missing file: --witness\n");
    }
}
