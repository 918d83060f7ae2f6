package org.cogov.procurement.bidding;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;

import org.cogov.shared.RuleViolation;
import org.cogov.shared.document.StoredBytes;
import org.cogov.shared.web.multipart.MultipartReader;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.validation.BindException;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * A bid's form (multipart/form-data: {@code price}, {@code proposal}, {@code attachments},
 * {@code confirmWarnings}), read as it streams in, under the bidding limits, before anything is sealed.
 *
 * <p>The attachments are held in memory, as the container held them before (its file-size threshold
 * kept every part in memory, never on disk): {@link Bidding#submit} reads each one more than once — its
 * type, its hash for the Idempotency-Key, then the sealing — and seals the price and the proposal first,
 * while a form may send them last. An attachment past the size limit, or one too many, is refused the
 * moment it shows, without reading on; other fields are skipped unread.
 */
final class BidForm {

    /** The form's content as {@link Bidding#submit} takes it. */
    record Submission(Bidding.Proposal proposal, boolean confirmWarnings) {
    }

    /** A price is at most 16 digits, a point and 2 decimals; the rest is room for what a client may add around it. */
    private static final int MAX_PRICE_BYTES = 64;
    private static final int MAX_FLAG_BYTES = 16;
    /** A character of the proposal (a UTF-16 unit, as its limit counts them) is at most 3 bytes of UTF-8. */
    private static final int MAX_BYTES_PER_CHARACTER = 3;

    private BidForm() {
    }

    /**
     * Reads the form from the body; a field missing from it is looked up in the query string, as the
     * request parameters it was read from before held both.
     */
    static Submission read(MultipartReader body, BiddingSettings settings, Function<String, @Nullable String> query)
            throws IOException, BindException {
        String price = null;
        String proposal = null;
        String confirm = null;
        List<Bidding.Attachment> attachments = new ArrayList<>();
        for (MultipartReader.Part part = body.next(); part != null; part = body.next()) {
            switch (part.name()) {
                case "price" -> price = price != null ? price
                        : text(part, MAX_PRICE_BYTES, () -> RuleViolation.refused("procurement.bid.price", "price"));
                case "proposal" -> proposal = proposal != null ? proposal
                        : text(part, (long) settings.maxProposalLength() * MAX_BYTES_PER_CHARACTER,
                                () -> RuleViolation.refused("procurement.bid.proposal", "proposal", settings.maxProposalLength()));
                case "confirmWarnings" -> confirm = confirm != null ? confirm
                        : text(part, MAX_FLAG_BYTES, () -> typeMismatch("confirmWarnings"));
                case "attachments" -> {
                    String filename = part.filename() == null || part.filename().isBlank() ? "attachment" : part.filename();
                    Held held = Held.read(part.content(), settings.maxAttachmentSize().toBytes(), () -> RuleViolation.refused(
                            "procurement.bid.attachment-too-large", "attachments", filename,
                            settings.maxAttachmentSize().toMegabytes()));
                    // An empty file input sends an empty part: no attachment, as before.
                    if (held.size() > 0) {
                        if (attachments.size() == settings.maxAttachments()) {
                            throw RuleViolation.refused("procurement.bid.too-many-attachments", "attachments", settings.maxAttachments());
                        }
                        attachments.add(new Bidding.Attachment(filename, held));
                    }
                }
                default -> {
                    // Not a field of the bid (a CSRF token, a currency the platform fixes): skipped unread.
                }
            }
        }
        return submission(price != null ? price : query.apply("price"), proposal != null ? proposal : query.apply("proposal"),
                confirm != null ? confirm : query.apply("confirmWarnings"), attachments);
    }

    /** The form from parts something parsed before the handler (MockMvc builds its multipart requests so). */
    static Submission of(MultipartHttpServletRequest parsed) throws BindException {
        Bidding.Proposal parts = BidApi.proposal(BigDecimal.ZERO, "", parsed.getFiles("attachments"));
        return submission(parsed.getParameter("price"), parsed.getParameter("proposal"), parsed.getParameter("confirmWarnings"),
                parts.attachments());
    }

    /** The fields converted as Spring converted the request parameters: a missing or empty one is missing. */
    private static Submission submission(@Nullable String price, @Nullable String proposal, @Nullable String confirm,
            List<Bidding.Attachment> attachments) throws BindException {
        if (price == null || price.isBlank()) {
            throw rejected("price", "jakarta.validation.constraints.NotNull.message");
        }
        if (proposal == null) {
            throw rejected("proposal", "jakarta.validation.constraints.NotNull.message");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(price.trim());
        } catch (NumberFormatException e) {
            throw typeMismatch("price");
        }
        return new Submission(new Bidding.Proposal(amount, proposal, attachments), flag(confirm));
    }

    private static boolean flag(@Nullable String value) throws BindException {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on", "yes", "1" -> true;
            case "false", "off", "no", "0" -> false;
            default -> throw typeMismatch("confirmWarnings");
        };
    }

    private static BindException typeMismatch(String field) {
        return rejected(field, "typeMismatch");
    }

    private static BindException rejected(String field, String code) {
        MapBindingResult result = new MapBindingResult(new HashMap<>(), "bid");
        result.rejectValue(field, code);
        return new BindException(result);
    }

    /** A refusal made only when it is thrown. */
    private interface Refusal<E extends Exception> {

        E refusal();
    }

    /** A text field, in the part's charset or UTF-8, refused past {@code maxBytes}. */
    private static <E extends Exception> String text(MultipartReader.Part part, long maxBytes, Refusal<E> tooLong)
            throws IOException, E {
        byte[] bytes = part.content().readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > maxBytes) {
            throw tooLong.refusal();
        }
        return new String(bytes, charset(part.contentType()));
    }

    private static Charset charset(@Nullable String contentType) {
        if (contentType != null) {
            try {
                Charset declared = MediaType.parseMediaType(contentType).getCharset();
                if (declared != null) {
                    return declared;
                }
            } catch (RuntimeException e) {
                // A type or charset nobody knows: the form's text is UTF-8, as the page sends it.
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** An attachment in memory, in the chunks it arrived in: never copied to grow, readable from any offset. */
    static final class Held implements StoredBytes {

        static final int CHUNK = 64 * 1024;

        private final List<byte[]> chunks = new ArrayList<>();
        private long size;

        static <E extends Exception> Held read(InputStream in, long maxBytes, Refusal<E> tooLarge) throws IOException, E {
            Held held = new Held();
            while (true) {
                byte[] chunk = new byte[CHUNK];
                int n = in.readNBytes(chunk, 0, CHUNK);
                if (n == 0) {
                    return held;
                }
                held.size += n;
                if (held.size > maxBytes) {
                    throw tooLarge.refusal();
                }
                held.chunks.add(n == CHUNK ? chunk : Arrays.copyOf(chunk, n));
                if (n < CHUNK) {
                    return held;
                }
            }
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public InputStream from(long offset) {
            return new InputStream() {
                private int chunk = (int) (offset / CHUNK);
                private int at = (int) (offset % CHUNK);

                @Override
                public int read() {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
                }

                @Override
                public int read(byte[] into, int from, int length) {
                    while (chunk < chunks.size() && at == chunks.get(chunk).length) {
                        chunk++;
                        at = 0;
                    }
                    if (chunk >= chunks.size()) {
                        return -1;
                    }
                    if (length == 0) {
                        return 0;
                    }
                    byte[] current = chunks.get(chunk);
                    int n = Math.min(length, current.length - at);
                    System.arraycopy(current, at, into, from, n);
                    at += n;
                    return n;
                }
            };
        }
    }
}
