package org.cogov.notification;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cogov.identity.Addressees;
import org.cogov.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which kinds of message a user also gets by e-mail: every user chooses for itself alone. */
@Service
class MailPreferences {

    record Choice(MessageKind kind, boolean byEmail) {
    }

    /**
     * The user's choices, every kind in order, with what decides whether any e-mail comes at all: that
     * the platform sends e-mail, and that the account has an address.
     */
    record View(List<Choice> kinds, boolean mailOn, boolean hasAddress) {
    }

    private final Preferences preferences;
    private final Addressees addressees;
    private final MailDelivery mail;
    private final ApplicationEventPublisher events;

    MailPreferences(Preferences preferences, Addressees addressees, MailDelivery mail, ApplicationEventPublisher events) {
        this.preferences = preferences;
        this.addressees = addressees;
        this.mail = mail;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public View of(Actor actor) {
        return new View(preferences.of(actor.userId()).entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue()))
                .toList(), mail.on(), addressees.of(actor.userId()).map(a -> a.email() != null).orElse(false));
    }

    /** Every kind in {@code byEmail} also comes by e-mail, every other kind in-app only. */
    @Transactional
    public View change(Actor actor, Set<MessageKind> byEmail) {
        Map<MessageKind, Boolean> choices = new EnumMap<>(MessageKind.class);
        for (MessageKind kind : MessageKind.values()) {
            choices.put(kind, byEmail.contains(kind));
        }
        preferences.replace(actor.userId(), choices);
        events.publishEvent(new MailPreferencesChanged(actor.userId(), actor.organizationId(), byEmail));
        return of(actor);
    }
}
