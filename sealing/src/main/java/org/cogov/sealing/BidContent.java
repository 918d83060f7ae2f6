package org.cogov.sealing;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The bid's plaintext, the bytes inside the envelope: a ZIP archive whose entries come in this order and no other.
 *
 * <pre>
 * bid/price              the total price, a plain decimal with two decimals in ASCII, e.g. 1234567.89
 * bid/currency           the ISO 4217 code in ASCII, e.g. CNY
 * bid/proposal.txt       the proposal as UTF-8 text
 * attachments/01-&lt;name&gt;  the first attachment, then 02-, 03-, … in the order they were added
 * </pre>
 *
 * <p>Entry names are UTF-8. An attachment keeps only the last segment of its file name; names that are empty, are
 * {@code .} or {@code ..}, hold a control character or are longer than 255 characters are refused. The number
 * prefix keeps two attachments of the same name apart. Both ways are streamed: writing never holds an attachment
 * whole, and reading holds at most {@code maxBytes} of uncompressed content.
 */
public final class BidContent {

    static final String PRICE = "bid/price";
    static final String CURRENCY = "bid/currency";
    static final String PROPOSAL = "bid/proposal.txt";
    static final String ATTACHMENTS = "attachments/";
    static final int MAX_FILENAME_CHARS = 255;

    private static final Pattern PRICE_TEXT = Pattern.compile("(0|[1-9][0-9]{0,15})(\\.[0-9]{1,2})?");
    static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern ATTACHMENT_ENTRY = Pattern.compile("attachments/([0-9]{2,})-(.+)", Pattern.DOTALL);
    private static final int MAX_SHORT_ENTRY_BYTES = 64;

    private BidContent() {
    }

    /**
     * A bid as read back from its plaintext.
     *
     * @param price the total price, with two decimals
     * @param currency the ISO 4217 code
     * @param proposal the proposal text
     * @param attachments the attachments in the order they were added
     */
    public record Bid(BigDecimal price, String currency, String proposal, List<Attachment> attachments) {

        public Bid {
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(proposal, "proposal");
            attachments = List.copyOf(attachments);
        }
    }

    /**
     * An attachment as read back, whole; reading is bounded by the size the caller allows. Two attachments are equal
     * when their names and bytes are.
     *
     * @param filename the file name without its number prefix
     * @param bytes the file's content (not copied)
     */
    public record Attachment(String filename, byte[] bytes) {

        public Attachment {
            Objects.requireNonNull(filename, "filename");
            Objects.requireNonNull(bytes, "bytes");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Attachment that && filename.equals(that.filename) && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return 31 * filename.hashCode() + Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Attachment[" + filename + ", " + bytes.length + " bytes]";
        }
    }

    /** Bid content that is not what {@link Writer} writes, with a stable reason code and a detail in English. */
    public static final class Malformed extends IOException {

        private static final long serialVersionUID = 1L;

        /** Not a readable ZIP archive. */
        public static final String ARCHIVE = "content.archive";
        /** An entry is missing, comes out of order, is repeated, or is not one the format names. */
        public static final String ENTRIES = "content.entries";
        /** The price is not a positive plain decimal with at most two decimals, or the currency not three letters. */
        public static final String PRICE = "content.price";
        /** The proposal is not well-formed UTF-8. */
        public static final String TEXT = "content.text";
        /** An attachment's name is refused. */
        public static final String FILENAME = "content.filename";
        /** The content is larger than the reader allows. */
        public static final String TOO_LARGE = "content.too-large";

        private final String reason;

        public Malformed(String reason, String detail) {
            super(detail);
            this.reason = Objects.requireNonNull(reason, "reason");
        }

        /** The stable reason code, one of this class's constants. */
        public String reason() {
            return reason;
        }
    }

