package org.cogov.sealing;

/**
 * The algorithm suite of a sealed-bid envelope, named by one byte in its header, so that another suite (SM2, SM3 and
 * SM4) can be added without breaking the envelopes sealed before it.
 */
public enum Algorithm {

    /**
     * Id 1: HPKE (RFC 9180, mode_base, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM) wraps a fresh 256-bit data
     * key to the procedure's X25519 public key; the body is AES-256-GCM under that data key, with a 96-bit nonce and
     * a 128-bit tag.
     */
    BID_V1(1, "HPKE(X25519, HKDF-SHA256, AES-256-GCM) + AES-256-GCM");

    private final byte id;
    private final String label;

    Algorithm(int id, String label) {
        this.id = (byte) id;
        this.label = label;
    }

    /** The byte that names this suite in an envelope's header. */
    public byte id() {
        return id;
    }

    /** A readable name of the suite, for people and logs. */
    public String label() {
        return label;
    }

    /**
     * The suite an envelope's header names.
     *
     * @param id the id byte, read unsigned (0 to 255)
     *
     * @throws EnvelopeRefused {@code envelope.algorithm} when no suite has that id
     */
    public static Algorithm of(int id) throws EnvelopeRefused {
        for (Algorithm algorithm : values()) {
            if (Byte.toUnsignedInt(algorithm.id) == id) {
                return algorithm;
            }
        }
        throw new EnvelopeRefused(EnvelopeRefused.ALGORITHM, "unknown algorithm id " + id);
    }
}
