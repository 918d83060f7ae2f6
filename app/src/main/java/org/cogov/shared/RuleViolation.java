package org.cogov.shared;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A request that the rules refuse: a state that does not allow the verb, a duplicate, a value
 * outside its range. Carries a message key (translated where it is shown), its arguments, and the
 * field it concerns, if any. Never a server error: the caller can correct it.
 */
@Domain
public class RuleViolation extends RuntimeException {

    public enum Kind {
        /** The request is well formed, but the rule refuses it (422). */
        REFUSED,
        /** The object is not in a state that allows it, or a concurrent change won (409). */
        CONFLICT,
        /** The object does not exist, or is not the caller's to see (404). */
        NOT_FOUND
    }

    private final Kind kind;
    private final String messageKey;
    private final @Nullable String field;
    private final List<Object> arguments;

    public RuleViolation(Kind kind, String messageKey, @Nullable String field, Object... arguments) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    public static RuleViolation refused(String messageKey, @Nullable String field, Object... arguments) {
        return new RuleViolation(Kind.REFUSED, messageKey, field, arguments);
    }

    public static RuleViolation conflict(String messageKey, Object... arguments) {
        return new RuleViolation(Kind.CONFLICT, messageKey, null, arguments);
    }

    public static RuleViolation notFound(String messageKey, Object... arguments) {
        return new RuleViolation(Kind.NOT_FOUND, messageKey, null, arguments);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public @Nullable String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
