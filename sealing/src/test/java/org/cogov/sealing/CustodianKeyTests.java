package org.cogov.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A custodian key wrapped by its passphrase: the right passphrase unwraps a key that opens the shares
 * sealed to it, for the procedure they were sealed for and no other; a wrong one is refused.
 */
class CustodianKeyTests {

    /** Small enough for tests to run fast; production uses {@link CustodianKey.Argon2#DEFAULT}. */
    static final CustodianKey.Argon2 FAST = new CustodianKey.Argon2(1024, 1, 1);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] PROCEDURE = "procedure 7b3c".getBytes(StandardCharsets.UTF_8);

    @Test
    void theRightPassphraseUnwrapsAKeyThatOpensTheSharesSealedToIt() throws Exception {
        CustodianKey.Enrolment enrolment = CustodianKey.enrol("correct horse battery".toCharArray(), FAST, RANDOM);
        Share share = OpeningKey.split(2, 3, RANDOM).shares().get(2);
        byte[] sealed = CustodianKey.sealShare(enrolment.publicKey(), share, PROCEDURE);

        byte[] privateKey = CustodianKey.unwrap(enrolment.wrapped(), "correct horse battery".toCharArray());

        assertThat(OpeningKey.publicKeyOf(privateKey)).isEqualTo(enrolment.publicKey());
        assertThat(CustodianKey.openShare(privateKey, sealed, PROCEDURE)).isEqualTo(share);
    }

    @Test
    void aWrongPassphraseIsRefused() {
        CustodianKey.Enrolment enrolment = CustodianKey.enrol("correct horse battery".toCharArray(), FAST, RANDOM);

        assertThatThrownBy(() -> CustodianKey.unwrap(enrolment.wrapped(), "correct horse batterY".toCharArray()))
                .isInstanceOf(WrongPassphrase.class).hasMessageNotContaining("batter");
    }

    @Test
    void aShareSealedForOneProcedureDoesNotOpenForAnother() throws Exception {
        CustodianKey.Enrolment enrolment = CustodianKey.enrol("correct horse battery".toCharArray(), FAST, RANDOM);
        byte[] sealed = CustodianKey.sealShare(enrolment.publicKey(), OpeningKey.split(2, 3, RANDOM).shares().get(0), PROCEDURE);
        byte[] privateKey = CustodianKey.unwrap(enrolment.wrapped(), "correct horse battery".toCharArray());

        assertThatThrownBy(() -> CustodianKey.openShare(privateKey, sealed, "procedure 7b3d".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ShareRefused.class);
    }

    @Test
    void aShareSealedToAnotherCustodianOrChangedDoesNotOpen() throws Exception {
        CustodianKey.Enrolment mine = CustodianKey.enrol("my own passphrase".toCharArray(), FAST, RANDOM);
        CustodianKey.Enrolment theirs = CustodianKey.enrol("their passphrase".toCharArray(), FAST, RANDOM);
        Share share = OpeningKey.split(2, 3, RANDOM).shares().get(0);
        byte[] sealedToThem = CustodianKey.sealShare(theirs.publicKey(), share, PROCEDURE);
        byte[] sealedToMe = CustodianKey.sealShare(mine.publicKey(), share, PROCEDURE);
        sealedToMe[40] ^= 1;
        byte[] privateKey = CustodianKey.unwrap(mine.wrapped(), "my own passphrase".toCharArray());

        assertThatThrownBy(() -> CustodianKey.openShare(privateKey, sealedToThem, PROCEDURE)).isInstanceOf(ShareRefused.class);
        assertThatThrownBy(() -> CustodianKey.openShare(privateKey, sealedToMe, PROCEDURE)).isInstanceOf(ShareRefused.class);
        assertThatThrownBy(() -> CustodianKey.openShare(privateKey, new byte[10], PROCEDURE)).isInstanceOf(ShareRefused.class);
    }

    @Test
    void theWrappedKeyCarriesItsAlgorithmAndCostAndTheSameKeyIsWrappedAfreshEachTime() {
        CustodianKey.Enrolment one = CustodianKey.enrol("same passphrase!".toCharArray(), FAST, RANDOM);
        CustodianKey.Enrolment two = CustodianKey.enrol("same passphrase!".toCharArray(), FAST, RANDOM);

        assertThat(one.wrapped().algorithm()).isEqualTo(CustodianKey.WRAPPING_ARGON2ID_AES256GCM);
        assertThat(one.wrapped().argon2()).isEqualTo(FAST);
        assertThat(one.wrapped().salt()).hasSize(16).isNotEqualTo(two.wrapped().salt());
        assertThat(one.wrapped().nonce()).hasSize(12);
        assertThat(one.wrapped().ciphertext()).hasSize(48);
        assertThat(one.publicKey()).isNotEqualTo(two.publicKey());
        assertThat(one.wrapped().toString()).doesNotContain("passphrase");
    }

    @Test
    void aChineseOrEmojiPassphraseWorksAsWell() throws Exception {
        char[] passphrase = "开标密钥 🔑 澜江市商务局".toCharArray();
        CustodianKey.Enrolment enrolment = CustodianKey.enrol(passphrase, FAST, RANDOM);

        assertThat(OpeningKey.publicKeyOf(CustodianKey.unwrap(enrolment.wrapped(), "开标密钥 🔑 澜江市商务局".toCharArray())))
                .isEqualTo(enrolment.publicKey());
        assertThat(passphrase).as("the caller's passphrase is the caller's to wipe").isEqualTo("开标密钥 🔑 澜江市商务局".toCharArray());
    }

    @Test
    void argon2CostIsChecked() {
        assertThat(CustodianKey.Argon2.DEFAULT).isEqualTo(new CustodianKey.Argon2(65536, 3, 1));
        assertThatThrownBy(() -> new CustodianKey.Argon2(4, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CustodianKey.Argon2(1024, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CustodianKey.Argon2(1024, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CustodianKey.Argon2(2 * 1024 * 1024, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CustodianKey.enrol(new char[0], FAST, RANDOM)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The whole of the opening key's custody: split, each share sealed to its custodian, each opened with
     * that custodian's passphrase, and any k of them rebuild the key of the published public key.
     */
    @Property(tries = 10)
    void sharesSealedToCustodiansAndOpenedWithTheirPassphrasesRebuildTheKey(
            @ForAll @IntRange(min = 1, max = 5) int custodians, @ForAll long seed) throws Exception {
        Random random = new Random(seed);
        int needed = 1 + random.nextInt(custodians);
        OpeningKey.Ceremony ceremony = OpeningKey.split(needed, custodians, RANDOM);
        List<byte[]> sealed = new ArrayList<>();
        List<CustodianKey.WrappedKey> keys = new ArrayList<>();
        for (int i = 0; i < custodians; i++) {
            CustodianKey.Enrolment enrolment = CustodianKey.enrol(("passphrase of " + i).toCharArray(), FAST, RANDOM);
            keys.add(enrolment.wrapped());
            sealed.add(CustodianKey.sealShare(enrolment.publicKey(), ceremony.shares().get(i), PROCEDURE));
        }
        ceremony.wipe();

        List<Share> presented = new ArrayList<>();
        for (int i : random.ints(0, custodians).distinct().limit(needed).toArray()) {
            byte[] privateKey = CustodianKey.unwrap(keys.get(i), ("passphrase of " + i).toCharArray());
            presented.add(CustodianKey.openShare(privateKey, sealed.get(i), PROCEDURE));
        }

        assertThat(OpeningKey.publicKeyOf(OpeningKey.combine(presented))).isEqualTo(ceremony.publicKey());
    }
}
