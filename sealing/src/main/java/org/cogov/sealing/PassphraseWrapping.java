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

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * A 32-byte private key kept wrapped by a person's passphrase, for every kind of personal key of the platform (a
 * custodian's X25519 key, a contract signer's Ed25519 key): key = Argon2id v1.3 (passphrase as UTF-8, 16-byte random
 * salt, the stored cost, 32 bytes of output); ciphertext = AES-256-GCM (12-byte random nonce, 128-bit tag, associated
 * data the ASCII bytes of the caller's label then the algorithm id as 4 bytes big-endian) of the key: 48 bytes.
 *
 * <p>The label names the kind of key, so that a key wrapped as one kind never unwraps as another. Every derived key is
 * wiped when done with; the secret given to {@link #wrap} and the passphrases stay the caller's to wipe, as does the key
 * {@link #unwrap} returns.
 */
public final class PassphraseWrapping {

    /** Argon2id v1.3, then AES-256-GCM. */
    public static final int ARGON2ID_AES256GCM = 1;

    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private PassphraseWrapping() {
    }

    /** Wraps a 32-byte key by the passphrase under the label; the random gives the salt, then the nonce. */
    public static CustodianKey.WrappedKey wrap(byte[] key, char[] passphrase, CustodianKey.Argon2 cost, String label,
            SecureRandom random) {
        requirePassphrase(passphrase);
        Objects.requireNonNull(cost, "cost");
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a wrapped key has 32 bytes");
        }
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        byte[] wrappingKey = derive(passphrase, salt, cost);
        try {
            byte[] ciphertext = gcm(true, wrappingKey, nonce, label, key);
            return new CustodianKey.WrappedKey(ARGON2ID_AES256GCM, salt, cost.memoryKiB(), cost.iterations(),
                    cost.parallelism(), nonce, ciphertext);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("encrypting cannot fail its own check", e);
        } finally {
            wipe(wrappingKey);
        }
    }

    /**
     * The key, unwrapped by the passphrase under the label it was wrapped with: the caller wipes it as soon as it is done.
     *
     * @throws WrongPassphrase the passphrase (or the label) is not the one the key was wrapped with
     */
    public static byte[] unwrap(CustodianKey.WrappedKey wrapped, char[] passphrase, String label) throws WrongPassphrase {
        requirePassphrase(passphrase);
        if (wrapped.algorithm() != ARGON2ID_AES256GCM) {
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
            return gcm(false, wrappingKey, nonce, label, ciphertext);
        } catch (InvalidCipherTextException e) {
            throw new WrongPassphrase();
        } finally {
            wipe(wrappingKey);
        }
    }

    static void requirePassphrase(char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            throw new IllegalArgumentException("a passphrase is needed");
        }
    }

    /** Argon2id v1.3 of the passphrase's UTF-8 bytes, which are wiped at once. */
    private static byte[] derive(char[] passphrase, byte[] salt, CustodianKey.Argon2 cost) {
        byte[] password = utf8(passphrase);
        byte[] key = new byte[KEY_BYTES];
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withSalt(salt).withMemoryAsKB(cost.memoryKiB()).withIterations(cost.iterations())
                    .withParallelism(cost.parallelism()).build());
            generator.generateBytes(password, key);
            return key;
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    private static byte[] gcm(boolean encrypt, byte[] key, byte[] nonce, String label, byte[] input)
            throws InvalidCipherTextException {
        KeyParameter keyParameter = new KeyParameter(key);
        byte[] out = null;
        try {
            GCMModeCipher cipher = GCMBlockCipher.newInstance(AESEngine.newInstance());
            cipher.init(encrypt, new AEADParameters(keyParameter, TAG_BITS, nonce, associatedData(label)));
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

    private static byte[] associatedData(String label) {
        byte[] bytes = label.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(bytes.length + 4).put(bytes).putInt(ARGON2ID_AES256GCM).array();
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

    static void wipe(byte[] bytes) {
        if (bytes != null) {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
