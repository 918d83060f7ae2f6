package org.cogov.contracting;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.cogov.sealing.CustodianKey;
import org.cogov.sealing.PassphraseWrapping;
import org.cogov.sealing.WrongPassphrase;

/**
 * A signer key for contracts (ARCHITECTURE.md "Keys"): an Ed25519 key pair made at enrolment, its private key kept only
 * wrapped by the user's passphrase exactly as a custodian key is ({@link PassphraseWrapping}), but under its own label,
 * {@value #WRAPPING_LABEL}, so that a wrapped signer key can never be taken for a custodian key nor the reverse.
 *
 * <p>Every private key and derived key is wiped when done with; the passphrase arrays are the caller's to wipe.
 */
public final class SignerKey {

    /** The signature algorithm's id, stored with every key and signature. */
    public static final String ED25519 = "Ed25519";
    /** The wrapping of the private key: Argon2id v1.3, AES-256-GCM, an Ed25519 private key (its 32-byte seed). */
    public static final int WRAPPING_ARGON2ID_AES256GCM = PassphraseWrapping.ARGON2ID_AES256GCM;

    static final String WRAPPING_LABEL = "cogov/signer-key/v1";
    /** What a signature covers: this label, a line break, then the document's hash in hex. */
    static final String SIGNED_LABEL = "cogov/contract-signature/v1";

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
        byte[] privateKey = new byte[KEY_BYTES];
        try {
            random.nextBytes(privateKey);
            String publicKey = Base64.getEncoder().encodeToString(new Ed25519PrivateKeyParameters(privateKey).generatePublicKey().getEncoded());
            return new Enrolment(publicKey, PassphraseWrapping.wrap(privateKey, passphrase, cost, WRAPPING_LABEL, random));
        } finally {
            Arrays.fill(privateKey, (byte) 0);
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
        byte[] privateKey = PassphraseWrapping.unwrap(wrapped, passphrase, WRAPPING_LABEL);
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
}
