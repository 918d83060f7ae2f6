package org.cogov.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cogov.identity.Addressees.Addressee;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers a letter: to each addressee a message in the addressee's language, and an e-mail in the
 * outbox when e-mail is on, the addressee has an address and wants that kind by e-mail. Idempotent:
 * an addressee who has the letter's message already gets nothing more, so an event delivered again
 * tells nobody twice. Says nothing in the log of whom it wrote to, nor how many.
 */
@Service
class Messenger {

    private static final int SUBJECT_LENGTH = 300;

    private final Messages messages;
    private final Preferences preferences;
    private final Outbox outbox;
    private final MailDelivery mail;
    private final Phrasebook phrasebook;
    private final Clock clock;

    Messenger(Messages messages, Preferences preferences, Outbox outbox, MailDelivery mail, Phrasebook phrasebook, Clock clock) {
        this.messages = messages;
        this.preferences = preferences;
        this.outbox = outbox;
        this.mail = mail;
        this.phrasebook = phrasebook;
        this.clock = clock;
    }

    @Transactional
    void send(Letter letter, Collection<Addressee> addressees) {
        Instant now = clock.instant();
        for (Addressee addressee : addressees) {
            Locale locale = addressee.locale();
            UUID id = UUID.randomUUID();
            boolean made = messages.add(new Messages.NewMessage(id, addressee.userId(), letter.kind(), letter.source(),
                    locale.toLanguageTag(), clip(phrasebook.say(letter.subject(), locale)),
                    letter.body().stream().map(line -> phrasebook.say(line, locale)).collect(Collectors.joining("\n")),
                    letter.link(), now));
            if (made && mail.on() && addressee.email() != null && preferences.byEmail(addressee.userId(), letter.kind())) {
                outbox.add(id, now);
            }
        }
    }

    private static String clip(String subject) {
        return subject.length() <= SUBJECT_LENGTH ? subject : subject.substring(0, SUBJECT_LENGTH - 1) + "…";
    }
}
