package org.cogov.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A verdict's reasons in the reader's language, with the negative-list item's text and legal basis. */
@Component
class ReasonMessages {

    record Shown(String code, String message, @Nullable Integer negativeItem, @Nullable String legalBasis) {
    }

    private final MessageSource messages;

    ReasonMessages(MessageSource messages) {
        this.messages = messages;
    }

    List<Shown> show(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(reason -> show(reason, locale)).toList();
    }

    Shown show(Reason reason, Locale locale) {
        List<Object> arguments = new ArrayList<>(reason.arguments());
        NegativeListItem item = reason.negativeItem();
        if (item != null) {
            arguments.add(item.text(locale));
            arguments.add(item.legalBasis(locale));
        }
        String message = messages.getMessage(reason.key(), arguments.toArray(), reason.key(), locale);
        return new Shown(reason.key(), message, item == null ? null : item.number(),
                item == null ? null : item.legalBasis(locale));
    }
}
