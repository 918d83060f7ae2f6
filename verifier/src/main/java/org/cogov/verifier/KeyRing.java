package org.cogov.verifier;

import java.security.spec.InvalidKeySpecException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The keys a file has listed so far; a head is checked against the keys listed before it. */
final class KeyRing {

    private final Map<String, LogKey> keys = new LinkedHashMap<>();

    /** Reads {@code key <key id> <algorithm> <public key, base64 of the X.509 SubjectPublicKeyInfo DER>}. */
    void add(Line line) throws Unreadable, Discrepancy {
        line.expectFields(4);
        String id = line.keyId(1);
        line.algorithm(2);
        byte[] der = line.base64(3, "public key");
        String actual = LogKey.idOf(der);
        if (!actual.equals(id)) {
            throw new Discrepancy("key " + id + " (" + line.where() + "): the key's id is " + actual + ", not " + id);
        }
        try {
            keys.put(id, LogKey.ed25519(der));
        } catch (InvalidKeySpecException e) {
            throw line.unreadable("key " + id + " is not an Ed25519 public key");
        }
    }

    /** Returns the head once its key is known and its signature verifies. */
    TreeHead check(TreeHead head) throws Discrepancy {
        LogKey key = keys.get(head.keyId());
        if (key == null) {
            throw new Discrepancy(head + ": no key " + head.keyId() + " is listed before it");
        }
        if (!key.signed(head)) {
            throw new Discrepancy(head + ": the signature does not verify");
        }
        return head;
    }

    boolean knows(String keyId) {
        return keys.containsKey(keyId);
    }

    List<String> ids() {
        return List.copyOf(keys.keySet());
    }
}
