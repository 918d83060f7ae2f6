package org.cogov.shared.web.multipart;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.cogov.shared.web.multipart.MultipartRefused.Reason;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;

/**
 * Reads a multipart/form-data body (RFC 7578) part by part as it streams in, holding no more than its
 * buffer: each part's content is a stream that ends at the next boundary, and what the caller does not
 * read is skipped. The boundary is searched with {@link String#indexOf(String)} over the buffer copied
 * into a Latin-1 string, which the JDK compiles to a vectorised search, instead of comparing byte by
 * byte as the container's parser does: on a bid of 200 KB that search was a third of the platform's
 * CPU at the deadline.
 *
 * <p>Part headers are read as UTF-8, the way browsers send file names, and the Content-Disposition is
 * parsed as Spring parses it for the container's parts, so {@code filename*} (RFC 5987) and encoded
 * words are decoded as before. A part that names no form field is skipped, as the container skipped
 * it. Everything else that is not a well-formed body is refused with {@link MultipartRefused}.
 */
public final class MultipartReader {

    /** One part: its form field, its file name if it is a file, its declared type, and its content as it streams in. */
    public record Part(String name, @Nullable String filename, @Nullable String contentType, InputStream content) {

        public boolean isFile() {
            return filename != null;
        }
    }

    private static final int BUFFER = 64 * 1024;
    private static final String HEADERS_END = "\r\n\r\n";
    private static final String BODY = "body";

    private final InputStream in;
    private final MultipartLimits limits;
    private final String delimiterText;
    private final int delimiterLength;
    private final byte[] buffer;
    private int position;
    private int limit;
    /** Where the next delimiter starts, once found; -1 until then. */
    private int found = -1;
    /** No delimiter starts before this index: the bytes up to it are content. */
    private int safe;
    private long received;
    private int parts;
    private boolean closed;
    private Content current;

    public MultipartReader(InputStream body, String boundary, MultipartLimits limits) throws MultipartRefused {
        if (!wellFormed(boundary)) {
            throw new MultipartRefused(Reason.BOUNDARY, "Content-Type");
        }
        this.in = body;
        this.limits = limits;
        this.delimiterText = "\r\n--" + boundary;
        this.delimiterLength = delimiterText.length();
        this.buffer = new byte[Math.max(BUFFER, 2 * (limits.maxHeaderBytes() + delimiterLength + 4))];
        // The first boundary has no line break before it: one is supplied, so that it is found like every
        // other, and whatever precedes it (the preamble) is read as a content nobody wants.
        buffer[0] = '\r';
        buffer[1] = '\n';
        limit = 2;
        current = new Content(BODY, Reason.BOUNDARY);
    }

    /** The boundary named by a multipart Content-Type, refused if there is none. */
    public static String boundary(@Nullable String contentType) throws MultipartRefused {
        if (contentType != null) {
            for (String parameter : contentType.split(";")) {
                String p = parameter.trim();
                if (p.regionMatches(true, 0, "boundary=", 0, 9)) {
                    String value = p.substring(9).trim();
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    return value;
                }
            }
        }
        throw new MultipartRefused(Reason.BOUNDARY, "Content-Type");
    }

    /** RFC 2046: 1 to 70 characters, printable ASCII, not ending in a space. */
    private static boolean wellFormed(String boundary) {
        if (boundary.isEmpty() || boundary.length() > 70 || boundary.endsWith(" ")) {
            return false;
        }
        return boundary.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
    }

    /** The next part, after skipping what was not read of the one before; null after the closing boundary. */
    public @Nullable Part next() throws IOException {
        while (!closed) {
            current.skipRest();
            if (!nextPartFollows()) {
                closed = true;
                return null;
            }
            if (++parts > limits.maxParts()) {
                throw new MultipartRefused(Reason.TOO_MANY_PARTS, BODY);
            }
            Part part = headers();
            current = new Content(part == null ? BODY : part.name(), Reason.TRUNCATED);
            if (part != null) {
                return new Part(part.name(), part.filename(), part.contentType(), current);
            }
        }
        return null;
    }

    /** After a delimiter: "--" closes the body, a line break opens another part, anything else is refused. */
    private boolean nextPartFollows() throws IOException {
        while (limit - position < 2) {
            if (!fill()) {
                throw new MultipartRefused(Reason.TRUNCATED, BODY);
            }
        }
        byte first = buffer[position];
        byte second = buffer[position + 1];
        position += 2;
        if (first == '-' && second == '-') {
            return false;
        }
        if (first == '\r' && second == '\n') {
            return true;
        }
        throw new MultipartRefused(Reason.BOUNDARY, BODY);
    }

