package org.cogov.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts a wording in a language: instants in the platform's zone, to the minute, as the notices show them. */
@Component
class Phrasebook {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final MessageSource messages;
    private final ZoneId zone;

    Phrasebook(MessageSource messages, @Value("${cogov.zone}") ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    String say(Wording wording, Locale locale) {
        Object[] arguments = wording.arguments().stream().map(argument -> text(argument, locale)).toArray();
        return messages.getMessage(wording.key(), arguments, locale);
    }

    ZoneId zone() {
        return zone;
    }

    private String text(Wording.Argument argument, Locale locale) {
        if (argument instanceof Wording.Moment moment) {
            return MINUTE.format(moment.instant().atZone(zone));
        }
        if (argument instanceof Wording.Phrase phrase) {
            return messages.getMessage(phrase.key(), null, phrase.key(), locale);
        }
        return ((Wording.Text) argument).text();
    }
}
