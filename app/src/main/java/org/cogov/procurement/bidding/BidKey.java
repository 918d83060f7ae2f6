package org.cogov.procurement.bidding;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.io.CipherInputStream;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The platform's key for sealed bids at rest. It reads no bid — only the procedure's opening key
 * does — but it hides, from a copy of the database or its backups, whose bids are where and how
 * many: a bid row names its procedure, lot and bidder only as tags and a routing sealed under this
 * key, and the envelope itself (whose header names them, for the check on arrival) is kept under a
 * second AES-256-GCM layer made with it. Three keys are derived from it, one per use, so that no
 * output of one use helps against another.
 */
final class BidKey {

    /** Marks the at-rest layer's format, so that another suite can follow without breaking old rows. */
    private static final byte AT_REST_V1 = 1;
    private static final String ROUTING_PREFIX = "A256GCM:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final byte[] tagKey;
    private final byte[] routingKey;
    private final byte[] atRestKey;
    private final SecureRandom random = new SecureRandom();

    BidKey(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the bid key must be 32 bytes (AES-256), base64 in cogov.procurement.bidding.key");
        }
        this.tagKey = derive(key, "cogov bid tags");
        this.routingKey = derive(key, "cogov bid routing");
        this.atRestKey = derive(key, "cogov bid envelope at rest");
    }

    /** A keyed tag of some values: equal values give equal tags, and without the key none can be guessed. */
    String tag(String use, Object... values) {
        HMac mac = new HMac(new SHA256Digest());
        mac.init(new KeyParameter(tagKey));
        byte[] label = use.getBytes(StandardCharsets.UTF_8);
        mac.update(label, 0, label.length);
        for (Object value : values) {
            byte[] bytes = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
            // Each value with its length, so that no two different lists of values give the same input.
            byte[] length = ByteBuffer.allocate(4).putInt(bytes.length).array();
            mac.update(length, 0, length.length);
            mac.update(bytes, 0, bytes.length);
        }
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    /** Seals a row's routing, bound to the row's id so that it cannot be moved to another row. */
    String seal(String routing, UUID row) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] plain = routing.getBytes(StandardCharsets.UTF_8);
        GCMModeCipher gcm = gcm(true, routingKey, nonce, row);
        byte[] out = new byte[gcm.getOutputSize(plain.length)];
        try {
            int n = gcm.processBytes(plain, 0, plain.length, out, 0);
            gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
        return ROUTING_PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + out.length).put(nonce)
                .put(out).array());
    }

    String open(String sealed, UUID row) {
        if (!sealed.startsWith(ROUTING_PREFIX)) {
            throw new IllegalStateException("unknown routing format of bid row " + row);
        }
        byte[] all = Base64.getDecoder().decode(sealed.substring(ROUTING_PREFIX.length()));
        GCMModeCipher gcm = gcm(false, routingKey, Arrays.copyOf(all, NONCE_BYTES), row);
        byte[] out = new byte[gcm.getOutputSize(all.length - NONCE_BYTES)];
        try {
            int n = gcm.processBytes(all, NONCE_BYTES, all.length - NONCE_BYTES, out, 0);
            n += gcm.doFinal(out, n);
            return new String(out, 0, n, StandardCharsets.UTF_8);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("the routing of bid row " + row + " does not open with the configured bid key", e);
        }
    }

    /**
     * The stream an envelope goes into to be kept: a format byte and a fresh nonce, then AES-256-GCM
     * bound to the row's id. Closing it writes the tag and closes {@code out}.
     */
    OutputStream atRest(UUID row, OutputStream out) throws IOException {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        out.write(AT_REST_V1);
        out.write(nonce);
        // The JDK's AES-GCM (AES-NI): every byte of every bid goes through this layer on arrival. Reading back keeps
        // BouncyCastle's, which streams where the JDK's holds the whole envelope until the tag is checked.
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(atRestKey, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(uuid(row));
            return new CipherOutputStream(out, cipher);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no AES-256-GCM", e);
        }
    }

    /** The envelope kept at rest, as it arrived; a failed tag surfaces as an IOException at the end. */
    InputStream fromRest(UUID row, InputStream in) throws IOException {
        int format = in.read();
        if (format != AT_REST_V1) {
            throw new IOException("unknown at-rest format " + format + " of bid row " + row);
        }
        byte[] nonce = in.readNBytes(NONCE_BYTES);
        return new CipherInputStream(in, gcm(false, atRestKey, nonce, row));
    }

    private static GCMModeCipher gcm(boolean encrypt, byte[] key, byte[] nonce, UUID row) {
        GCMModeCipher gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, uuid(row)));
        return gcm;
    }

    private static byte[] uuid(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    private static byte[] derive(byte[] key, String info) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(key, null, info.getBytes(StandardCharsets.UTF_8)));
        byte[] out = new byte[32];
        hkdf.generateBytes(out, 0, out.length);
        return out;
    }
}
