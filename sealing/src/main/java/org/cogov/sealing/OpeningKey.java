package org.cogov.sealing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.threshold.ShamirSecretSplitter;
import org.bouncycastle.crypto.threshold.ShamirSplitSecret;
import org.bouncycastle.crypto.threshold.ShamirSplitSecretShare;

/**
 * A procedure's opening key (开标密钥): an X25519 key pair made at publication, whose public key seals
 * the bids and whose private key is split at once among the procedure's custodians, k of n, with
 * Shamir's secret sharing (BouncyCastle's {@code ShamirSecretSplitter}, over GF(2^8) with the AES
 * polynomial, one polynomial per byte of the key). The private key exists only inside
 * {@link #split}, and again, at the opening, inside {@link #rebuild} (which checks the shares and the
 * rebuilt key; {@link #combine} does not) once k custodians brought their shares.
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

    /**
     * The procedure's private key rebuilt from the shares the custodians presented: each share checked against its
     * published commitment (a share that does not match is named), at least {@code needed} distinct good shares, and the
     * rebuilt key checked against the published public key before anyone may use it.
     *
     * <p>Every share is checked before any is combined. The shares are taken in the order of their indices, and the
     * first index at fault is reported: an index with no published commitment ({@link KeyRefused#UNKNOWN_SHARE}), then
     * a share whose commitment differs from the published one ({@link KeyRefused#COMMITMENT}), then one index presented
     * more than once ({@link KeyRefused#REPEATED}); so that a changed copy of a share is named as changed, not merely as
     * repeated. Only when every share is good are they counted ({@link KeyRefused#TOO_FEW} when fewer than
     * {@code needed}) and combined; a rebuilt key whose public key is not {@code publicKey} is wiped and refused
     * ({@link KeyRefused#MISMATCH}) — the commitments, the public key or the threshold on record are then not those of
     * one ceremony.
     *
     * <p>The presented shares are left as they are: the caller wipes them, and the key it gets, when done.
     *
     * @param presented the shares the custodians presented, in any order
     * @param commitments the published {@linkplain Share#commitment() commitments}, by share index (lowercase hex, as
     *     {@link Share#commitment()} gives them; the case of the hex digits is not significant)
     * @param needed how many shares the procedure needs to open (k), at least 1
     * @param publicKey the procedure's published public key, 32 bytes
     * @return the rebuilt private key, 32 bytes, whose public key is {@code publicKey}
     * @throws KeyRefused any reason code of {@link KeyRefused}, with the index of the share at fault, if one is
     * @throws IllegalArgumentException {@code needed} below 1, or a public key that is not 32 bytes
     */
    public static byte[] rebuild(List<Share> presented, Map<Integer, String> commitments, int needed, byte[] publicKey)
            throws KeyRefused {
        Objects.requireNonNull(presented, "presented");
        Objects.requireNonNull(commitments, "commitments");
        Objects.requireNonNull(publicKey, "publicKey");
        if (needed < 1) {
            throw new IllegalArgumentException("at least one share must be needed to open, not " + needed);
        }
        if (publicKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("an X25519 public key has " + KEY_BYTES + " bytes, not " + publicKey.length);
        }
        SortedMap<Integer, List<Share>> byIndex = new TreeMap<>();
        for (Share share : presented) {
            Objects.requireNonNull(share, "a presented share");
            byIndex.computeIfAbsent(share.index(), index -> new ArrayList<>(1)).add(share);
        }
        List<Share> good = new ArrayList<>(byIndex.size());
        for (Map.Entry<Integer, List<Share>> entry : byIndex.entrySet()) {
            int index = entry.getKey();
            List<Share> copies = entry.getValue();
            String published = commitments.get(index);
            if (published == null) {
                throw new KeyRefused(KeyRefused.UNKNOWN_SHARE, index,
                        "share " + index + " has no published commitment: it is not a share of this procedure's key");
            }
            for (Share share : copies) {
                if (!sameCommitment(share.commitment(), published)) {
                    throw new KeyRefused(KeyRefused.COMMITMENT, index, "share " + index
                            + " does not match the commitment published for it: it is not the share that was given");
                }
            }
            if (copies.size() > 1) {
                throw new KeyRefused(KeyRefused.REPEATED, index,
                        "share " + index + " is presented " + copies.size() + " times; each share counts once");
            }
            Share share = copies.get(0);
            byte[] value = share.value();
            int length = value.length;
            Arrays.fill(value, (byte) 0);
            if (length != KEY_BYTES) {
                // Its commitment is on record, so the record itself is not of an opening key's ceremony.
                throw new KeyRefused(KeyRefused.MISMATCH, index, "share " + index + " has " + length + " bytes, not "
                        + KEY_BYTES + ": the commitments on record are not those of an opening key");
            }
            good.add(share);
        }
        if (good.size() < needed) {
            throw new KeyRefused(KeyRefused.TOO_FEW, 0, (good.isEmpty() ? "no share was" : good.size() == 1
                    ? "only share " + indices(good) + " was" : "only shares " + indices(good) + " were")
                    + " presented; " + needed + (needed == 1 ? " is" : " are") + " needed to open");
        }
        byte[] key = combine(good);
        try {
            if (!matches(key, publicKey)) {
                Arrays.fill(key, (byte) 0);
                throw new KeyRefused(KeyRefused.MISMATCH, 0, "the key rebuilt from shares " + indices(good)
                        + " is not the key of the published public key " + grouped(fingerprint(publicKey))
                        + ": the commitments, the public key or the number of shares needed on record are not of one ceremony");
            }
            return key;
        } catch (RuntimeException e) {
            Arrays.fill(key, (byte) 0);
            throw e;
        }
    }

    private static boolean sameCommitment(String actual, String published) {
        return MessageDigest.isEqual(actual.getBytes(StandardCharsets.US_ASCII),
                published.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** The shares' indices, as people read them: "1, 4, 5". */
    private static String indices(List<Share> shares) {
        StringBuilder out = new StringBuilder();
        for (Share share : shares) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(share.index());
        }
        return out.toString();
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
