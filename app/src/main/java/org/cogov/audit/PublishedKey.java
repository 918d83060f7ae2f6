package org.cogov.audit;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

import org.cogov.shared.Domain;

/**
 * A public key that tree heads are checked with, as published: its id (the first 16 hex digits of
 * SHA-256 of its X.509 SubjectPublicKeyInfo DER, which anyone can recompute), its algorithm and the
 * key itself in base64. Keys that signed earlier heads stay published after a rotation.
 */
@Domain
record PublishedKey(String keyId, String algorithm, String publicKey) {

    static final String ED25519 = "ed25519";

    PublishedKey {
        if (!ED25519.equals(algorithm)) {
            throw new IllegalArgumentException("unknown signature algorithm " + algorithm);
        }
        if (!keyId.equals(idOf(Base64.getDecoder().decode(publicKey)))) {
            throw new IllegalArgumentException("key id " + keyId + " does not belong to its key");
        }
    }

    static PublishedKey of(String algorithm, byte[] subjectPublicKeyInfo) {
        return new PublishedKey(idOf(subjectPublicKeyInfo), algorithm, Base64.getEncoder().encodeToString(subjectPublicKeyInfo));
    }

    static String idOf(byte[] subjectPublicKeyInfo) {
        return HexFormat.of().formatHex(MerkleTree.sha256(subjectPublicKeyInfo)).substring(0, 16);
    }

    /** With the JDK's own Ed25519, as the verifier does: a signature that the JDK refuses is refused here too. */
    boolean verifies(byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey))));
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    String exportLine() {
        return "key " + keyId + " " + algorithm + " " + publicKey;
    }
}
