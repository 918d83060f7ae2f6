package org.cogov.shared.web;

import java.io.IOException;

/** A request body past the limit for its kind of request. */
class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
    }
}
