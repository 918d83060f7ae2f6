package org.cogov.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The opening key rebuilt at the bid opening from the shares the custodians present: every share is held against the
 * commitment published for it, k good shares are needed, and the rebuilt key must be that of the published public key.
 * Whatever is refused names the share at fault, and never shows a key's or a share's bytes.
 */
class OpeningKeyRebuildTests {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** k of n custodians, 1 ≤ k ≤ n ≤ 9. */
    record Split(int needed, int custodians) {
    }

    @Provide
    Arbitrary<Split> splits() {
        return Arbitraries.integers().between(1, 9).flatMap(n -> Arbitraries.integers().between(1, n).map(k -> new Split(k, n)));
    }

    @Property(tries = 100)
    void anyKOrMoreGoodSharesRebuildTheKeyOfThePublishedPublicKey(@ForAll("splits") Split split, @ForAll long seed)
            throws KeyRefused {
        OpeningKey.Ceremony ceremony = ceremony(split);
        Random random = new Random(seed);
        int presenting = split.needed() + random.nextInt(split.custodians() - split.needed() + 1);
        List<Share> presented = OpeningKeyTests.subset(ceremony.shares(), presenting, random);
        List<byte[]> valuesBefore = presented.stream().map(Share::value).toList();

        byte[] key = OpeningKey.rebuild(presented, commitmentsOf(ceremony.shares()), split.needed(), ceremony.publicKey());

        assertThat(OpeningKey.publicKeyOf(key)).isEqualTo(ceremony.publicKey());
        assertThat(presented).extracting(Share::value).as("the presented shares are the caller's to wipe")
                .containsExactlyElementsOf(valuesBefore);
    }

    @Property(tries = 60)
    void oneShareFewerThanNeededIsRefusedAsTooFew(@ForAll("splits") Split split, @ForAll long seed) {
        OpeningKey.Ceremony ceremony = ceremony(split);
        List<Share> presented = OpeningKeyTests.subset(ceremony.shares(), split.needed() - 1, new Random(seed));

        KeyRefused refused = refusal(presented, commitmentsOf(ceremony.shares()), split.needed(), ceremony.publicKey());

        assertThat(refused.reason()).isEqualTo(KeyRefused.TOO_FEW);
        assertThat(refused.share()).isZero();
        assertThat(refused.getMessage()).contains(split.needed() + (split.needed() == 1 ? " is" : " are") + " needed");
        assertShowsNoBytes(refused, ceremony.shares());
    }

