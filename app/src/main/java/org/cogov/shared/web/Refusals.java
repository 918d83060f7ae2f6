package org.cogov.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Actor;
import org.cogov.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Records refused attempts as audit entries, each in its own transaction. */
@Component
public class Refusals {

    private final ApplicationEventPublisher events;

    Refusals(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void record(String action, @Nullable String objectType, @Nullable String objectId, Map<String, String> details) {
        var actor = Actor.current();
        events.publishEvent(new Refusal(actor.map(Actor::userId).orElse(null),
                actor.map(Actor::organizationId).orElse(null), action, objectType, objectId, details));
    }

    public void record(@Nullable UUID actorId, @Nullable UUID organizationId, String action,
            @Nullable String objectType, @Nullable String objectId, Map<String, String> details) {
        events.publishEvent(new Refusal(actorId, organizationId, action, objectType, objectId, new LinkedHashMap<>(details)));
    }
}
