package org.cogov.sealing;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;

/**
 * A custodian's own key (开标密钥保管人密钥): an X25519 key pair made at enrolment, whose private key
 * is kept only wrapped by a passphrase that the custodian chose — AES-256-GCM under a key that Argon2id
 * derives from the passphrase — so that the server, its database and its backups hold nothing that
 * opens a share without the custodian. The shares of procedures' opening keys are sealed to its public
 * key with HPKE (RFC 9180).
 *
 * <p>Every derived key and every private key this class makes is wiped when it is done with it; the
 * private key {@link #unwrap} returns is the caller's to wipe. BouncyCastle's own objects keep copies
 * that become unreachable when the call returns.
 *
 * <h2>Bytes</h2>
 * <ul>
 * <li>Wrapped key: the 32-byte X25519 private key wrapped as {@link PassphraseWrapping} says, under the
 * label {@value #WRAPPING_LABEL}: 48 bytes.</li>
 * <li>Sealed share: HPKE mode_base, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM; info the
 * ASCII bytes of {@value #SHARE_INFO}; associated data the caller's context (the procedure); plaintext
 * the share's index as one byte then its value. The sealed share is the encapsulated key (32 bytes)
 * followed by the ciphertext (1 + 32 + 16 bytes for a share of an opening key).</li>
 * </ul>
 */
public final class CustodianKey {

    /** The wrapping of the private key: Argon2id v1.3, AES-256-GCM, an X25519 key. */
    public static final int WRAPPING_ARGON2ID_AES256GCM = PassphraseWrapping.ARGON2ID_AES256GCM;

    /** How shares are sealed to a custodian key, stored beside each sealed share. */
    public static final String SHARE_SEALING = "HPKE-BASE-X25519-HKDF-SHA256-AES-256-GCM";

    static final String WRAPPING_LABEL = "cogov/custodian-key/v1";
    static final String SHARE_INFO = "cogov/opening-key-share/sealed/v1";

    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private CustodianKey() {
    }

    /**
     * The cost of Argon2id: memory in KiB, passes over it, lanes. They travel with every wrapped key, so
     * that a later enrolment may raise them without breaking the keys wrapped before.
     */
    public record Argon2(int memoryKiB, int iterations, int parallelism) {

        /** For production: 64 MiB, 3 passes, 1 lane (RFC 9106's second recommended option, with more passes). */
        public static final Argon2 DEFAULT = new Argon2(64 * 1024, 3, 1);

        /** At most 1 GiB of memory, 20 passes and 16 lanes: a stored key never asks more of the server. */
        public Argon2 {
            if (parallelism < 1 || parallelism > 16) {
                throw new IllegalArgumentException("Argon2 parallelism is 1 to 16, not " + parallelism);
            }
            if (memoryKiB < 8 * parallelism || memoryKiB > 1024 * 1024) {
                throw new IllegalArgumentException("Argon2 memory is " + 8 * parallelism + " KiB to 1 GiB, not " + memoryKiB + " KiB");
            }
            if (iterations < 1 || iterations > 20) {
                throw new IllegalArgumentException("Argon2 iterations are 1 to 20, not " + iterations);
            }
        }
    }

    /**
     * A private key wrapped by a passphrase, with all that is needed to unwrap it but the passphrase.
     *
     * @param algorithm {@link #WRAPPING_ARGON2ID_AES256GCM}
     */
    public record WrappedKey(int algorithm, byte[] salt, int memoryKiB, int iterations, int parallelism, byte[] nonce,
            byte[] ciphertext) {

        public WrappedKey {
            salt = salt.clone();
            nonce = nonce.clone();
            ciphertext = ciphertext.clone();
        }

        public Argon2 argon2() {
            return new Argon2(memoryKiB, iterations, parallelism);
        }

        @Override
        public byte[] salt() {
            return salt.clone();
        }

        @Override
        public byte[] nonce() {
            return nonce.clone();
        }

        @Override
        public byte[] ciphertext() {
            return ciphertext.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof WrappedKey w && algorithm == w.algorithm && memoryKiB == w.memoryKiB
                    && iterations == w.iterations && parallelism == w.parallelism && Arrays.equals(salt, w.salt)
                    && Arrays.equals(nonce, w.nonce) && Arrays.equals(ciphertext, w.ciphertext);
        }

        @Override
        public int hashCode() {
            return Objects.hash(algorithm, memoryKiB, iterations, parallelism, Arrays.hashCode(salt), Arrays.hashCode(nonce),
                    Arrays.hashCode(ciphertext));
        }

        @Override
        public String toString() {
            return "WrappedKey[algorithm=" + algorithm + ", argon2=" + memoryKiB + " KiB/" + iterations + "/" + parallelism + "]";
        }
    }

