package org.cogov.shared.web.multipart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cogov.shared.web.multipart.MultipartRefused.Reason;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The multipart reader: every part comes back as it was sent, however the body is cut into the reads
 * that deliver it, and every body that is not well formed is refused with its reason and field.
 */
class MultipartReaderTests {

    static final String BOUNDARY = "----cogov7d3f9a";
    static final MultipartLimits LIMITS = new MultipartLimits(1024 * 1024, 50, 512);

    /** A part as a test sends it and expects it back. */
    record Sent(String name, @Nullable String filename, byte[] content) {

        @Override
        public String toString() {
            return name + (filename == null ? "" : "[" + filename + "]") + "=" + Arrays.toString(content);
        }
    }

    /** What the reader made of a part. */
    record Read(String name, @Nullable String filename, byte[] content) {
    }

    @Test
    void readsFieldsAndFilesInTheOrderSent() throws IOException {
        byte[] pdf = "%PDF-1.4\n...%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        List<Read> read = readAll(body(BOUNDARY, List.of(new Sent("price", null, ascii("1234567.80")),
                new Sent("proposal", null, "技术方案".getBytes(StandardCharsets.UTF_8)), new Sent("attachments", "方案.pdf", pdf))), 8192);

        assertThat(read).extracting(Read::name).containsExactly("price", "proposal", "attachments");
        assertThat(read.get(0).content()).isEqualTo(ascii("1234567.80"));
        assertThat(new String(read.get(1).content(), StandardCharsets.UTF_8)).isEqualTo("技术方案");
        assertThat(read.get(2).filename()).isEqualTo("方案.pdf");
        assertThat(read.get(2).content()).isEqualTo(pdf);
    }

    @Test
    void aBoundaryCutByEveryPossibleChunkEdgeIsFound() throws IOException {
        byte[] content = new byte[300];
        Arrays.fill(content, (byte) 'x');
        byte[] body = body(BOUNDARY, List.of(new Sent("a", "a.bin", content), new Sent("b", null, ascii("second"))));
        for (int chunk = 1; chunk <= BOUNDARY.length() + 8; chunk++) {
            List<Read> read = readAll(body, chunk);
            assertThat(read).as("chunks of %d bytes", chunk).hasSize(2);
            assertThat(read.get(0).content()).isEqualTo(content);
            assertThat(read.get(1).content()).isEqualTo(ascii("second"));
        }
    }

    @Test
    void lineBreaksAndPiecesOfTheBoundaryInsideTheContentAreContent() throws IOException {
        String[] tricky = { "\r\n", "\r\n\r\n", "\r\n--", "\r\n-", "\r\n--" + BOUNDARY.substring(0, 10), "--" + BOUNDARY,
                "x--" + BOUNDARY + "--", "\r\n--" + BOUNDARY.substring(0, BOUNDARY.length() - 1) + "Z", "\r", "\n", "\r\r\n--" };
        for (String t : tricky) {
            byte[] content = ascii("before" + t + "after" + t);
            for (int chunk : new int[] { 1, 2, 3, 7, 19, 64 * 1024 }) {
                List<Read> read = readAll(body(BOUNDARY, List.of(new Sent("f", "f.txt", content), new Sent("g", null, ascii(t)))), chunk);
                assertThat(read.get(0).content()).as("%s in chunks of %d", t.replace("\r", "CR").replace("\n", "LF"), chunk)
                        .isEqualTo(content);
                assertThat(read.get(1).content()).isEqualTo(ascii(t));
            }
        }
    }

    @Test
    void emptyPartsAreEmpty() throws IOException {
        List<Read> read = readAll(body(BOUNDARY, List.of(new Sent("a", null, new byte[0]), new Sent("attachments", "", new byte[0]),
                new Sent("c", null, new byte[0]))), 5);

        assertThat(read).extracting(Read::name).containsExactly("a", "attachments", "c");
        assertThat(read).allSatisfy(r -> assertThat(r.content()).isEmpty());
        assertThat(read.get(1).filename()).isEmpty();
    }

    @Test
    void aBodyWithoutItsClosingBoundaryIsRefusedAsCutInsideItsLastPart() {
        byte[] whole = body(BOUNDARY, List.of(new Sent("price", null, ascii("100")), new Sent("attachments", "a.pdf", ascii("%PDF…"))));
        byte[] cut = Arrays.copyOf(whole, whole.length - ("\r\n--" + BOUNDARY + "--\r\n").length());

        assertRefused(cut, Reason.TRUNCATED, "attachments");
    }

    @Test
    void aBodyCutRightAfterABoundaryIsRefused() {
        byte[] cut = ascii("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--" + BOUNDARY);

        assertRefused(cut, Reason.TRUNCATED, "body");
    }

    @Test
    void aBodyCutInsideThePartHeadersIsRefused() {
        assertRefused(ascii("--" + BOUNDARY + "\r\nContent-Disposition: form-da"), Reason.TRUNCATED, "body");
    }

    @Test
    void aHeaderLongerThanTheLimitIsRefusedWithoutReadingOn() {
        String huge = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"; filename=\"" + "x".repeat(600) + "\"\r\n\r\nx";
        // No end in sight: were the reader waiting for the headers' end, this body would never end.
        InputStream endless = new InputStream() {
            private int at;

            @Override
            public int read() {
                return at < huge.length() ? huge.charAt(at++) : 'y';
            }
        };

        assertThatThrownBy(() -> readAll(new MultipartReader(endless, BOUNDARY, LIMITS)))
                .isInstanceOfSatisfying(MultipartRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.HEADER_TOO_LARGE));
    }

    @Test
    void aContentTypeWithoutABoundaryIsRefused() {
        for (String type : new String[] { "multipart/form-data", "multipart/form-data; charset=UTF-8", "multipart/form-data; boundary=" }) {
            assertThatThrownBy(() -> new MultipartReader(InputStream.nullInputStream(), MultipartReader.boundary(type), LIMITS))
                    .as(type).isInstanceOfSatisfying(MultipartRefused.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.BOUNDARY);
                        assertThat(e.field()).isEqualTo("Content-Type");
                    });
        }
        assertThatThrownBy(() -> MultipartReader.boundary(null)).isInstanceOf(MultipartRefused.class);
        assertThatThrownBy(() -> new MultipartReader(InputStream.nullInputStream(), "x".repeat(71), LIMITS))
                .isInstanceOf(MultipartRefused.class);
    }

    @Test
    void aBoundaryIsTakenQuotedOrNotFromTheContentType() throws MultipartRefused {
        assertThat(MultipartReader.boundary("multipart/form-data; boundary=\"a b:c\"")).isEqualTo("a b:c");
        assertThat(MultipartReader.boundary("Multipart/Form-Data;charset=utf-8;BOUNDARY=xyz")).isEqualTo("xyz");
    }

    @Test
    void aBodyInWhichTheBoundaryNeverAppearsIsRefused() {
        assertRefused(ascii("price=100&proposal=x"), Reason.BOUNDARY, "body");
        assertRefused(new byte[0], Reason.BOUNDARY, "body");
    }

    @Test
    void somethingElseThanALineBreakAfterABoundaryIsRefused() {
        assertRefused(ascii("--" + BOUNDARY + "junk\r\n"), Reason.BOUNDARY, "body");
    }

    @Test
    void headersThatAreNoHeadersAreRefused() {
        assertRefused(ascii("--" + BOUNDARY + "\r\nnot a header\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n"), Reason.HEADERS, "body");
    }

    @Test
    void morePartsThanTheLimitAreRefused() {
        List<Sent> parts = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            parts.add(new Sent("p" + i, null, ascii("x")));
        }

        assertRefused(body(BOUNDARY, parts), Reason.TOO_MANY_PARTS, "body");
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedAsItArrives() {
        byte[] big = new byte[2 * 1024 * 1024];

        assertRefused(body(BOUNDARY, List.of(new Sent("attachments", "big.pdf", big))), Reason.TOO_LARGE, "body");
    }

    @Test
    void fileNamesAreReadInUtf8AndInTheirEncodedForm() throws IOException {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename*=UTF-8''%E6%8A%A5%E4%BB%B7%E5%8D%95.pdf"
                + "\r\n\r\nA\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"资质证书.png\""
                + "\r\nContent-Type: image/png\r\n\r\nB\r\n--" + BOUNDARY + "--\r\n";
        MultipartReader reader = new MultipartReader(new Chunked(head.getBytes(StandardCharsets.UTF_8), 3), BOUNDARY, LIMITS);

        MultipartReader.Part first = reader.next();
        assertThat(first.filename()).isEqualTo("报价单.pdf");
        MultipartReader.Part second = reader.next();
        assertThat(second.filename()).isEqualTo("资质证书.png");
        assertThat(second.contentType()).isEqualTo("image/png");
        assertThat(reader.next()).isNull();
    }

    @Test
    void partsLeftUnreadAreSkippedAndAPreambleAndEpilogueIgnored() throws IOException {
        byte[] body = concat(ascii("a preamble\r\n"), body(BOUNDARY, List.of(new Sent("skipped", "big.bin", new byte[100_000]),
                new Sent("kept", null, ascii("yes")))), ascii("an epilogue"));
        MultipartReader reader = new MultipartReader(new Chunked(body, 1000), BOUNDARY, LIMITS);

        assertThat(reader.next().name()).isEqualTo("skipped");
        MultipartReader.Part kept = reader.next();
        assertThat(kept.content().readAllBytes()).isEqualTo(ascii("yes"));
        assertThat(reader.next()).isNull();
        assertThat(reader.next()).isNull();
    }

    @Test
    void aPartThatNamesNoFormFieldIsSkipped() throws IOException {
        byte[] body = ascii("--" + BOUNDARY + "\r\nContent-Type: text/plain\r\n\r\nno name\r\n--" + BOUNDARY
                + "\r\n\r\nno headers\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nA\r\n--" + BOUNDARY + "--");

        assertThat(readAll(body, 4)).extracting(Read::name).containsExactly("a");
    }

    @Property(tries = 300)
    void everyPartComesBackAsSentHoweverTheBodyIsCut(@ForAll("boundaries") String boundary, @ForAll("forms") List<Sent> parts,
            @ForAll("chunkings") int[] chunks) throws IOException {
        byte[] delimiter = ascii("\r\n--" + boundary);
        for (Sent p : parts) {
            Assume.that(indexOf(p.content(), delimiter) < 0);
        }
        byte[] body = body(boundary, parts);
        List<Read> read = readAll(new MultipartReader(new Chunked(body, chunks), boundary, new MultipartLimits(Long.MAX_VALUE, 1000, 4096)));

        assertThat(read).hasSize(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            assertThat(read.get(i).name()).isEqualTo(parts.get(i).name());
            assertThat(read.get(i).filename()).isEqualTo(parts.get(i).filename());
            assertThat(read.get(i).content()).isEqualTo(parts.get(i).content());
        }
    }

    @Provide
    Arbitrary<String> boundaries() {
        return Arbitraries.strings().withChars("-_'()+,./:=?0123456789abcXYZ").ofMinLength(1).ofMaxLength(70)
                .filter(b -> !b.endsWith(" "));
    }

    @Provide
    Arbitrary<List<Sent>> forms() {
        Arbitrary<String> names = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> filenames = Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.strings().withChars("abc方案.- ").ofMinLength(1).ofMaxLength(20).map(s -> s.strip().isEmpty() ? "f" : s.strip()));
        return Combinators.combine(names, filenames, contents()).as(Sent::new).list().ofMaxSize(6);
    }

    /** Contents made of pieces that look like the end of a part: line breaks, dashes, the start of a boundary. */
    private Arbitrary<byte[]> contents() {
        Arbitrary<byte[]> pieces = Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(3000),
                Arbitraries.of("\r", "\n", "\r\n", "-", "--", "\r\n-", "\r\n--", "\r\n--a", "\r\n--0", "\r\n--ab", "\r\n\r\n")
                        .map(MultipartReaderTests::ascii));
        return pieces.list().ofMaxSize(12).map(list -> concat(list.toArray(byte[][]::new)));
    }

    @Provide
    Arbitrary<int[]> chunkings() {
        return Arbitraries.integers().between(1, 5000).array(int[].class).ofMinSize(1).ofMaxSize(8);
    }

    // --- how the tests build and read bodies

    static byte[] body(String boundary, List<Sent> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Sent p : parts) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\""
                    + (p.filename() == null ? "" : "; filename=\"" + p.filename() + "\"\r\nContent-Type: application/octet-stream")
                    + "\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.content());
            out.writeBytes(ascii("\r\n"));
        }
        out.writeBytes(ascii("--" + boundary + "--\r\n"));
        return out.toByteArray();
    }

    private static List<Read> readAll(byte[] body, int chunk) throws IOException {
        return readAll(new MultipartReader(new Chunked(body, chunk), BOUNDARY, LIMITS));
    }

    private static List<Read> readAll(MultipartReader reader) throws IOException {
        List<Read> read = new ArrayList<>();
        for (MultipartReader.Part p = reader.next(); p != null; p = reader.next()) {
            read.add(new Read(p.name(), p.filename(), p.content().readAllBytes()));
        }
        return read;
    }

    private static void assertRefused(byte[] body, Reason reason, String field) {
        for (int chunk : new int[] { 1, 13, 64 * 1024 }) {
            assertThatThrownBy(() -> readAll(body, chunk)).as("chunks of %d", chunk).isInstanceOfSatisfying(MultipartRefused.class, e -> {
                assertThat(e.reason()).isEqualTo(reason);
                assertThat(e.field()).isEqualTo(field);
            });
        }
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... arrays) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] a : arrays) {
            out.writeBytes(a);
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A body delivered in reads of the given sizes, in turn, as a network delivers it. */
    static final class Chunked extends InputStream {

        private final byte[] data;
        private final int[] sizes;
        private int at;
        private int turn;

        Chunked(byte[] data, int... sizes) {
            this.data = data;
            this.sizes = sizes;
        }

        @Override
        public int read() {
            return at < data.length ? data[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (at >= data.length) {
                return -1;
            }
            int n = Math.min(Math.min(length, sizes[turn++ % sizes.length]), data.length - at);
            System.arraycopy(data, at, into, offset, n);
            at += n;
            return n;
        }
    }
}
