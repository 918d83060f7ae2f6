package org.cogov.sealing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.KeyParameter;
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
 * <li>Wrapped key, algorithm {@value #WRAPPING_ARGON2ID_AES256GCM}: key = Argon2id v1.3 (passphrase as
 * UTF-8, 16-byte random salt, the stored memory, iterations and parallelism, 32 bytes of output);
 * ciphertext = AES-256-GCM (12-byte random nonce, 128-bit tag, associated data the ASCII bytes of
 * {@value #WRAPPING_LABEL} then the algorithm id as 4 bytes big-endian) of the 32-byte X25519 private
 * key: 48 bytes.</li>
 * <li>Sealed share: HPKE mode_base, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM; info the
 * ASCII bytes of {@value #SHARE_INFO}; associated data the caller's context (the procedure); plaintext
 * the share's index as one byte then its value. The sealed share is the encapsulated key (32 bytes)
 * followed by the ciphertext (1 + 32 + 16 bytes for a share of an opening key).</li>
 * </ul>
 */
public final class CustodianKey {

    /** The wrapping of the private key: Argon2id v1.3, AES-256-GCM, an X25519 key. */
    public static final int WRAPPING_ARGON2ID_AES256GCM = 1;

    /** How shares are sealed to a custodian key, stored beside each sealed share. */
    public static final String SHARE_SEALING = "HPKE-BASE-X25519-HKDF-SHA256-AES-256-GCM";

    static final String WRAPPING_LABEL = "cogov/custodian-key/v1";
    static final String SHARE_INFO = "cogov/opening-key-share/sealed/v1";

    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
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
        requirePassphrase(passphrase);
        Objects.requireNonNull(params, "params");
        byte[] privateKey = new byte[KEY_BYTES];
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        byte[] wrappingKey = null;
        try {
            random.nextBytes(privateKey);
            random.nextBytes(salt);
            random.nextBytes(nonce);
            byte[] publicKey = OpeningKey.publicKeyOf(privateKey);
            wrappingKey = derive(passphrase, salt, params);
            byte[] ciphertext = gcm(true, wrappingKey, nonce, WRAPPING_ARGON2ID_AES256GCM, privateKey);
            return new Enrolment(publicKey, new WrappedKey(WRAPPING_ARGON2ID_AES256GCM, salt, params.memoryKiB(),
                    params.iterations(), params.parallelism(), nonce, ciphertext));
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("encrypting cannot fail its own check", e);
        } finally {
            Arrays.fill(privateKey, (byte) 0);
            wipe(wrappingKey);
        }
    }

    /**
     * The private key, unwrapped by the passphrase: the caller wipes it as soon as it is done.
     *
     * @throws WrongPassphrase the passphrase is not the one the key was wrapped with
     */
    public static byte[] unwrap(WrappedKey wrapped, char[] passphrase) throws WrongPassphrase {
        requirePassphrase(passphrase);
        if (wrapped.algorithm() != WRAPPING_ARGON2ID_AES256GCM) {
            throw new IllegalArgumentException("unknown wrapping algorithm " + wrapped.algorithm());
        }
        byte[] salt = wrapped.salt();
        byte[] nonce = wrapped.nonce();
        byte[] ciphertext = wrapped.ciphertext();
        if (salt.length != SALT_BYTES || nonce.length != NONCE_BYTES || ciphertext.length != KEY_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("a wrapped key of algorithm 1 has a 16-byte salt, a 12-byte nonce and 48 bytes of ciphertext");
        }
        byte[] wrappingKey = derive(passphrase, salt, wrapped.argon2());
        try {
            return gcm(false, wrappingKey, nonce, wrapped.algorithm(), ciphertext);
        } catch (InvalidCipherTextException e) {
            throw new WrongPassphrase();
        } finally {
            wipe(wrappingKey);
        }
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
            wipe(plaintext);
        }
    }

    private static HPKE hpke() {
        return new HPKE(HPKE.mode_base, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM256);
    }

    private static byte[] info() {
        return SHARE_INFO.getBytes(StandardCharsets.US_ASCII);
    }

    /** Argon2id v1.3 of the passphrase's UTF-8 bytes, which are wiped at once. */
    private static byte[] derive(char[] passphrase, byte[] salt, Argon2 params) {
        byte[] password = utf8(passphrase);
        byte[] key = new byte[KEY_BYTES];
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withSalt(salt).withMemoryAsKB(params.memoryKiB()).withIterations(params.iterations())
                    .withParallelism(params.parallelism()).build());
            generator.generateBytes(password, key);
            return key;
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    private static byte[] gcm(boolean encrypt, byte[] key, byte[] nonce, int algorithm, byte[] input)
            throws InvalidCipherTextException {
        KeyParameter keyParameter = new KeyParameter(key);
        byte[] out = null;
        try {
            GCMModeCipher cipher = GCMBlockCipher.newInstance(AESEngine.newInstance());
            cipher.init(encrypt, new AEADParameters(keyParameter, TAG_BITS, nonce, wrappingData(algorithm)));
            out = new byte[cipher.getOutputSize(input.length)];
            int length = cipher.processBytes(input, 0, input.length, out, 0);
            length += cipher.doFinal(out, length);
            if (length != out.length) {
                byte[] exact = Arrays.copyOf(out, length);
                wipe(out);
                return exact;
            }
            return out;
        } catch (InvalidCipherTextException e) {
            wipe(out);
            throw e;
        } finally {
            wipe(keyParameter.getKey());
        }
    }

    private static byte[] wrappingData(int algorithm) {
        byte[] label = WRAPPING_LABEL.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(label.length + 4).put(label).putInt(algorithm).array();
    }

    /** The UTF-8 bytes of a passphrase, encoded into a buffer that is wiped, so that no copy is left unwiped. */
    private static byte[] utf8(char[] passphrase) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.ceil(encoder.maxBytesPerChar() * passphrase.length));
        try {
            CoderResult result = encoder.encode(CharBuffer.wrap(passphrase), buffer, true);
            if (result.isError()) {
                throw new IllegalArgumentException("the passphrase is not valid Unicode text");
            }
            encoder.flush(buffer);
            return Arrays.copyOf(buffer.array(), buffer.position());
        } finally {
            Arrays.fill(buffer.array(), (byte) 0);
        }
    }

    private static void requirePassphrase(char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            throw new IllegalArgumentException("a passphrase is needed");
        }
    }

    private static void wipe(byte[] bytes) {
        if (bytes != null) {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