    /**
     * Writes a bid's plaintext: {@link #price} first, then {@link #proposal}, then any number of
     * {@link #attachment}s, then {@link #close}. A call out of that order is a programming error
     * ({@link IllegalStateException}).
     */
    public static final class Writer implements Closeable {

        private enum Step { START, PRICED, PROPOSED, CLOSED }

        private final OutputStream plaintext;
        private final ZipOutputStream zip;
        private Step step = Step.START;
        private boolean broken;
        private int attachments;

        /**
         * @param plaintext where the ZIP archive goes, usually the stream {@link BidEnvelope#sealing} returned;
         *     {@link #close()} closes it
         */
        public Writer(OutputStream plaintext) {
            this.plaintext = Objects.requireNonNull(plaintext, "plaintext");
            this.zip = new ZipOutputStream(plaintext, StandardCharsets.UTF_8);
        }

        /**
         * Writes the total price and its currency; comes first, once.
         *
         * @param amount a positive amount with at most two significant decimals; it is written with exactly two
         * @param currency an ISO 4217 code, three capital letters, e.g. {@code CNY}
         * @throws IllegalArgumentException for a price or currency the format cannot hold
         */
        public Writer price(BigDecimal amount, String currency) throws IOException {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(currency, "currency");
            expect(Step.START, "the price comes first, once");
            String text = priceText(amount);
            if (!CURRENCY_CODE.matcher(currency).matches()) {
                throw new IllegalArgumentException("a currency is three capital letters (ISO 4217), not " + currency);
            }
            guarded(() -> {
                entry(PRICE, text.getBytes(StandardCharsets.US_ASCII));
                entry(CURRENCY, currency.getBytes(StandardCharsets.US_ASCII));
            });
            step = Step.PRICED;
            return this;
        }

        /**
         * Writes the proposal text, in UTF-8; comes after the price, once.
         *
         * @throws IllegalArgumentException when the text holds a lone surrogate, which UTF-8 cannot encode
         */
        public Writer proposal(String text) throws IOException {
            Objects.requireNonNull(text, "text");
            expect(Step.PRICED, "the proposal comes after the price, once");
            byte[] utf8;
            try {
                utf8 = toUtf8(text);
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("the proposal holds a character UTF-8 cannot encode", e);
            }
            guarded(() -> entry(PROPOSAL, utf8));
            step = Step.PROPOSED;
            return this;
        }

        /**
         * Adds an attachment, streamed from {@code bytes} (which is read to its end, not closed); comes after the
         * proposal, as many times as needed. Only the last segment of {@code filename} is kept.
         *
         * @throws IllegalArgumentException when the file name is refused (see {@link BidContent#filename(String)})
         */
        public Writer attachment(String filename, InputStream bytes) throws IOException {
            Objects.requireNonNull(bytes, "bytes");
            String name = filename(filename);
            expect(Step.PROPOSED, "attachments come after the proposal, before close");
            int number = attachments + 1;
            guarded(() -> {
                // Attachments are stored, not compressed: PDF, images and office files are compressed already, and
                // deflating them again costs more CPU than anything else in a submission for nothing.
                zip.setLevel(Deflater.NO_COMPRESSION);
                zip.putNextEntry(new ZipEntry(ATTACHMENTS + String.format(Locale.ROOT, "%02d", number) + "-" + name));
                bytes.transferTo(zip);
                zip.closeEntry();
            });
            attachments = number;
            return this;
        }

        /**
         * Finishes the archive and closes the plaintext stream, once; closing again does nothing.
         *
         * <p>When a write failed, or the price or the proposal is missing, the archive is left unfinished, so that no
         * reader takes what was written for a bid, and the plaintext stream is closed all the same.
         *
         * @throws IllegalStateException when no write failed but the price or the proposal was not written
         */
        @Override
        public void close() throws IOException {
            if (step == Step.CLOSED) {
                return;
            }
            Step reached = step;
            step = Step.CLOSED;
            if (!broken && reached == Step.PROPOSED) {
                zip.close();
                return;
            }
            plaintext.close();
            if (!broken) {
                throw new IllegalStateException("a bid has a price and a proposal; the archive was left unfinished");
            }
        }

