package org.cogov.sealing;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContext;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.bouncycastle.crypto.io.CipherInputStream;
import org.bouncycastle.crypto.io.InvalidCipherTextIOException;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;

/**
 * The sealed-bid envelope: a bid encrypted on the bidder's machine (or by the server on its behalf) to the procedure's
 * X25519 opening key, which no one holds whole until the custodians rebuild it at the opening.
 *
 * <p>The layout, byte by byte, is that of {@code docs/sealed-bids.md}. For {@link Algorithm#BID_V1}:
 *
 * <pre>
 * offset  length  field
 *      0       8  magic, ASCII "COGOVBID"
 *      8       1  format version, 1
 *      9       1  algorithm id, 1 (BID_V1)
 *     10      40  binding in clear: procedure id (16 bytes), lot number (4 bytes, big-endian), bidder id (16 bytes),
 *                 version (4 bytes, big-endian)
 *     50      32  HPKE encapsulated key (the sender's ephemeral X25519 public key)
 *     82       2  length of the wrapped data key, big-endian: 48
 *     84      48  HPKE ciphertext of the 32-byte data key (info "cogov-bid/1 data key", aad = binding's associated data)
 *    132      12  nonce of the body
 *    144       …  body: AES-256-GCM of the plaintext under the data key, aad = the 144 header bytes above
 *    end-16   16  the body's GCM tag
 * </pre>
 *
 * <p>The binding is in clear so that the server can check on arrival which row a bid was sealed for; the server keeps
 * the envelope under a further at-rest layer, so the database does not show it. Only the opening, with the rebuilt
 * private key, can tell whether the envelope is authentic.
 */
public final class BidEnvelope {

    /** The eight bytes every envelope begins with. */
    static final byte[] MAGIC = "COGOVBID".getBytes(StandardCharsets.US_ASCII);
    /** The only format version this code writes and reads. */
    static final int FORMAT_VERSION = 1;
    /** HPKE's info, a fixed label naming what the HPKE ciphertext holds. */
    static final byte[] HPKE_INFO = "cogov-bid/1 data key".getBytes(StandardCharsets.US_ASCII);

    static final int KEY_BYTES = 32;
    static final int DATA_KEY_BYTES = 32;
    static final int ENCAPSULATED_KEY_BYTES = 32;
    static final int WRAPPED_KEY_BYTES = DATA_KEY_BYTES + 16;
    static final int NONCE_BYTES = 12;
    static final int TAG_BYTES = 16;
    static final int HEADER_BYTES = 8 + 1 + 1 + Binding.ENCODED_LENGTH + ENCAPSULATED_KEY_BYTES + 2
            + WRAPPED_KEY_BYTES + NONCE_BYTES;

    private static final int BUFFER_BYTES = 64 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BidEnvelope() {
    }

    /**
     * An envelope's header as read from its first bytes, before anything is decrypted.
     *
     * @param algorithm the algorithm suite the header names
     * @param binding the binding written in clear, which the envelope claims to be sealed for
     * @param length the number of header bytes; the body follows them
     */
    public record Header(Algorithm algorithm, Binding binding, int length) {

        public Header {
            Objects.requireNonNull(algorithm, "algorithm");
            Objects.requireNonNull(binding, "binding");
            if (length <= 0) {
                throw new IllegalArgumentException("a header has bytes, not " + length);
            }
        }
    }

