package org.cogov.sealing;

import java.security.SecureRandom;

import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;

/** A procedure's X25519 opening key pair, as raw 32-byte encodings, for tests. */
record TestKeys(byte[] publicKey, byte[] privateKey) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static TestKeys generate() {
        X25519PrivateKeyParameters privateKey = new X25519PrivateKeyParameters(RANDOM);
        return new TestKeys(privateKey.generatePublicKey().getEncoded(), privateKey.getEncoded());
    }
}
