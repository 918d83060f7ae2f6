package org.cogov.shared.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * Tells a file's type from its bytes alone, never from its name or the type its sender declares,
 * and only the types of the allow-list pass: PDF, PNG, JPEG, Word/Excel/PowerPoint (OOXML),
 * OpenDocument, and UTF-8 text or CSV. Fed the bytes as they stream in, it can refuse early a file
 * that nothing on the list could be; the ZIP-based types are decided at the end, from the archive's
 * directory.
 *
 * <p>Text and CSV are the same bytes to a sniffer; the name only chooses which of the two a text file
 * is called, never whether it passes.
 */
@Domain
final class ContentSniffer {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    static final String TEXT = "text/plain";
    static final String CSV = "text/csv";
    static final Set<String> OPEN_DOCUMENT = Set.of("application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.presentation",
            "application/vnd.oasis.opendocument.graphics");

    static final String REFUSED = "document.type.refused";
    static final String NOT_UTF8 = "document.type.not-utf8";
    static final String ARCHIVE = "document.type.archive";
    static final String MACROS = "document.type.macros";
    static final String EMPTY = "document.empty";

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };
    private static final byte[] ODF_MIMETYPE = "mimetype".getBytes(StandardCharsets.US_ASCII);
    private static final int LONGEST_MAGIC = PNG_MAGIC.length;

    /** Enough for a ZIP's first local header with the ODF {@code mimetype} entry and its contents. */
    private static final int HEAD = 512;

    private final byte[] head = new byte[HEAD];
    private int headLength;
    private long size;
    private final Utf8Text text = new Utf8Text();

    void update(byte[] bytes, int offset, int length) {
        int copied = Math.min(length, HEAD - headLength);
        if (copied > 0) {
            System.arraycopy(bytes, offset, head, headLength, copied);
            headLength += copied;
        }
        size += length;
        text.update(bytes, offset, length);
    }

    /** The refusal, once the bytes seen so far rule out every type on the list. */
    Optional<Detection.Refused> refusedEarly() {
        if (headLength < LONGEST_MAGIC || text.possible() || binaryMagic()) {
            return Optional.empty();
        }
        return Optional.of(textRefusal());
    }

    /** The verdict on the whole file, all of whose bytes were fed and are readable from {@code stored}. */
    Detection detect(String filename, StoredBytes stored) throws IOException {
        if (size == 0) {
            return new Detection.Refused(EMPTY);
        }
        if (startsWith(PDF_MAGIC)) {
            return new Detection.Allowed(PDF);
        }
        if (startsWith(PNG_MAGIC)) {
            return new Detection.Allowed(PNG);
        }
        if (startsWith(JPEG_MAGIC)) {
            return new Detection.Allowed(JPEG);
        }
        if (startsWith(ZIP_MAGIC)) {
            return archive(stored);
        }
        if (text.complete()) {
            return new Detection.Allowed(filename.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : TEXT);
        }
        return textRefusal();
    }

    private boolean binaryMagic() {
        return startsWith(PDF_MAGIC) || startsWith(PNG_MAGIC) || startsWith(JPEG_MAGIC) || startsWith(ZIP_MAGIC);
    }

    /** Bytes with no NUL that are not UTF-8 are most likely text in a legacy encoding such as GBK. */
    private Detection.Refused textRefusal() {
        return new Detection.Refused(text.sawNul() ? REFUSED : NOT_UTF8);
    }

    private Detection archive(StoredBytes stored) throws IOException {
        Entries entries = new Entries();
        if (!ZipDirectory.read(stored, entries::see)) {
            return new Detection.Refused(REFUSED);
        }
        Optional<String> openDocument = openDocumentType();
        if (openDocument.isPresent() || entries.contentTypes) {
            if (entries.macros) {
                return new Detection.Refused(MACROS);
            }
            if (openDocument.isPresent()) {
                return new Detection.Allowed(openDocument.get());
            }
            if (entries.ooxml != null) {
                return new Detection.Allowed(entries.ooxml);
            }
        }
        return new Detection.Refused(ARCHIVE);
    }

    /**
     * What the directory of an archive says about it. Macro-enabled documents (docm, xlsm, pptm, and
     * OpenDocument files with Basic or scripts) carry code: they are not on the list.
     */
    private static final class Entries {

        boolean contentTypes;
        boolean macros;
        @Nullable String ooxml;

        void see(String name) {
            if (name.equals("[Content_Types].xml")) {
                contentTypes = true;
            } else if (name.endsWith("vbaProject.bin") || name.startsWith("Basic/") || name.startsWith("Scripts/")) {
                macros = true;
            } else if (ooxml == null) {
                ooxml = name.startsWith("word/") ? DOCX
                        : name.startsWith("xl/") ? XLSX
                        : name.startsWith("ppt/") ? PPTX : null;
            }
        }
    }

    /**
     * OpenDocument puts an uncompressed entry {@code mimetype}, holding the document's media type, first
     * in the archive, so that its type can be read at a fixed place.
     */
    private Optional<String> openDocumentType() {
        if (headLength < 30 || ZipDirectory.u16(head, 8) != 0) {
            return Optional.empty();
        }
        long length = ZipDirectory.u32(head, 18);
        int nameLength = ZipDirectory.u16(head, 26);
        int start = 30 + nameLength + ZipDirectory.u16(head, 28);
        if (nameLength != ODF_MIMETYPE.length || start > headLength
                || !Arrays.equals(head, 30, 30 + nameLength, ODF_MIMETYPE, 0, ODF_MIMETYPE.length)
                || length > headLength - start) {
            return Optional.empty();
        }
        String type = new String(head, start, (int) length, StandardCharsets.US_ASCII);
        return OPEN_DOCUMENT.contains(type) ? Optional.of(type) : Optional.empty();
    }

    private boolean startsWith(byte[] magic) {
        return headLength >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
