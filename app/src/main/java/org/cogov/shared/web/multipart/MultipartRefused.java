package org.cogov.shared.web.multipart;

import java.io.IOException;

/**
 * A multipart body refused while it was read: the client's mistake, never a server fault. The
 * problem handler answers it with the field (a part's name, {@code Content-Type} or {@code body})
 * and the reason, whose message key is {@code problem.multipart.<reason>}.
 */
public final class MultipartRefused extends IOException {

    /** The stable reasons. */
    public enum Reason {
        /** No boundary in the Content-Type, an unusable one, or a body in which it never appears. */
        BOUNDARY("boundary"),
        /** The body ends inside a part, before the closing boundary. */
        TRUNCATED("truncated"),
        /** A part's headers are not headers, or it names no form field. */
        HEADERS("headers"),
        /** A part's headers are longer than the limit. */
        HEADER_TOO_LARGE("header-too-large"),
        /** More parts than the limit. */
        TOO_MANY_PARTS("too-many-parts"),
        /** A body longer than the limit. */
        TOO_LARGE("too-large");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;
    private final String field;

    public MultipartRefused(Reason reason, String field) {
        super(reason.code() + " (" + field + ")", null);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }

    /** The key of the reason's message. */
    public String messageKey() {
        return "problem.multipart." + reason.code();
    }
}
