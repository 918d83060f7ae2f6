package org.cogov.notification;

import java.util.List;
import java.util.Objects;

import org.cogov.shared.Domain;

/**
 * What one occurrence tells its recipients, before it is put in each one's language: the kind (which
 * decides whether it also goes by e-mail), the source that names the occurrence (a recipient gets one
 * message per source, however often the event is delivered), the page it links to, a subject and the
 * lines of the body.
 */
@Domain
record Letter(MessageKind kind, String source, String link, Wording subject, List<Wording> body) {

    Letter {
        Objects.requireNonNull(kind, "kind");
        if (source.isBlank() || source.length() > 200) {
            throw new IllegalArgumentException("a letter's source is 1 to 200 characters: " + source);
        }
        if (!link.startsWith("/") || link.length() > 300) {
            throw new IllegalArgumentException("a letter links to a page of the platform: " + link);
        }
        body = List.copyOf(body);
    }

    /** The same letter for recipients who open another page (a provider the public one, the staff their own). */
    Letter linkingTo(String otherLink) {
        return new Letter(kind, source, otherLink, subject, body);
    }
}
