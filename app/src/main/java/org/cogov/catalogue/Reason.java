package org.cogov.catalogue;

import java.util.List;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * Why a purchase is refused, or what to look at again: a message key with its arguments, and the
 * negative-list item with its legal basis when the reason is one.
 */
@Domain
public record Reason(String key, @Nullable NegativeListItem negativeItem, List<String> arguments) {

    public Reason {
        arguments = List.copyOf(arguments);
    }

    static Reason of(String key, String... arguments) {
        return new Reason(key, null, List.of(arguments));
    }

    public @Nullable Integer negativeItemNumber() {
        return negativeItem == null ? null : negativeItem.number();
    }
}
