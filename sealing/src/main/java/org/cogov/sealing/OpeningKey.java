package org.cogov.sealing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.threshold.ShamirSecretSplitter;
import org.bouncycastle.crypto.threshold.ShamirSplitSecret;
import org.bouncycastle.crypto.threshold.ShamirSplitSecretShare;

/**
 * A procedure's opening key (开标密钥): an X25519 key pair made at publication, whose public key seals
 * the bids and whose private key is split at once among the procedure's custodians, k of n, with
 * Shamir's secret sharing (BouncyCastle's {@code ShamirSecretSplitter}, over GF(2^8) with the AES
 * polynomial, one polynomial per byte of the key). The private key exists only inside
 * {@link #split}, and again, at the opening, inside {@link #combine} once k custodians brought their
 * shares.
 *
 * <p>What this class holds it wipes: the private key's bytes, and the share values it was handed.
 * BouncyCastle keeps copies inside objects of its own (the key parameters, the split polynomial), which
 * become unreachable when the call returns; Java offers no way to wipe those.
 */
public final class OpeningKey {

    /** The algorithm id of the opening key, stored and published beside it. */
    public static final String ALGORITHM = "X25519";

    /** The length of the private and of the public key, and of every share's value. */
    public static final int KEY_BYTES = 32;

    /** Shamir's secret sharing of BouncyCastle evaluates its polynomials at the points 1 to 255. */
    public static final int MAX_SHARES = 255;

    private OpeningKey() {
    }

    /**
     * What a key ceremony leaves: the public key, to be published, and one share for each custodian,
     * in the order of the custodians, share {@code i} at index {@code i + 1}. The shares are secret: seal
     * each to its custodian and {@linkplain #wipe() wipe} them.
     */
    public record Ceremony(byte[] publicKey, List<Share> shares) {

        public Ceremony {
            publicKey = publicKey.clone();
            shares = List.copyOf(shares);
        }

        @Override
        public byte[] publicKey() {
            return publicKey.clone();
        }

        /** Zeroes every share's value. */
        public void wipe() {
            shares.forEach(Share::wipe);
        }

        @Override
        public String toString() {
            return "Ceremony[fingerprint=" + fingerprint(publicKey) + ", shares=" + shares.size() + "]";
        }
    }

    /**
     * Makes a fresh key pair and splits its private key into {@code custodians} shares, any
     * {@code needed} of which rebuild it; the private key itself is wiped before this returns.
     *
     * @param needed how many custodians must come to open (k), at least 1
     * @param custodians how many hold a share (n), at least k and at most 255
     */
    public static Ceremony split(int needed, int custodians, SecureRandom random) {
        if (needed < 1) {
            throw new IllegalArgumentException("at least one share must be needed to open, not " + needed);
        }
        if (custodians < needed) {
            throw new IllegalArgumentException(needed + " shares needed to open, but only " + custodians + " custodians");
        }
        if (custodians > MAX_SHARES) {
            throw new IllegalArgumentException("at most " + MAX_SHARES + " custodians, not " + custodians);
        }
        Objects.requireNonNull(random, "random");
        byte[] privateKey = new byte[KEY_BYTES];
        List<Share> shares = new ArrayList<>(custodians);
        try {
            random.nextBytes(privateKey);
            byte[] publicKey = publicKeyOf(privateKey);
            ShamirSplitSecret split = new ShamirSecretSplitter(ShamirSecretSplitter.Algorithm.AES,
                    ShamirSecretSplitter.Mode.Table, KEY_BYTES, random).resplit(privateKey, needed, custodians);
            ShamirSplitSecretShare[] parts = split.getSecretShares();
            for (int i = 0; i < parts.length; i++) {
                byte[] value = encoded(parts[i]);
                shares.add(new Share(i + 1, value));
                Arrays.fill(value, (byte) 0);
            }
            return new Ceremony(publicKey, shares);
        } catch (RuntimeException e) {
            shares.forEach(Share::wipe);
            throw e;
        } finally {
            Arrays.fill(privateKey, (byte) 0);
        }
    }

    /**
     * Rebuilds the private key from shares of one ceremony: any {@code needed} of them, or more, in any
     * order. Fewer give a wrong key, which nothing here can tell: check the result with
     * {@link #matches}. The caller wipes the key it gets.
     *
     * @throws IllegalArgumentException no share, two shares of one index, or shares of different lengths
     */
    public static byte[] combine(List<Share> shares) {
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("no share to combine");
        }
        Set<Integer> indices = new HashSet<>();
        int length = -1;
        ShamirSplitSecretShare[] parts = new ShamirSplitSecretShare[shares.size()];
        for (int i = 0; i < shares.size(); i++) {
            Share share = shares.get(i);
            if (!indices.add(share.index())) {
                throw new IllegalArgumentException("share " + share.index() + " is given twice");
            }
            byte[] value = share.value();
            if (length >= 0 && value.length != length) {
                Arrays.fill(value, (byte) 0);
                throw new IllegalArgumentException("shares of different lengths are not of one key");
            }
            length = value.length;
            parts[i] = new ShamirSplitSecretShare(value, share.index());
            Arrays.fill(value, (byte) 0);
        }
        try {
            return new ShamirSplitSecret(ShamirSecretSplitter.Algorithm.AES, ShamirSecretSplitter.Mode.Table, parts).getSecret();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The X25519 public key of a private key. */
    public static byte[] publicKeyOf(byte[] privateKey) {
        if (privateKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("an X25519 private key has " + KEY_BYTES + " bytes, not " + privateKey.length);
        }
        return new X25519PrivateKeyParameters(privateKey).generatePublicKey().getEncoded();
    }

    /** Whether a private key (a rebuilt one, say) belongs to a public key; compared in constant time. */
    public static boolean matches(byte[] privateKey, byte[] publicKey) {
        return privateKey.length == KEY_BYTES && MessageDigest.isEqual(publicKeyOf(privateKey), publicKey);
    }

    /**
     * The fingerprint of a public key: the SHA-256 of its 32 bytes, in lowercase hex (64 characters), as
     * {@code sha256sum} prints it for the raw key. {@link #grouped} shows it to people.
     */
    public static String fingerprint(byte[] publicKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A fingerprint as people compare it: 16 groups of 4 hex digits, separated by spaces. */
    public static String grouped(String fingerprint) {
        StringBuilder grouped = new StringBuilder(fingerprint.length() + fingerprint.length() / 4);
        for (int i = 0; i < fingerprint.length(); i += 4) {
            if (i > 0) {
                grouped.append(' ');
            }
            grouped.append(fingerprint, i, Math.min(i + 4, fingerprint.length()));
        }
        return grouped.toString();
    }

    private static byte[] encoded(ShamirSplitSecretShare part) {
        try {
            return part.getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
