package org.cogov.verifier;

import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/** One record of an export or witness file, split into its fields, and where it stands for naming it. */
record Line(String file, int number, List<String> fields) {

    private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]{0,18}");
    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");

    String kind() {
        return fields.get(0);
    }

    String where() {
        return file + " line " + number;
    }

    Line expectFields(int count) throws Unreadable {
        if (fields.size() != count) {
            throw unreadable("a " + kind() + " line has " + count + " fields separated by one space, not " + fields.size());
        }
        return this;
    }

    String text(int field) {
        return fields.get(field);
    }

    long decimal(int field, String what) throws Unreadable {
        try {
            return parseDecimal(fields.get(field));
        } catch (NumberFormatException e) {
            throw unreadable(what + " " + shown(fields.get(field)) + " is not a decimal number below 2^63");
        }
    }

    Hash hash(int field, String what) throws Unreadable {
        try {
            return Hash.parse(fields.get(field));
        } catch (IllegalArgumentException e) {
            throw unreadable(what + " " + shown(fields.get(field)) + " is not 64 lowercase hex digits");
        }
    }

    byte[] base64(int field, String what) throws Unreadable {
        try {
            return Base64.getDecoder().decode(fields.get(field));
        } catch (IllegalArgumentException e) {
            throw unreadable(what + " is not base64: " + e.getMessage());
        }
    }

    String keyId(int field) throws Unreadable {
        String text = fields.get(field);
        if (!KEY_ID.matcher(text).matches()) {
            throw unreadable("key id " + shown(text) + " is not 16 lowercase hex digits");
        }
        return text;
    }

    String timestamp(int field, String what) throws Unreadable {
        String text = fields.get(field);
        if (!Timestamp.isValid(text)) {
            throw unreadable(what + " " + shown(text) + " is not an instant in UTC with six fraction digits");
        }
        return text;
    }

    String algorithm(int field) throws Unreadable {
        String text = fields.get(field);
        if (!LogKey.ED25519.equals(text)) {
            throw unreadable("algorithm " + shown(text) + " is not supported by this verifier (only " + LogKey.ED25519 + ")");
        }
        return text;
    }

    Unreadable unreadable(String reason) {
        return new Unreadable(where(), reason);
    }

    /** A size or index: decimal digits without sign or leading zero, as the signed head text writes them. */
    static long parseDecimal(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new NumberFormatException("not a decimal number: " + text);
        }
        return Long.parseLong(text);
    }

    /** Quotes a field for a one-line message, cut short: a garbled line may hold a megabyte of base64. */
    static String shown(String text) {
        String cut = text.length() > 80 ? text.substring(0, 80) + "…" : text;
        return "'" + cut.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r") + "'";
    }
}