    /** The part's headers, up to the empty line; null for a part that names no form field. */
    private @Nullable Part headers() throws IOException {
        while (true) {
            int available = limit - position;
            if (available >= 2 && buffer[position] == '\r' && buffer[position + 1] == '\n') {
                position += 2;
                return null;
            }
            int end = available < 4 ? -1 : latin1(position, limit).indexOf(HEADERS_END);
            if (end >= 0) {
                if (end + 4 > limits.maxHeaderBytes()) {
                    throw new MultipartRefused(Reason.HEADER_TOO_LARGE, BODY);
                }
                String text = new String(buffer, position, end, StandardCharsets.UTF_8);
                position += end + 4;
                return part(text);
            }
            if (available >= limits.maxHeaderBytes()) {
                throw new MultipartRefused(Reason.HEADER_TOO_LARGE, BODY);
            }
            if (!fill()) {
                throw new MultipartRefused(Reason.TRUNCATED, BODY);
            }
        }
    }

    private static @Nullable Part part(String headers) throws MultipartRefused {
        String disposition = null;
        String type = null;
        // Lines that begin with a space or a tab continue the line before (RFC 5322 folding).
        for (String line : headers.replace("\r\n ", " ").replace("\r\n\t", " ").split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new MultipartRefused(Reason.HEADERS, BODY);
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (name.equals("content-disposition")) {
                disposition = value;
            } else if (name.equals("content-type")) {
                type = value;
            }
        }
        if (disposition == null) {
            return null;
        }
        ContentDisposition parsed;
        try {
            parsed = ContentDisposition.parse(disposition);
        } catch (IllegalArgumentException e) {
            throw new MultipartRefused(Reason.HEADERS, BODY);
        }
        if (!parsed.isFormData() || parsed.getName() == null) {
            return null;
        }
        return new Part(parsed.getName(), parsed.getFilename(), type, InputStream.nullInputStream());
    }

    /** The buffer's bytes from {@code from} to {@code to} as a Latin-1 string: one byte a character, copied once. */
    private String latin1(int from, int to) {
        return new String(buffer, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /**
     * Looks for the delimiter in the bytes not searched yet. Either it is found, or {@code safe} moves
     * to the last place where a delimiter cut by the end of the buffer could begin: a line feed's
     * carriage return among the last bytes, or the end.
     */
    private void search() {
        int from = Math.max(safe, position);
        if (limit - from < delimiterLength) {
            return;
        }
        String window = latin1(from, limit);
        int at = window.indexOf(delimiterText);
        if (at >= 0) {
            found = from + at;
            return;
        }
        int tail = window.indexOf('\r', window.length() - delimiterLength + 1);
        safe = tail < 0 ? limit : from + tail;
    }

    /** Reads more of the body, after moving what is left to the start of the buffer; false at its end. */
    private boolean fill() throws IOException {
        if (position > 0) {
            int left = limit - position;
            System.arraycopy(buffer, position, buffer, 0, left);
            if (found >= 0) {
                found -= position;
            }
            safe = Math.max(0, safe - position);
            limit = left;
            position = 0;
        }
        if (limit == buffer.length) {
            throw new IllegalStateException("the multipart buffer is full");
        }
        int n;
        do {
            n = in.read(buffer, limit, buffer.length - limit);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        received += n;
        if (received > limits.maxBodyBytes()) {
            throw new MultipartRefused(Reason.TOO_LARGE, BODY);
        }
        limit += n;
        return true;
    }

    /** One part's content: the bytes up to the next delimiter, which it consumes when it reaches it. */
    private final class Content extends InputStream {

        private final String field;
        private final Reason atEndOfBody;
        private boolean ended;

        Content(String field, Reason atEndOfBody) {
            this.field = field;
            this.atEndOfBody = atEndOfBody;
        }

        /** How many bytes of content wait at {@code position}, reading more of the body if none do; 0 at the content's end. */
        private int ready() throws IOException {
            while (!ended) {
                if (found >= 0) {
                    if (found > position) {
                        return found - position;
                    }
                    position = found + delimiterLength;
                    found = -1;
                    safe = position;
                    ended = true;
                    return 0;
                }
                if (safe > position) {
                    return safe - position;
                }
                search();
                if (found < 0 && safe <= position && !fill()) {
                    throw new MultipartRefused(atEndOfBody, field);
                }
            }
            return 0;
        }

        @Override
        public int read() throws IOException {
            if (ready() == 0) {
                return -1;
            }
            return buffer[position++] & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            int n = Math.min(ready(), length);
            if (n == 0) {
                return -1;
            }
            System.arraycopy(buffer, position, into, offset, n);
            position += n;
            return n;
        }

        /** Writes straight from the buffer: no copy on the way. */
        @Override
        public long transferTo(OutputStream out) throws IOException {
            long total = 0;
            for (int n = ready(); n > 0; n = ready()) {
                out.write(buffer, position, n);
                position += n;
                total += n;
            }
            return total;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = 0;
            while (skipped < n) {
                int ready = ready();
                if (ready == 0) {
                    break;
                }
                int step = (int) Math.min(ready, n - skipped);
                position += step;
                skipped += step;
            }
            return skipped;
        }

        @Override
        public int available() {
            if (ended) {
                return 0;
            }
            return Math.max(0, (found >= 0 ? found : safe) - position);
        }

        void skipRest() throws IOException {
            for (int n = ready(); n > 0; n = ready()) {
                position += n;
            }
        }
    }
}