    @Property(tries = 100)
    void aShareWithOneChangedByteIsRefusedByItsCommitmentAndNamed(@ForAll("splits") Split split, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = OpeningKey.KEY_BYTES - 1) int position,
            @ForAll @IntRange(min = 1, max = 255) int change) {
        OpeningKey.Ceremony ceremony = ceremony(split);
        Random random = new Random(seed);
        List<Share> presented = new ArrayList<>(
                OpeningKeyTests.subset(ceremony.shares(), 1 + random.nextInt(split.custodians()), random));
        int changed = random.nextInt(presented.size());
        Share original = presented.get(changed);
        presented.set(changed, withChangedByte(original, position, change));

        KeyRefused refused = refusal(presented, commitmentsOf(ceremony.shares()), split.needed(), ceremony.publicKey());

        assertThat(refused.reason()).isEqualTo(KeyRefused.COMMITMENT);
        assertThat(refused.share()).isEqualTo(original.index());
        assertThat(refused.getMessage()).startsWith("share " + original.index() + " ");
        assertShowsNoBytes(refused, ceremony.shares());
        assertShowsNoBytes(refused, presented);
    }

    @Property(tries = 60)
    void ofTwoChangedSharesTheOneOfLowerIndexIsNamed(@ForAll("splits") Split split, @ForAll long seed) {
        Assume.that(split.custodians() >= 2);
        OpeningKey.Ceremony ceremony = ceremony(split);
        Random random = new Random(seed);
        List<Share> presented = new ArrayList<>(
                OpeningKeyTests.subset(ceremony.shares(), 2 + random.nextInt(split.custodians() - 1), random));
        int first = random.nextInt(presented.size());
        int second = (first + 1 + random.nextInt(presented.size() - 1)) % presented.size();
        int lower = Math.min(presented.get(first).index(), presented.get(second).index());
        presented.set(first, withChangedByte(presented.get(first), random.nextInt(OpeningKey.KEY_BYTES), 1 + random.nextInt(255)));
        presented.set(second, withChangedByte(presented.get(second), random.nextInt(OpeningKey.KEY_BYTES), 1 + random.nextInt(255)));

        KeyRefused refused = refusal(presented, commitmentsOf(ceremony.shares()), split.needed(), ceremony.publicKey());

        assertThat(refused.reason()).isEqualTo(KeyRefused.COMMITMENT);
        assertThat(refused.share()).isEqualTo(lower);
    }

    @Property(tries = 60)
    void aShareOfAnIndexThatWasNeverHandedOutIsUnknown(@ForAll("splits") Split split, @ForAll long seed,
            @ForAll @IntRange(min = 10, max = 255) int index) {
        OpeningKey.Ceremony ceremony = ceremony(split);
        Random random = new Random(seed);
        List<Share> presented = new ArrayList<>(
                OpeningKeyTests.subset(ceremony.shares(), random.nextInt(split.custodians() + 1), random));
        byte[] value = new byte[OpeningKey.KEY_BYTES];
        random.nextBytes(value);
        Share stranger = new Share(index, value);
        presented.add(random.nextInt(presented.size() + 1), stranger);

        KeyRefused refused = refusal(presented, commitmentsOf(ceremony.shares()), split.needed(), ceremony.publicKey());

        assertThat(refused.reason()).isEqualTo(KeyRefused.UNKNOWN_SHARE);
        assertThat(refused.share()).isEqualTo(index);
        assertThat(refused.getMessage()).startsWith("share " + index + " ");
        assertShowsNoBytes(refused, presented);
    }

    @Property(tries = 60)
    void aShareWhoseCommitmentIsMissingFromTheRecordIsUnknown(@ForAll("splits") Split split, @ForAll long seed) {
        OpeningKey.Ceremony ceremony = ceremony(split);
        Random random = new Random(seed);
        List<Share> presented = OpeningKeyTests.subset(ceremony.shares(), 1 + random.nextInt(split.custodians()), random);
        int withheld = presented.get(random.nextInt(presented.size())).index();
        Map<Integer, String> commitments = commitmentsOf(ceremony.shares());
        commitments.remove(withheld);

        KeyRefused refused = refusal(presented, commitments, split.needed(), ceremony.publicKey());

        assertThat(refused.reason()).isEqualTo(KeyRefused.UNKNOWN_SHARE);
        assertThat(refused.share()).isEqualTo(withheld);
    }

    @Property(tries = 60)
    void theSameSharePresentedTwiceIsRepeated(@ForAll("splits") Split split, @ForAll long seed) {
        OpeningKey.Ceremony ceremony = ceremony(split);
        Random random = new Random(seed);
        List<Share> presented = new ArrayList<>(
                OpeningKeyTests.subset(ceremony.shares(), 1 + random.nextInt(split.custodians()), random));
        Share twice = presented.get(random.nextInt(presented.size()));
        presented.add(random.nextInt(presented.size() + 1), new Share(twice.index(), twice.value()));

        KeyRefused refused = refusal(presented, commitmentsOf(ceremony.shares()), split.needed(), ceremony.publicKey());

        assertThat(refused.reason()).isEqualTo(KeyRefused.REPEATED);
        assertThat(refused.share()).isEqualTo(twice.index());
        assertThat(refused.getMessage()).startsWith("share " + twice.index() + " ");
        assertShowsNoBytes(refused, presented);
    }

    @Property(tries = 40)
    void sharesOfAnotherCeremonyWhoseCommitmentsWereSwappedIntoTheRecordFailTheKeyCheck(@ForAll("splits") Split split,
            @ForAll long seed) throws KeyRefused {
        OpeningKey.Ceremony published = ceremony(split);
        OpeningKey.Ceremony other = ceremony(split);
        List<Share> presented = OpeningKeyTests.subset(other.shares(), split.needed(), new Random(seed));
        Map<Integer, String> swapped = commitmentsOf(other.shares());
        assertThat(OpeningKey.rebuild(presented, swapped, split.needed(), other.publicKey()))
                .as("the shares pass these commitments: only the key check can catch them").isNotNull();

        KeyRefused refused = refusal(presented, swapped, split.needed(), published.publicKey());

        assertThat(refused.reason()).isEqualTo(KeyRefused.MISMATCH);
        assertThat(refused.share()).isZero();
        assertThat(refused.getMessage()).contains(OpeningKey.grouped(OpeningKey.fingerprint(published.publicKey())));
        assertShowsNoBytes(refused, presented);
        assertThat(refused.toString()).doesNotContainIgnoringCase(HexFormat.of().formatHex(OpeningKey.combine(presented)));
    }

    @Property(tries = 40)
    void aRecordThatNeedsFewerSharesThanTheCeremonySplitForFailsTheKeyCheck(@ForAll("splits") Split split,
            @ForAll long seed) {
        Assume.that(split.needed() >= 2);
        OpeningKey.Ceremony ceremony = ceremony(split);
        List<Share> presented = OpeningKeyTests.subset(ceremony.shares(), split.needed() - 1, new Random(seed));

        KeyRefused refused = refusal(presented, commitmentsOf(ceremony.shares()), split.needed() - 1, ceremony.publicKey());

        assertThat(refused.reason()).isEqualTo(KeyRefused.MISMATCH);
        assertThat(refused.share()).isZero();
        assertThat(refused.toString()).doesNotContainIgnoringCase(HexFormat.of().formatHex(OpeningKey.combine(presented)));
    }

    @Test
    void aRefusalShowsItsReasonAndTheShareItNames() {
        OpeningKey.Ceremony ceremony = ceremony(new Split(2, 3));
        List<Share> presented = List.of(ceremony.shares().get(2), withChangedByte(ceremony.shares().get(1), 0, 1));

        KeyRefused refused = refusal(presented, commitmentsOf(ceremony.shares()), 2, ceremony.publicKey());

        assertThat(refused).hasMessage("share 2 does not match the commitment published for it: it is not the share that was given");
        assertThat(refused.toString()).isEqualTo("key.share-commitment (share 2): " + refused.getMessage());
        assertThat(refused.detail()).isEqualTo(refused.getMessage());
    }

    @Test
    void publishedCommitmentsAreComparedWhateverTheCaseOfTheirHexDigits() throws KeyRefused {
        OpeningKey.Ceremony ceremony = ceremony(new Split(2, 3));
        Map<Integer, String> upper = new HashMap<>();
        commitmentsOf(ceremony.shares()).forEach((index, commitment) -> upper.put(index, commitment.toUpperCase()));

        byte[] key = OpeningKey.rebuild(ceremony.shares().subList(0, 2), upper, 2, ceremony.publicKey());

        assertThat(OpeningKey.matches(key, ceremony.publicKey())).isTrue();
    }

    @Test
    void theNumbersOfARebuildAreChecked() {
        OpeningKey.Ceremony ceremony = ceremony(new Split(1, 1));
        Map<Integer, String> commitments = commitmentsOf(ceremony.shares());

        assertThatThrownBy(() -> OpeningKey.rebuild(ceremony.shares(), commitments, 0, ceremony.publicKey()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> OpeningKey.rebuild(ceremony.shares(), commitments, 1, new byte[31]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
    }

    private static OpeningKey.Ceremony ceremony(Split split) {
        return OpeningKey.split(split.needed(), split.custodians(), RANDOM);
    }

    /** The commitments published with the tender notice, by share index; a map the test may change. */
    private static Map<Integer, String> commitmentsOf(List<Share> shares) {
        Map<Integer, String> commitments = new HashMap<>();
        shares.forEach(share -> commitments.put(share.index(), share.commitment()));
        return commitments;
    }

    private static Share withChangedByte(Share share, int position, int change) {
        byte[] value = share.value();
        value[position] ^= (byte) change;
        return new Share(share.index(), value);
    }

    private static KeyRefused refusal(List<Share> presented, Map<Integer, String> commitments, int needed, byte[] publicKey) {
        try {
            OpeningKey.rebuild(presented, commitments, needed, publicKey);
        } catch (KeyRefused refused) {
            return refused;
        }
        throw new AssertionError("the rebuild from shares " + presented + " was not refused");
    }

    /** Neither the message nor the string of a refusal holds any share's bytes, in hex of either case. */
    private static void assertShowsNoBytes(KeyRefused refused, List<Share> shares) {
        for (Share share : shares) {
            String hex = HexFormat.of().formatHex(share.value());
            assertThat(refused.getMessage()).doesNotContainIgnoringCase(hex);
            assertThat(refused.toString()).doesNotContainIgnoringCase(hex);
        }
    }
}
