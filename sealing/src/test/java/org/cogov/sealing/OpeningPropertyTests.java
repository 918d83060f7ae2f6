package org.cogov.sealing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The whole promise in one law: a bid sealed to a procedure's key, whose private key was split among
 * its custodians and sealed to each of them, opens to the same bytes with any k of their shares —
 * and with fewer it does not open at all.
 */
class OpeningPropertyTests {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] CONTEXT = "cogov/procedure/opening-property".getBytes(StandardCharsets.US_ASCII);

    /** k of n custodians, 1 ≤ k ≤ n ≤ 7. */
    record Split(int needed, int custodians) {
    }

    @Provide
    Arbitrary<Split> splits() {
        return Arbitraries.integers().between(1, 7).flatMap(n -> Arbitraries.integers().between(1, n).map(k -> new Split(k, n)));
    }

    @Provide
    Arbitrary<Binding> bindings() {
        return Envelopes.bindings();
    }

    @Property(tries = 60)
    void sealSplitAndAnyKSharesOpenTheSameBytes(@ForAll("splits") Split split, @ForAll("bindings") Binding binding,
            @ForAll @Size(max = 20_000) byte[] bid, @ForAll long seed) throws Exception {
        OpeningKey.Ceremony ceremony = OpeningKey.split(split.needed(), split.custodians(), RANDOM);
        List<CustodianKey.Enrolment> custodians = new ArrayList<>();
        List<byte[]> sealedShares = new ArrayList<>();
        for (Share share : ceremony.shares()) {
            CustodianKey.Enrolment custodian = CustodianKey.enrol(("passphrase of " + share.index()).toCharArray(),
                    CustodianKeyTests.FAST, RANDOM);
            custodians.add(custodian);
            sealedShares.add(CustodianKey.sealShare(custodian.publicKey(), share, CONTEXT));
        }
        byte[] envelope = Envelopes.seal(ceremony.publicKey(), binding, bid);

        List<Share> presented = new ArrayList<>();
        for (int i : presenters(split, seed)) {
            byte[] custodianKey = CustodianKey.unwrap(custodians.get(i).wrapped(), ("passphrase of " + (i + 1)).toCharArray());
            presented.add(CustodianKey.openShare(custodianKey, sealedShares.get(i), CONTEXT));
        }
        byte[] rebuilt = OpeningKey.combine(presented);

        assertThat(OpeningKey.publicKeyOf(rebuilt)).isEqualTo(ceremony.publicKey());
        assertThat(Envelopes.open(rebuilt, binding, envelope)).isEqualTo(bid);
    }

    @Property(tries = 40)
    void fewerThanKSharesRebuildAnotherKeyThatOpensNothing(@ForAll("splits") Split split, @ForAll("bindings") Binding binding,
            @ForAll long seed) {
        if (split.needed() < 2) {
            return; // one share is the key itself: there is no "fewer"
        }
        OpeningKey.Ceremony ceremony = OpeningKey.split(split.needed(), split.custodians(), RANDOM);
        byte[] envelope = Envelopes.seal(ceremony.publicKey(), binding, "报价 1234567.89".getBytes(StandardCharsets.UTF_8));
        List<Share> tooFew = OpeningKeyTests.subset(ceremony.shares(), split.needed() - 1, new Random(seed));

        byte[] rebuilt = OpeningKey.combine(tooFew);

        assertThat(OpeningKey.publicKeyOf(rebuilt)).isNotEqualTo(ceremony.publicKey());
        assertThat(reasonOfOpening(rebuilt, binding, envelope)).isEqualTo(EnvelopeRefused.AUTHENTICATION);
    }

    /** k custodians' positions, chosen and ordered at random. */
    private static List<Integer> presenters(Split split, long seed) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < split.custodians(); i++) {
            all.add(i);
        }
        java.util.Collections.shuffle(all, new Random(seed));
        return all.subList(0, split.needed());
    }

    private static String reasonOfOpening(byte[] key, Binding binding, byte[] envelope) {
        try {
            Envelopes.open(key, binding, envelope);
            return "opened";
        } catch (EnvelopeRefused e) {
            return e.reason();
        }
    }
}
