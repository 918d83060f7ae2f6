package org.cogov.shared.document;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.cogov.shared.Domain;

/**
 * The file names that senders declare, made safe to keep and to send back. A name is only a label:
 * it never decides a file's type.
 */
@Domain
final class Filenames {

    static final int MAX_LENGTH = 255;
    static final String FALLBACK = "document";

    /** RFC 5987 attr-char: what may stand unencoded in {@code filename*}. */
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private Filenames() {
    }

    /**
     * The last path segment (some browsers send the whole client path), in NFC, without control or
     * invisible formatting characters (a right-to-left override can make {@code exe.pdf} read as
     * {@code fdp.exe}), trimmed and at most {@value #MAX_LENGTH} characters.
     */
    static String clean(String declared) {
        String name = declared.substring(Math.max(declared.lastIndexOf('/'), declared.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder();
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                        && Character.getType(c) != Character.UNASSIGNED && Character.getType(c) != Character.PRIVATE_USE)
                .forEach(c -> {
                    if (kept.length() + Character.charCount(c) <= MAX_LENGTH) {
                        kept.appendCodePoint(c);
                    }
                });
        String cleaned = kept.toString().strip();
        return cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..") ? FALLBACK : cleaned;
    }

    /**
     * {@code attachment} with the name twice, as RFC 6266 advises: {@code filename*} in UTF-8 for
     * every current browser, and a plain ASCII {@code filename} for the rest, in which anything
     * outside printable ASCII, quotes, backslashes and percent signs (which some clients decode) become
     * underscores.
     */
    static String contentDisposition(String filename) {
        StringBuilder ascii = new StringBuilder();
        filename.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        StringBuilder encoded = new StringBuilder();
        for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
