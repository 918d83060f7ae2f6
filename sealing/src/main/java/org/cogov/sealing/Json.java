package org.cogov.sealing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON (RFC 8259) to read the platform's answers, such as a problem detail's title and detail: objects
 * become maps, arrays lists, numbers {@link BigDecimal}s, and {@code null} {@link #NULL}. The client stays free of
 * any library but BouncyCastle.
 */
final class Json {

    /** JSON's {@code null}, so that a map can tell it from a missing member. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static final int MAX_DEPTH = 64;

    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    /** The value {@code text} holds, or throws {@link IllegalArgumentException} when it is not JSON. */
    static Object parse(String text) {
        Json json = new Json(text);
        json.whitespace();
        Object value = json.value(0);
        json.whitespace();
        if (json.at != text.length()) {
            throw json.error("text after the value");
        }
        return value;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nested too deeply");
        }
        if (at >= text.length()) {
            throw error("a value was expected");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", NULL);
            default -> number();
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> members = new LinkedHashMap<>();
        at++;
        whitespace();
        if (peek('}')) {
            at++;
            return members;
        }
        while (true) {
            whitespace();
            if (!peek('"')) {
                throw error("a member name was expected");
            }
            String name = string();
            whitespace();
            expect(':');
            whitespace();
            members.put(name, value(depth + 1));
            whitespace();
            if (peek(',')) {
                at++;
            } else {
                expect('}');
                return members;
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> elements = new ArrayList<>();
        at++;
        whitespace();
        if (peek(']')) {
            at++;
            return elements;
        }
        while (true) {
            whitespace();
            elements.add(value(depth + 1));
            whitespace();
            if (peek(',')) {
                at++;
            } else {
                expect(']');
                return elements;
            }
        }
    }

    private String string() {
        at++;
        StringBuilder string = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw error("the string does not end");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return string.toString();
            }
            if (c < 0x20) {
                throw error("a control character in a string");
            }
            if (c != '\\') {
                string.append(c);
                continue;
            }
            if (at >= text.length()) {
                throw error("the string does not end");
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case '"', '\\', '/' -> string.append(escaped);
                case 'b' -> string.append('\b');
                case 'f' -> string.append('\f');
                case 'n' -> string.append('\n');
                case 'r' -> string.append('\r');
                case 't' -> string.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw error("a \\u escape is cut short");
                    }
                    try {
                        string.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    } catch (NumberFormatException e) {
                        throw error("a \\u escape is not hexadecimal");
                    }
                    at += 4;
                }
                default -> throw error("an unknown escape \\" + escaped);
            }
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw error("an unknown word");
        }
        at += word.length();
        return value;
    }

    private BigDecimal number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        try {
            return new BigDecimal(text.substring(start, at));
        } catch (NumberFormatException e) {
            at = start;
            throw error("a value was expected");
        }
    }

    private void whitespace() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("'" + c + "' was expected");
        }
        at++;
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException("not JSON: " + problem + " at character " + at);
    }
}
