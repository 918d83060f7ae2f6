package org.cogov.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.web.Refusals;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own messages: read a page at a time, count the unread, mark read. Every signed-in user
 * has an inbox and sees only its own: another's message is answered as if it did not exist, and the
 * attempt is a refused audit entry.
 */
@Service
class Inbox {

    static final int MAX_PAGE = 100;

    /** A page of messages, newest first; {@code next} is the cursor of the following page, if there is one. */
    record Page(List<Messages.Message> messages, @Nullable UUID next, long unread) {
    }

    private final Messages messages;
    private final Refusals refusals;
    private final Clock clock;

    Inbox(Messages messages, Refusals refusals, Clock clock) {
        this.messages = messages;
        this.refusals = refusals;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page page(Actor actor, @Nullable UUID before, int size) {
        int bounded = Math.max(1, Math.min(size, MAX_PAGE));
        Messages.Message after = before == null ? null : own(actor, before, "notification.message.list");
        List<Messages.Message> page = messages.page(actor.userId(), after, bounded + 1);
        UUID next = page.size() > bounded ? page.get(bounded - 1).id() : null;
        return new Page(page.subList(0, Math.min(bounded, page.size())), next, messages.unread(actor.userId()));
    }

    @Transactional(readOnly = true)
    public long unread(Actor actor) {
        return messages.unread(actor.userId());
    }

    /** Marks the message read (again is no change); answers its link. */
    @Transactional
    public String markRead(Actor actor, UUID id) {
        Messages.Message message = own(actor, id, "notification.message.read");
        messages.markRead(actor.userId(), id, clock.instant());
        return message.link();
    }

    @Transactional
    public int markAllRead(Actor actor) {
        return messages.markAllRead(actor.userId(), clock.instant());
    }

    private Messages.Message own(Actor actor, UUID id, String action) {
        return messages.find(actor.userId(), id).orElseThrow(() -> {
            if (messages.exists(id)) {
                refusals.record(actor.userId(), actor.organizationId(), action, "message", id.toString(), Map.of());
            }
            return RuleViolation.notFound("notification.message.unknown");
        });
    }
}
