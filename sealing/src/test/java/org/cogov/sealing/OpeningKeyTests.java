package org.cogov.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The opening key's split: any k of its n shares, in any order, rebuild the private key of the
 * published public key; fewer rebuild another key; a share's commitment gives away any change.
 */
class OpeningKeyTests {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Property(tries = 60)
    void anyNeededSharesInAnyOrderRebuildTheKeyOfThePublishedPublicKey(@ForAll @IntRange(min = 1, max = 10) int custodians,
            @ForAll @IntRange(min = 1, max = 10) int needed, @ForAll long seed) {
        Assume.that(needed <= custodians);
        OpeningKey.Ceremony ceremony = OpeningKey.split(needed, custodians, RANDOM);
        List<Share> chosen = subset(ceremony.shares(), needed, new Random(seed));

        byte[] key = OpeningKey.combine(chosen);

        assertThat(OpeningKey.publicKeyOf(key)).isEqualTo(ceremony.publicKey());
        assertThat(OpeningKey.matches(key, ceremony.publicKey())).isTrue();
    }

    @Property(tries = 30)
    void moreThanTheNeededSharesRebuildTheSameKey(@ForAll @IntRange(min = 2, max = 10) int custodians, @ForAll long seed) {
        int needed = 1 + new Random(seed).nextInt(custodians - 1);
        OpeningKey.Ceremony ceremony = OpeningKey.split(needed, custodians, RANDOM);
        List<Share> chosen = subset(ceremony.shares(), needed + 1, new Random(seed));

        assertThat(OpeningKey.publicKeyOf(OpeningKey.combine(chosen))).isEqualTo(ceremony.publicKey());
    }

    @Property(tries = 40)
    void fewerSharesThanNeededRebuildAnotherKey(@ForAll @IntRange(min = 2, max = 10) int custodians,
            @ForAll @IntRange(min = 2, max = 10) int needed, @ForAll long seed) {
        Assume.that(needed <= custodians);
        OpeningKey.Ceremony ceremony = OpeningKey.split(needed, custodians, RANDOM);
        List<Share> chosen = subset(ceremony.shares(), needed - 1, new Random(seed));

        byte[] key = OpeningKey.combine(chosen);

        assertThat(OpeningKey.publicKeyOf(key)).isNotEqualTo(ceremony.publicKey());
        assertThat(OpeningKey.matches(key, ceremony.publicKey())).isFalse();
    }

    @Property(tries = 40)
    void aShareWithAFlippedByteHasAnotherCommitment(@ForAll @IntRange(min = 0, max = 31) int position,
            @ForAll @IntRange(min = 0, max = 7) int bit) {
        Share share = OpeningKey.split(2, 3, RANDOM).shares().get(1);
        byte[] value = share.value();
        value[position] ^= (byte) (1 << bit);
        Share changed = new Share(share.index(), value);

        assertThat(changed.commitment()).isNotEqualTo(share.commitment());
        assertThat(new Share(3, share.value()).commitment()).as("another index").isNotEqualTo(share.commitment());
        assertThat(changed).isNotEqualTo(share);
    }

    @Test
    void theCommitmentHashesTheLabelAZeroByteTheIndexAndTheValue() throws Exception {
        byte[] value = new byte[32];
        Arrays.fill(value, (byte) 7);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update("cogov/opening-key-share/v1".getBytes(StandardCharsets.US_ASCII));
        sha256.update(new byte[] { 0, 4 });
        sha256.update(value);

        assertThat(new Share(4, value).commitment()).isEqualTo(HexFormat.of().formatHex(sha256.digest()));
    }

    @Test
    void theShareValuesOfACeremonyAreWipedOnRequestAndNeverPrinted() {
        OpeningKey.Ceremony ceremony = OpeningKey.split(3, 5, RANDOM);
        Share first = ceremony.shares().get(0);
        String value = HexFormat.of().formatHex(first.value());

        assertThat(first.toString()).doesNotContain(value).contains("index=1");
        assertThat(ceremony.toString()).contains(OpeningKey.fingerprint(ceremony.publicKey()));
        ceremony.wipe();
        assertThat(ceremony.shares()).allSatisfy(share -> assertThat(share.value()).containsOnly(0));
    }

    @Test
    void sharesAreNumberedOneToNInTheOrderOfTheCustodians() {
        assertThat(OpeningKey.split(3, 5, RANDOM).shares()).extracting(Share::index).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void theFingerprintIsTheSha256OfThePublicKeyShownInSixteenGroups() throws Exception {
        byte[] publicKey = OpeningKey.split(1, 1, RANDOM).publicKey();
        String fingerprint = OpeningKey.fingerprint(publicKey);

        assertThat(fingerprint).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey)));
        assertThat(OpeningKey.grouped(fingerprint).split(" ")).hasSize(16).allSatisfy(group -> assertThat(group).hasSize(4));
    }

    @Test
    void theNumbersOfAKeyCeremonyAreChecked() {
        assertThatThrownBy(() -> OpeningKey.split(0, 3, RANDOM)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> OpeningKey.split(4, 3, RANDOM)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only 3 custodians");
        assertThatThrownBy(() -> OpeningKey.split(3, 256, RANDOM)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 255");
        assertThat(OpeningKey.split(255, 255, RANDOM).shares()).hasSize(255);
    }

    @Test
    void sharesAreCombinedOnceEach() {
        List<Share> shares = OpeningKey.split(2, 3, RANDOM).shares();

        assertThatThrownBy(() -> OpeningKey.combine(List.of(shares.get(0), shares.get(0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> OpeningKey.combine(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    /** {@code size} distinct shares, chosen and ordered at random. */
    static List<Share> subset(List<Share> shares, int size, Random random) {
        List<Share> shuffled = new ArrayList<>(shares);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, size);
    }
}
