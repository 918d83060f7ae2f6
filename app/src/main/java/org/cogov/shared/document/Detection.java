package org.cogov.shared.document;

import org.cogov.shared.Domain;

/** What a file's bytes say it is: a type on the allow-list, or the reason it is refused (a message key). */
@Domain
public sealed interface Detection {

    record Allowed(String mediaType) implements Detection {
    }

    record Refused(String reason) implements Detection {
    }
}