        private void expect(Step expected, String rule) {
            if (broken) {
                throw new IllegalStateException("an earlier write failed; this bid cannot be completed");
            }
            if (step != expected) {
                throw new IllegalStateException(rule);
            }
        }

        private void guarded(Write write) throws IOException {
            try {
                write.run();
            } catch (IOException | RuntimeException | Error e) {
                broken = true;
                throw e;
            }
        }

        private void entry(String name, byte[] content) throws IOException {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }

        private interface Write {
            void run() throws IOException;
        }
    }

    /**
     * The name an attachment is kept under: the last segment of {@code filename}, split at {@code /} and {@code \}.
     *
     * @throws IllegalArgumentException when that segment is empty, {@code .} or {@code ..}, holds a control character,
     *     or is longer than 255 characters
     */
    public static String filename(String filename) {
        Objects.requireNonNull(filename, "filename");
        String name = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
        String problem = filenameProblem(name);
        if (problem != null) {
            throw new IllegalArgumentException("attachment name \"" + printable(filename) + "\": " + problem);
        }
        return name;
    }

    private static String filenameProblem(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "no file name";
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            return "holds a control character";
        }
        if (name.length() > MAX_FILENAME_CHARS) {
            return "longer than " + MAX_FILENAME_CHARS + " characters";
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            return "holds a path separator";
        }
        return null;
    }

    private static String printable(String text) {
        StringBuilder printable = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                printable.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                printable.appendCodePoint(c);
            }
        });
        return printable.toString();
    }

    /** The price as the format writes it, two decimals; refuses what the format cannot hold. */
    static String priceText(BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a price is more than zero, not " + amount.toPlainString());
        }
        BigDecimal plain = amount.stripTrailingZeros();
        if (plain.scale() > 2) {
            throw new IllegalArgumentException("a price has at most two decimals (fen), not " + amount.toPlainString());
        }
        String text = plain.setScale(2).toPlainString();
        if (!PRICE_TEXT.matcher(text).matches()) {
            throw new IllegalArgumentException("a price has at most 16 digits before the decimal point, not " + text);
        }
        return text;
    }

    /**
     * Reads a bid's plaintext, as written by {@link Writer}, holding at most {@code maxBytes} of uncompressed content.
     * {@code plaintext} is read but not closed.
     *
     * @throws Malformed when the content is not a bid in this format, or is larger than {@code maxBytes}
     * @throws IOException when reading fails
     */
    public static Bid read(InputStream plaintext, long maxBytes) throws IOException {
        Objects.requireNonNull(plaintext, "plaintext");
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes is 0 or more, not " + maxBytes);
        }
        Budget budget = new Budget(maxBytes);
        ZipInputStream zip = new ZipInputStream(new NotClosingInput(plaintext), StandardCharsets.UTF_8);
        try {
            String priceText = shortEntry(zip, PRICE, budget);
            if (!PRICE_TEXT.matcher(priceText).matches() || new BigDecimal(priceText).signum() <= 0) {
                throw new Malformed(Malformed.PRICE, "the price \"" + printable(priceText)
                        + "\" is not a positive plain decimal with at most two decimals");
            }
            BigDecimal price = new BigDecimal(priceText).setScale(2);
            String currency = shortEntry(zip, CURRENCY, budget);
            if (!CURRENCY_CODE.matcher(currency).matches()) {
                throw new Malformed(Malformed.PRICE, "the currency \"" + printable(currency) + "\" is not three capital letters");
            }
            expectEntry(zip, PROPOSAL);
            String proposal;
            try {
                proposal = fromUtf8(content(zip, PROPOSAL, budget, Long.MAX_VALUE));
            } catch (CharacterCodingException e) {
                throw new Malformed(Malformed.TEXT, "the proposal is not well-formed UTF-8");
            }
            List<Attachment> attachments = new ArrayList<>();
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                attachments.add(attachment(zip, entry, attachments.size() + 1, budget));
            }
            return new Bid(price, currency, proposal, attachments);
        } catch (ZipException e) {
            throw new Malformed(Malformed.ARCHIVE, "the content is not a readable ZIP archive: " + e.getMessage());
        } catch (EOFException e) {
            throw new Malformed(Malformed.ARCHIVE, "the ZIP archive ends inside an entry");
        } catch (IllegalArgumentException e) {
            // ZipInputStream's answer to an entry name that is not UTF-8.
            throw new Malformed(Malformed.ARCHIVE, "the content is not a readable ZIP archive: " + e.getMessage());
        } finally {
            zip.close();
        }
    }

    private static Attachment attachment(ZipInputStream zip, ZipEntry entry, int number, Budget budget) throws IOException {
        var matcher = ATTACHMENT_ENTRY.matcher(entry.getName());
        if (!matcher.matches()) {
            throw new Malformed(Malformed.ENTRIES, "unexpected entry \"" + printable(entry.getName()) + "\"");
        }
        String expectedNumber = String.format(Locale.ROOT, "%02d", number);
        if (!matcher.group(1).equals(expectedNumber)) {
            throw new Malformed(Malformed.ENTRIES, "attachment number " + matcher.group(1) + " where " + expectedNumber
                    + " was expected");
        }
        String name = matcher.group(2);
        String problem = filenameProblem(name);
        if (problem != null) {
            throw new Malformed(Malformed.FILENAME, "attachment " + expectedNumber + "'s name \"" + printable(name) + "\" "
                    + problem);
        }
        return new Attachment(name, content(zip, entry.getName(), budget, Long.MAX_VALUE));
    }

    private static String shortEntry(ZipInputStream zip, String name, Budget budget) throws IOException {
        expectEntry(zip, name);
        byte[] bytes = content(zip, name, budget, MAX_SHORT_ENTRY_BYTES);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static void expectEntry(ZipInputStream zip, String name) throws IOException {
        ZipEntry entry = zip.getNextEntry();
        if (entry == null) {
            throw new Malformed(Malformed.ENTRIES, "the entry " + name + " is missing");
        }
        if (!entry.getName().equals(name)) {
            throw new Malformed(Malformed.ENTRIES, "the entry " + name + " was expected, not \""
                    + printable(entry.getName()) + "\"");
        }
    }

    /** Reads the current entry whole, refusing more than {@code limit} bytes or more than the budget has left. */
    private static byte[] content(ZipInputStream zip, String name, Budget budget, long limit) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
            budget.spend(read);
            if (content.size() + (long) read > limit) {
                throw new Malformed(Malformed.ENTRIES, "the entry " + name + " is longer than " + limit + " bytes");
            }
            content.write(buffer, 0, read);
        }
        return content.toByteArray();
    }

    private static byte[] toUtf8(String text) throws CharacterCodingException {
        ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(java.nio.CharBuffer.wrap(text));
        return Arrays.copyOf(encoded.array(), encoded.limit());
    }

    private static String fromUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** How many uncompressed bytes the reader may still hold. */
    private static final class Budget {

        private final long max;
        private long spent;

        Budget(long max) {
            this.max = max;
        }

        long left() {
            return max - spent;
        }

        void spend(long bytes) throws Malformed {
            if (bytes > left()) {
                throw exceeded();
            }
            spent += bytes;
        }

        Malformed exceeded() {
            return new Malformed(Malformed.TOO_LARGE, "the content is larger than the " + max + " bytes allowed");
        }
    }

    /** The caller owns the plaintext stream; the ZIP reader must not close it. */
    private static final class NotClosingInput extends java.io.FilterInputStream {

        NotClosingInput(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // left to the caller
        }
    }
}