    /** A new custodian key: its public key, and its private key wrapped by the passphrase. */
    public record Enrolment(byte[] publicKey, WrappedKey wrapped) {

        public Enrolment {
            publicKey = publicKey.clone();
        }

        @Override
        public byte[] publicKey() {
            return publicKey.clone();
        }

        @Override
        public String toString() {
            return "Enrolment[fingerprint=" + OpeningKey.fingerprint(publicKey) + "]";
        }
    }

    /** Makes a key pair and wraps its private key by the passphrase; the private key is wiped before this returns. */
    public static Enrolment enrol(char[] passphrase, Argon2 params, SecureRandom random) {
        PassphraseWrapping.requirePassphrase(passphrase);
        Objects.requireNonNull(params, "params");
        byte[] privateKey = new byte[KEY_BYTES];
        try {
            random.nextBytes(privateKey);
            byte[] publicKey = OpeningKey.publicKeyOf(privateKey);
            return new Enrolment(publicKey, PassphraseWrapping.wrap(privateKey, passphrase, params, WRAPPING_LABEL, random));
        } finally {
            Arrays.fill(privateKey, (byte) 0);
        }
    }

    /**
     * The private key, unwrapped by the passphrase: the caller wipes it as soon as it is done.
     *
     * @throws WrongPassphrase the passphrase is not the one the key was wrapped with
     */
    public static byte[] unwrap(WrappedKey wrapped, char[] passphrase) throws WrongPassphrase {
        return PassphraseWrapping.unwrap(wrapped, passphrase, WRAPPING_LABEL);
    }

    /**
     * Seals a share to a custodian's public key, bound to a context (the procedure), so that it opens
     * only with that custodian's private key and for that context.
     *
     * @return the encapsulated key followed by the ciphertext
     */
    public static byte[] sealShare(byte[] custodianPublicKey, Share share, byte[] context) {
        HPKE hpke = hpke();
        AsymmetricKeyParameter recipient = hpke.deserializePublicKey(custodianPublicKey);
        byte[] value = share.value();
        byte[] plaintext = new byte[1 + value.length];
        try {
            plaintext[0] = (byte) share.index();
            System.arraycopy(value, 0, plaintext, 1, value.length);
            byte[][] sealed = hpke.seal(recipient, info(), context, plaintext, null, null, null);
            byte[] ciphertext = sealed[0];
            byte[] encapsulation = sealed[1];
            byte[] out = new byte[encapsulation.length + ciphertext.length];
            System.arraycopy(encapsulation, 0, out, 0, encapsulation.length);
            System.arraycopy(ciphertext, 0, out, encapsulation.length, ciphertext.length);
            return out;
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("sealing cannot fail its own check", e);
        } finally {
            Arrays.fill(value, (byte) 0);
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /**
     * Opens a share sealed to this custodian's key for this context.
     *
     * @throws ShareRefused the share was sealed to another key or for another context, or was changed
     */
    public static Share openShare(byte[] custodianPrivateKey, byte[] sealedShare, byte[] context) throws ShareRefused {
        HPKE hpke = hpke();
        int encapsulated = hpke.getEncSize();
        if (sealedShare.length < encapsulated + 1 + 1 + TAG_BITS / 8) {
            throw new ShareRefused("a sealed share of " + sealedShare.length + " bytes is too short");
        }
        X25519PrivateKeyParameters privateKey = new X25519PrivateKeyParameters(custodianPrivateKey);
        AsymmetricCipherKeyPair recipient = new AsymmetricCipherKeyPair(privateKey.generatePublicKey(), privateKey);
        byte[] plaintext = null;
        try {
            plaintext = hpke.open(Arrays.copyOfRange(sealedShare, 0, encapsulated), recipient, info(), context,
                    Arrays.copyOfRange(sealedShare, encapsulated, sealedShare.length), null, null, null);
            return new Share(plaintext[0] & 0xff, Arrays.copyOfRange(plaintext, 1, plaintext.length));
        } catch (InvalidCipherTextException | IllegalArgumentException e) {
            throw new ShareRefused("the share was not sealed to this key for this context, or was changed");
        } finally {
            PassphraseWrapping.wipe(plaintext);
        }
    }

    private static HPKE hpke() {
        return new HPKE(HPKE.mode_base, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM256);
    }

    private static byte[] info() {
        return SHARE_INFO.getBytes(StandardCharsets.US_ASCII);
    }
}
