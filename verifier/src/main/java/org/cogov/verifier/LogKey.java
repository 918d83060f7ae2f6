package org.cogov.verifier;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;

/** A public key that signs tree heads, known by its id: the first 16 hex digits of SHA-256 of its DER. */
record LogKey(String id, PublicKey publicKey) {

    static final String ED25519 = "ed25519";
    private static final String JDK_NAME = "Ed25519";

    static String idOf(byte[] subjectPublicKeyInfo) {
        return Hash.sha256(subjectPublicKeyInfo).hex().substring(0, 16);
    }

    /** @throws InvalidKeySpecException when the DER is not an Ed25519 SubjectPublicKeyInfo */
    static LogKey ed25519(byte[] subjectPublicKeyInfo) throws InvalidKeySpecException {
        try {
            KeyFactory factory = KeyFactory.getInstance(JDK_NAME);
            return new LogKey(idOf(subjectPublicKeyInfo), factory.generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no Ed25519; Java 15 and later do", e);
        }
    }

    boolean signed(TreeHead head) {
        try {
            Signature signature = Signature.getInstance(JDK_NAME);
            signature.initVerify(publicKey);
            signature.update(head.signingInput());
            return signature.verify(head.signature());
        } catch (SignatureException malformedSignature) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot verify Ed25519 signatures", e);
        }
    }
}
