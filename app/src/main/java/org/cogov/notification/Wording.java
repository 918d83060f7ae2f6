package org.cogov.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.cogov.shared.Domain;

/**
 * A text before it is put in anyone's language: a message key and its arguments. An argument is a
 * text as it stands (a reference, a title, a reason someone wrote), an instant (shown in the
 * platform's zone), or a phrase (another key, in the recipient's language).
 */
@Domain
record Wording(String key, List<Argument> arguments) {

    sealed interface Argument {
    }

    record Text(String text) implements Argument {
    }

    record Moment(Instant instant) implements Argument {
    }

    record Phrase(String key) implements Argument {
    }

    Wording {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    /** Strings are texts, instants are moments, arguments stay what they are. */
    static Wording of(String key, Object... arguments) {
        return new Wording(key, Arrays.stream(arguments).map(Wording::argument).toList());
    }

    static Phrase phrase(String key) {
        return new Phrase(key);
    }

    private static Argument argument(Object value) {
        if (value instanceof Argument argument) {
            return argument;
        }
        if (value instanceof Instant instant) {
            return new Moment(instant);
        }
        if (value instanceof String text) {
            return new Text(text);
        }
        throw new IllegalArgumentException("not an argument of a wording: " + value.getClass().getName());
    }
}
