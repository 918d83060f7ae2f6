package org.cogov.verifier;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An audit entry's leaf: ten TAB-separated fields (docs/audit-log.md, "A leaf"). The verifier reads every
 * field so that a leaf the application could not have written is named, and keeps the two it needs.
 */
record Leaf(String entryId, Hash payloadHash) {

    static final String FORMAT = "cogov-audit-leaf/1";

    private static final int FIELDS = 10;
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final List<String> ESCAPES = List.of("%25", "%09", "%0A", "%0D");
    private static final Set<String> OUTCOMES = Set.of("DONE", "REFUSED");

    static Leaf parse(byte[] bytes) throws NotALeaf {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new NotALeaf(null, "it is not UTF-8");
        }
        String[] fields = text.split("\t", -1);
        if (fields.length != FIELDS) {
            throw new NotALeaf(null, "it has " + fields.length + " TAB-separated fields, not " + FIELDS);
        }
        if (!FORMAT.equals(fields[0])) {
            throw new NotALeaf(null, "its format is " + Line.shown(fields[0]) + ", not " + FORMAT);
        }
        String entryId = fields[1];
        if (!UUID.matcher(entryId).matches()) {
            throw new NotALeaf(null, "its entry id " + Line.shown(entryId) + " is not a lowercase UUID");
        }
        require(Timestamp.isValid(fields[2]), entryId, "recorded at", fields[2], "an instant in UTC with six fraction digits");
        require(fields[3].isEmpty() || UUID.matcher(fields[3]).matches(), entryId, "actor id", fields[3], "a lowercase UUID or empty");
        require(fields[4].isEmpty() || UUID.matcher(fields[4]).matches(), entryId, "organization id", fields[4], "a lowercase UUID or empty");
        require(!fields[5].isEmpty() && isEscaped(fields[5]), entryId, "action", fields[5], "non-empty text with %, LF and CR escaped");
        require(OUTCOMES.contains(fields[6]), entryId, "outcome", fields[6], "DONE or REFUSED");
        require(isEscaped(fields[7]), entryId, "object type", fields[7], "text with %, LF and CR escaped");
        require(isEscaped(fields[8]), entryId, "object id", fields[8], "text with %, LF and CR escaped");
        try {
            return new Leaf(entryId, Hash.parse(fields[9]));
        } catch (IllegalArgumentException e) {
            throw new NotALeaf(entryId, "its payload hash " + Line.shown(fields[9]) + " is not 64 lowercase hex digits");
        }
    }

    /** Fields 6, 8 and 9 write %, TAB, LF and CR escaped; a TAB could not be in a field at all. */
    private static boolean isEscaped(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\n' || c == '\r') {
                return false;
            }
            if (c == '%' && !startsEscape(field, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsEscape(String field, int at) {
        return ESCAPES.stream().anyMatch(escape -> field.startsWith(escape, at));
    }

    private static void require(boolean holds, String entryId, String field, String value, String form) throws NotALeaf {
        if (!holds) {
            throw new NotALeaf(entryId, "its " + field + " " + Line.shown(value) + " is not " + form);
        }
    }

    /** Leaf bytes that do not parse as a leaf; the entry id when that much could be read. */
    static final class NotALeaf extends Exception {

        private final String entryId;

        NotALeaf(String entryId, String reason) {
            super(reason);
            this.entryId = entryId;
        }

        String entryId() {
            return entryId;
        }
    }
}
