package org.cogov.contracting;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.cogov.sealing.CustodianKey;
import org.cogov.sealing.WrongPassphrase;
import org.jspecify.annotations.Nullable;

/**
 * A signer key for contracts (ARCHITECTURE.md "Keys"): an Ed25519 key pair made at enrolment, its private key kept only
 * wrapped by the user's passphrase exactly as a custodian key is — Argon2id v1.3 then AES-256-GCM, the cost travelling
 * with the wrapped key in the sealing module's {@link CustodianKey.WrappedKey} form — but under its own associated data,
 * {@value #WRAPPING_LABEL}, so that a wrapped signer key can never be taken for a custodian key nor the reverse. The
 * sealing module's wrapping makes its own X25519 key and keeps its primitives private, so they are repeated here with the
 * same parameters rather than weakened or bent to another key type.
 *
 * <p>Every private key and derived key is wiped when done with; the passphrase arrays are the caller's to wipe.
 */
public final class SignerKey {

    /** The signature algorithm's id, stored with every key and signature. */
    public static final String ED25519 = "Ed25519";
    /** The wrapping of the private key: Argon2id v1.3, AES-256-GCM, an Ed25519 private key (its 32-byte seed). */
    public static final int WRAPPING_ARGON2ID_AES256GCM = 1;

    static final String WRAPPING_LABEL = "cogov/signer-key/v1";
    /** What a signature covers: this label, a line break, then the document's hash in hex. */
    static final String SIGNED_LABEL = "cogov/contract-signature/v1";

    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private SignerKey() {
    }

    /** A new signer key: its public key (base64) and its private key wrapped by the passphrase. */
    public record Enrolment(String publicKey, CustodianKey.WrappedKey wrapped) {

        @Override
        public String toString() {
            return "Enrolment[publicKey=" + publicKey + "]";
        }
    }

    /** Makes an Ed25519 key pair and wraps its private key by the passphrase; the private key is wiped before this returns. */
    public static Enrolment enrol(char[] passphrase, CustodianKey.Argon2 cost, SecureRandom random) {
        requirePassphrase(passphrase);
        byte[] privateKey = new byte[KEY_BYTES];
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        byte[] wrappingKey = null;
        try {
            random.nextBytes(privateKey);
            random.nextBytes(salt);
            random.nextBytes(nonce);
            String publicKey = Base64.getEncoder().encodeToString(new Ed25519PrivateKeyParameters(privateKey).generatePublicKey().getEncoded());
            wrappingKey = derive(passphrase, salt, cost);
            byte[] ciphertext = gcm(true, wrappingKey, nonce, privateKey);
            return new Enrolment(publicKey, new CustodianKey.WrappedKey(WRAPPING_ARGON2ID_AES256GCM, salt, cost.memoryKiB(),
                    cost.iterations(), cost.parallelism(), nonce, ciphertext));
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("encrypting cannot fail its own check", e);
        } finally {
            Arrays.fill(privateKey, (byte) 0);
            wipe(wrappingKey);
        }
    }

    /**
     * Signs a document's hash with the private key the passphrase unwraps, checking it against the stored public key.
     *
     * @return the signature in base64
     * @throws WrongPassphrase the passphrase is not the one the key was wrapped with
     */
    public static String sign(CustodianKey.WrappedKey wrapped, String publicKey, char[] passphrase, String documentHash)
            throws WrongPassphrase {
        byte[] privateKey = unwrap(wrapped, passphrase);
        try {
            Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(privateKey);
            if (!Arrays.equals(key.generatePublicKey().getEncoded(), Base64.getDecoder().decode(publicKey))) {
                throw new IllegalStateException("a signer key does not unwrap to its own public key");
            }
            Ed25519Signer signer = new Ed25519Signer();
            signer.init(true, key);
            byte[] message = signedBytes(documentHash);
            signer.update(message, 0, message.length);
            return Base64.getEncoder().encodeToString(signer.generateSignature());
        } finally {
            Arrays.fill(privateKey, (byte) 0);
        }
    }

    /** Whether the signature (base64) is the public key's (base64) over the document's hash; malformed input is not. */
    public static boolean verify(String publicKey, String documentHash, String signature) {
        try {
            byte[] key = Base64.getDecoder().decode(publicKey);
            byte[] value = Base64.getDecoder().decode(signature);
            if (key.length != Ed25519PublicKeyParameters.KEY_SIZE || value.length != Ed25519PrivateKeyParameters.SIGNATURE_SIZE) {
                return false;
            }
            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, new Ed25519PublicKeyParameters(key));
            byte[] message = signedBytes(documentHash);
            verifier.update(message, 0, message.length);
            return verifier.verifySignature(value);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** The bytes a signature covers: a label of their own, so that no other signed thing of the platform is taken for them. */
    public static byte[] signedBytes(String documentHash) {
        return (SIGNED_LABEL + "\n" + documentHash).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] unwrap(CustodianKey.WrappedKey wrapped, char[] passphrase) throws WrongPassphrase {
        requirePassphrase(passphrase);
        if (wrapped.algorithm() != WRAPPING_ARGON2ID_AES256GCM) {
            throw new IllegalArgumentException("unknown wrapping algorithm " + wrapped.algorithm());
        }
        byte[] salt = wrapped.salt();
        byte[] nonce = wrapped.nonce();
        byte[] ciphertext = wrapped.ciphertext();
        if (salt.length != SALT_BYTES || nonce.length != NONCE_BYTES || ciphertext.length != KEY_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("a wrapped signer key has a 16-byte salt, a 12-byte nonce and 48 bytes of ciphertext");
        }
        byte[] wrappingKey = derive(passphrase, salt, wrapped.argon2());
        try {
            return gcm(false, wrappingKey, nonce, ciphertext);
        } catch (InvalidCipherTextException e) {
            throw new WrongPassphrase();
        } finally {
            wipe(wrappingKey);
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

    private static byte[] gcm(boolean encrypt, byte[] key, byte[] nonce, byte[] input) throws InvalidCipherTextException {
        KeyParameter keyParameter = new KeyParameter(key);
        byte[] out = null;
        try {
            GCMModeCipher cipher = GCMBlockCipher.newInstance(AESEngine.newInstance());
            cipher.init(encrypt, new AEADParameters(keyParameter, TAG_BITS, nonce, wrappingData()));
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

    private static byte[] wrappingData() {
        byte[] label = WRAPPING_LABEL.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(label.length + 4).put(label).putInt(WRAPPING_ARGON2ID_AES256GCM).array();
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

    private static void wipe(byte @Nullable [] bytes) {
        if (bytes != null) {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
