package org.cogov.audit;

import java.io.IOException;
import java.time.Instant;

import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.cogov.shared.Domain;

/**
 * The operator's Ed25519 key that signs tree heads. It comes from the configuration or a key file,
 * never from the database, so that a copy of the database cannot sign a forged head.
 */
@Domain
final class SigningKey {

    private final Ed25519PrivateKeyParameters privateKey;
    private final PublishedKey publicKey;

    private SigningKey(Ed25519PrivateKeyParameters privateKey, PublishedKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** From a PKCS#8 encoding (what {@code openssl genpkey -algorithm ed25519 -outform DER} writes). */
    static SigningKey fromPkcs8(byte[] pkcs8) {
        try {
            AsymmetricKeyParameter key = PrivateKeyFactory.createKey(pkcs8);
            if (!(key instanceof Ed25519PrivateKeyParameters ed25519)) {
                throw new IllegalArgumentException("the audit signing key is not an Ed25519 key");
            }
            byte[] spki = SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(ed25519.generatePublicKey()).getEncoded();
            return new SigningKey(ed25519, PublishedKey.of(PublishedKey.ED25519, spki));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("the audit signing key is not a PKCS#8 Ed25519 key", e);
        }
    }

    PublishedKey publicKey() {
        return publicKey;
    }

    TreeHead sign(long size, byte[] root, Instant signedAt) {
        TreeHead unsigned = new TreeHead(size, root, signedAt, publicKey.keyId(), publicKey.algorithm(), new byte[64]);
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, privateKey);
        byte[] input = unsigned.signingInput();
        signer.update(input, 0, input.length);
        return unsigned.withSignature(signer.generateSignature());
    }
}