    /**
     * Starts sealing a bid: writes the header to {@code out} and returns the stream the plaintext goes into. Closing the
     * returned stream writes the body's tag and flushes {@code out}, but does not close {@code out}; closing it again
     * does nothing. Nothing is held whole in memory: the body is encrypted as it is written.
     *
     * <p>A fresh 256-bit data key and a fresh nonce are drawn for every envelope; the data key is wrapped to the
     * procedure's key with HPKE and wiped from this side once the cipher is keyed.
     *
     * @param procedurePublicKey the procedure's X25519 opening key, 32 raw bytes
     * @param binding the procedure, lot, bidder and version the bid is sealed for
     * @param out where the envelope is written
     * @throws IllegalArgumentException when the key is not 32 bytes or is not a usable X25519 public key
     */
    public static OutputStream sealing(byte[] procedurePublicKey, Binding binding, OutputStream out) throws IOException {
        Objects.requireNonNull(procedurePublicKey, "procedurePublicKey");
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(out, "out");
        if (procedurePublicKey.length != KEY_BYTES) {
            throw new IllegalArgumentException(
                    "a procedure's public key is " + KEY_BYTES + " bytes, not " + procedurePublicKey.length);
        }
        byte[] dataKey = new byte[DATA_KEY_BYTES];
        try {
            RANDOM.nextBytes(dataKey);
            HPKEContextWithEncapsulation sender;
            try {
                sender = hpke().setupBaseS(new X25519PublicKeyParameters(procedurePublicKey), HPKE_INFO);
            } catch (IllegalStateException e) {
                // BouncyCastle refuses a low-order point: the shared secret would be all zeros.
                throw new IllegalArgumentException("the procedure's public key is not a usable X25519 key", e);
            }
            byte[] wrappedKey = sender.seal(binding.associatedData(), dataKey);
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);

            ByteArrayOutputStream header = new ByteArrayOutputStream(HEADER_BYTES);
            header.write(MAGIC);
            header.write(FORMAT_VERSION);
            header.write(Algorithm.BID_V1.id());
            header.write(binding.encoded());
            header.write(sender.getEncapsulation());
            header.write(wrappedKey.length >>> 8);
            header.write(wrappedKey.length);
            header.write(wrappedKey);
            header.write(nonce);
            byte[] headerBytes = header.toByteArray();

            Cipher body = sealingBodyCipher(dataKey, nonce, headerBytes);
            out.write(headerBytes);
            return new SealingStream(body, out);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("HPKE refused to seal a data key", e);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /**
     * Reads and checks an envelope's header: the magic, the format version, the algorithm id, the length of the wrapped
     * key and a well-formed binding. It reads exactly the header's bytes, so that {@code in} is left at the body. This
     * is what the server checks on arrival; it says nothing of whether the envelope is authentic.
     *
     * @throws EnvelopeRefused {@code envelope.magic}, {@code envelope.format}, {@code envelope.algorithm} or
     *     {@code envelope.truncated}
     */
    public static Header header(InputStream in) throws EnvelopeRefused, IOException {
        Parsed parsed = parse(in);
        return new Header(parsed.algorithm(), parsed.binding(), parsed.headerBytes().length);
    }

    /**
     * Opens a sealed bid with the procedure's rebuilt private key, writing the plaintext to {@code plaintext}.
     *
     * <p>The header's binding must equal {@code expected}, and the data key is unwrapped with associated data built from
     * {@code expected}, not from the header: a bid moved to another row is refused as {@code envelope.binding}, and one
     * whose header was also edited to match that row fails to unwrap ({@code envelope.authentication}). The body is
     * authenticated with the whole header as associated data, so any edited byte fails.
     *
     * <p><strong>Plaintext is released before it is authenticated.</strong> AES-GCM is streamed: the tag at the end of
     * the body is checked only after all the plaintext before it has been written to {@code plaintext}. When this
     * method throws {@code envelope.authentication}, what was written is not the bidder's and must be discarded; write
     * it where a failure can be rolled back (the opening writes it in a transaction, and parses it only after this
     * method returned).
     *
     * <p>Neither stream is closed.
     *
     * @param procedurePrivateKey the procedure's X25519 private key as rebuilt from the custodians' shares, 32 raw bytes
     * @param expected the row the bid is stored under
     * @throws EnvelopeRefused any reason code of {@link EnvelopeRefused}
     * @throws IllegalArgumentException when the private key is not 32 bytes
     * @throws IOException when reading the envelope or writing the plaintext fails
     */
    public static void open(byte[] procedurePrivateKey, Binding expected, InputStream envelope, OutputStream plaintext)
            throws EnvelopeRefused, IOException {
        Objects.requireNonNull(procedurePrivateKey, "procedurePrivateKey");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(plaintext, "plaintext");
        if (procedurePrivateKey.length != KEY_BYTES) {
            throw new IllegalArgumentException(
                    "a procedure's private key is " + KEY_BYTES + " bytes, not " + procedurePrivateKey.length);
        }
        Parsed parsed = parse(envelope);
        if (!parsed.binding().equals(expected)) {
            throw new EnvelopeRefused(EnvelopeRefused.BINDING, differences(parsed.binding(), expected));
        }
        byte[] dataKey = unwrap(procedurePrivateKey, expected, parsed);
        GCMModeCipher body;
        try {
            body = openingBodyCipher(dataKey, parsed.nonce(), parsed.headerBytes());
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
        CountingInputStream counted = new CountingInputStream(envelope);
        CipherInputStream decrypted = new CipherInputStream(counted, body, BUFFER_BYTES);
        byte[] buffer = new byte[BUFFER_BYTES];
        while (true) {
            int read;
            try {
                read = decrypted.read(buffer);
            } catch (InvalidCipherTextIOException e) {
                if (counted.count < TAG_BYTES) {
                    throw new EnvelopeRefused(EnvelopeRefused.TRUNCATED,
                            "the body ends after " + counted.count + " bytes, before its " + TAG_BYTES + "-byte tag");
                }
                throw new EnvelopeRefused(EnvelopeRefused.AUTHENTICATION,
                        "the body's tag does not match: the envelope was changed after it was sealed");
            }
            if (read < 0) {
                break;
            }
            plaintext.write(buffer, 0, read);
        }
        plaintext.flush();
    }

    private static byte[] unwrap(byte[] procedurePrivateKey, Binding expected, Parsed parsed) throws EnvelopeRefused {
        X25519PrivateKeyParameters privateKey = new X25519PrivateKeyParameters(procedurePrivateKey);
        AsymmetricCipherKeyPair recipient = new AsymmetricCipherKeyPair(privateKey.generatePublicKey(), privateKey);
        byte[] dataKey;
        try {
            HPKEContext context = hpke().setupBaseR(parsed.encapsulatedKey(), recipient, HPKE_INFO);
            dataKey = context.open(expected.associatedData(), parsed.wrappedKey());
        } catch (InvalidCipherTextException | IllegalStateException | IllegalArgumentException e) {
            // A wrong key, an edited encapsulated key or wrapped key, or a binding that is not the one sealed.
            throw new EnvelopeRefused(EnvelopeRefused.AUTHENTICATION,
                    "the data key does not unwrap with this procedure's key for this binding");
        }
        if (dataKey.length != DATA_KEY_BYTES) {
            Arrays.fill(dataKey, (byte) 0);
            throw new EnvelopeRefused(EnvelopeRefused.AUTHENTICATION, "the unwrapped data key is not 32 bytes");
        }
        return dataKey;
    }

    /**
     * The JDK's AES-GCM, which uses the processor's AES and carry-less multiplication instructions: sealing every byte
     * of every bid on arrival is the server's heaviest work, and BouncyCastle's pure-Java GCM is some forty times
     * slower. Opening keeps BouncyCastle's streaming decryption, since the JDK's holds the whole plaintext until the tag
     * is checked. The JDK keeps its own copy of the data key in the key object until it is collected; that key seals
     * one bid, which the sealing side has in clear anyway.
     */
    private static Cipher sealingBodyCipher(byte[] dataKey, byte[] nonce, byte[] headerBytes) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(dataKey, "AES"), new GCMParameterSpec(TAG_BYTES * 8, nonce));
            cipher.updateAAD(headerBytes);
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no AES-256-GCM", e);
        }
    }

    private static GCMModeCipher openingBodyCipher(byte[] dataKey, byte[] nonce, byte[] headerBytes) {
        KeyParameter key = new KeyParameter(dataKey);
        GCMModeCipher cipher = GCMBlockCipher.newInstance(AESEngine.newInstance());
        cipher.init(false, new AEADParameters(key, TAG_BYTES * 8, nonce, headerBytes));
        // The engine has expanded its round keys; the copy the parameter holds is no longer needed.
        Arrays.fill(key.getKey(), (byte) 0);
        return cipher;
    }

    private static HPKE hpke() {
        return new HPKE(HPKE.mode_base, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM256);
    }

    /** The header, field by field, and its bytes, which are the body's associated data. */
    private record Parsed(Algorithm algorithm, Binding binding, byte[] encapsulatedKey, byte[] wrappedKey,
            byte[] nonce, byte[] headerBytes) {
    }

    private static Parsed parse(InputStream in) throws EnvelopeRefused, IOException {
        Objects.requireNonNull(in, "in");
        HeaderReader reader = new HeaderReader(in);
        byte[] magic = reader.upTo(MAGIC.length);
        if (!Arrays.equals(magic, Arrays.copyOf(MAGIC, magic.length))) {
            throw new EnvelopeRefused(EnvelopeRefused.MAGIC, "the file does not begin with COGOVBID: it is not a sealed bid");
        }
        if (magic.length < MAGIC.length) {
            throw reader.truncated();
        }
        int format = reader.exactly(1)[0] & 0xff;
        if (format != FORMAT_VERSION) {
            throw new EnvelopeRefused(EnvelopeRefused.FORMAT,
                    "format version " + format + " is not known; this program reads version " + FORMAT_VERSION);
        }
        Algorithm algorithm = Algorithm.of(reader.exactly(1)[0] & 0xff);
        Binding binding;
        try {
            binding = Binding.decode(reader.exactly(Binding.ENCODED_LENGTH));
        } catch (IllegalArgumentException e) {
            throw new EnvelopeRefused(EnvelopeRefused.FORMAT, "the binding in the header is malformed: " + e.getMessage());
        }
        byte[] encapsulatedKey = reader.exactly(ENCAPSULATED_KEY_BYTES);
        byte[] length = reader.exactly(2);
        int wrappedLength = (length[0] & 0xff) << 8 | (length[1] & 0xff);
        if (wrappedLength != WRAPPED_KEY_BYTES) {
            throw new EnvelopeRefused(EnvelopeRefused.FORMAT,
                    "the wrapped data key is " + WRAPPED_KEY_BYTES + " bytes for " + algorithm + ", not " + wrappedLength);
        }
        byte[] wrappedKey = reader.exactly(wrappedLength);
        byte[] nonce = reader.exactly(NONCE_BYTES);
        return new Parsed(algorithm, binding, encapsulatedKey, wrappedKey, nonce, reader.bytes());
    }

    private static String differences(Binding found, Binding expected) {
        List<String> differences = new ArrayList<>();
        if (!found.procedure().equals(expected.procedure())) {
            differences.add("procedure " + found.procedure() + ", not " + expected.procedure());
        }
        if (found.lot() != expected.lot()) {
            differences.add("lot " + found.lot() + ", not " + expected.lot());
        }
        if (!found.bidder().equals(expected.bidder())) {
            differences.add("bidder " + found.bidder() + ", not " + expected.bidder());
        }
        if (found.version() != expected.version()) {
            differences.add("version " + found.version() + ", not " + expected.version());
        }
        return "the bid was sealed for " + String.join("; ", differences);
    }

    /** Reads the header field by field, keeping its bytes, and never reads past them. */
    private static final class HeaderReader {

        private final InputStream in;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(HEADER_BYTES);

        HeaderReader(InputStream in) {
            this.in = in;
        }

        byte[] upTo(int count) throws IOException {
            byte[] read = in.readNBytes(count);
            bytes.write(read);
            return read;
        }

        byte[] exactly(int count) throws IOException, EnvelopeRefused {
            byte[] read = upTo(count);
            if (read.length < count) {
                throw truncated();
            }
            return read;
        }

        EnvelopeRefused truncated() {
            return new EnvelopeRefused(EnvelopeRefused.TRUNCATED,
                    "the envelope ends after " + bytes.size() + " bytes, inside its header");
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }

    /**
     * The plaintext side of a sealing: each write is encrypted and passed on to the envelope's target; closing it once
     * writes the tag and flushes the target, which stays open; closing it again does nothing.
     */
    private static final class SealingStream extends OutputStream {

        private final Cipher cipher;
        private final OutputStream out;
        private boolean closed;

        SealingStream(Cipher cipher, OutputStream out) {
            this.cipher = cipher;
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ensureOpen();
            Objects.checkFromIndexSize(off, len, b.length);
            byte[] encrypted = cipher.update(b, off, len);
            if (encrypted != null) {
                out.write(encrypted);
            }
        }

        @Override
        public void flush() throws IOException {
            if (!closed) {
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                try {
                    out.write(cipher.doFinal());
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("AES-GCM refused to finish a sealing", e);
                }
                out.flush();
            }
        }

        private void ensureOpen() throws IOException {
            if (closed) {
                throw new IOException("the sealed bid is closed: its tag has been written");
            }
        }
    }

    /** Counts the body's bytes, to tell a body too short for its tag from one whose tag is wrong. */
    private static final class CountingInputStream extends FilterInputStream {

        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int read = super.read(b, off, len);
            if (read > 0) {
                count += read;
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
