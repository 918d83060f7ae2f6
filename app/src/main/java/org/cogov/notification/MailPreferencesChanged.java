package org.cogov.notification;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.cogov.shared.Auditable;

/** A user chose which kinds of message also come by e-mail. */
public record MailPreferencesChanged(UUID actorId, UUID organizationId, Set<MessageKind> byEmail) implements Auditable {

    public MailPreferencesChanged {
        byEmail = Set.copyOf(byEmail);
    }

    @Override
    public String action() {
        return "notification.preferences.changed";
    }

    @Override
    public String objectType() {
        return "user";
    }

    @Override
    public String objectId() {
        return actorId.toString();
    }

    @Override
    public Map<String, String> payload() {
        return Map.of("byEmail", String.join(",", new TreeSet<>(byEmail.stream().map(MessageKind::name).toList())));
    }
}
