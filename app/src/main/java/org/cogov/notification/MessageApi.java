package org.cogov.notification;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own messages over the API: a page at a time with a cursor, marked read, and the e-mail choices. */
@RestController
@RequestMapping("/api/v1/messages")
class MessageApi {

    record PreferencesChange(@NotNull @Size(max = 16) Set<MessageKind> byEmail) {
    }

    record Marked(int marked) {
    }

    private final Inbox inbox;
    private final MailPreferences preferences;

    MessageApi(Inbox inbox, MailPreferences preferences) {
        this.inbox = inbox;
        this.preferences = preferences;
    }

    /** Newest first; {@code before} is the {@code next} of the page before, {@code size} at most 100. */
    @GetMapping
    Inbox.Page messages(@RequestParam(required = false) @Nullable UUID before, @RequestParam(defaultValue = "50") int size) {
        return inbox.page(actor(), before, size);
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@PathVariable UUID id) {
        inbox.markRead(actor(), id);
    }

    @PostMapping("/read-all")
    Marked readAll() {
        return new Marked(inbox.markAllRead(actor()));
    }

    @GetMapping("/preferences")
    MailPreferences.View preferences() {
        return preferences.of(actor());
    }

    @PutMapping("/preferences")
    MailPreferences.View changePreferences(@Valid @RequestBody PreferencesChange change) {
        return preferences.change(actor(), change.byEmail());
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("notification.message.list", "message", null));
    }
}
