package org.cogov.verifier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A SHA-256 value: a leaf hash, a node hash or a tree root, written as 64 lowercase hex digits. */
final class Hash {

    static final int SIZE = 32;

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    // A MessageDigest is not thread-safe and costly to look up; a log of a million leaves hashes millions of times.
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    });

    /** The root of the empty tree: SHA-256 of nothing. */
    static final Hash EMPTY_TREE = sha256(new byte[0]);

    private final byte[] bytes;

    private Hash(byte[] bytes) {
        this.bytes = bytes;
    }

    static Hash of(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("a hash has 32 bytes, not " + bytes.length);
        }
        return new Hash(bytes.clone());
    }

    static Hash of(byte[] bytes, int offset) {
        return new Hash(Arrays.copyOfRange(bytes, offset, offset + SIZE));
    }

    static Hash parse(String hex) {
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not 64 lowercase hex digits: " + hex);
        }
        return new Hash(HexFormat.of().parseHex(hex));
    }

    static Hash sha256(byte[] data) {
        return new Hash(SHA_256.get().digest(data));
    }

    /** RFC 9162 leaf hash: SHA-256(0x00 ‖ leaf). */
    static Hash leaf(byte[] leaf) {
        MessageDigest digest = SHA_256.get();
        digest.update(LEAF_PREFIX);
        return new Hash(digest.digest(leaf));
    }

    /** RFC 9162 node hash: SHA-256(0x01 ‖ left ‖ right). */
    static Hash node(Hash left, Hash right) {
        MessageDigest digest = SHA_256.get();
        digest.update(NODE_PREFIX);
        digest.update(left.bytes);
        return new Hash(digest.digest(right.bytes));
    }

    void copyTo(byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, SIZE);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Hash hash && MessageDigest.isEqual(bytes, hash.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
