package org.cogov.shared.document;

/** What a file's bytes say it is: a type on the allow-list, or the reason it is refused (a message key). */
sealed interface Detection {

    record Allowed(String mediaType) implements Detection {
    }

    record Refused(String reason) implements Detection {
    }
}
