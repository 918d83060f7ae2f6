package org.cogov.notification;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's messages, newest first, and which kinds also come by e-mail. */
@Controller
class MessagePages {

    private static final int PAGE = 30;

    private final Inbox inbox;
    private final MailPreferences preferences;

    MessagePages(Inbox inbox, MailPreferences preferences) {
        this.inbox = inbox;
        this.preferences = preferences;
    }

    @GetMapping("/messages")
    String messages(@RequestParam(required = false) @Nullable UUID before, Model model) {
        Inbox.Page page = inbox.page(actor(), before, PAGE);
        model.addAttribute("page", page);
        return "notification/messages";
    }

    @PostMapping("/messages/{id}/read")
    String read(@PathVariable UUID id) {
        inbox.markRead(actor(), id);
        return "redirect:/messages";
    }

    /** Marks the message read and goes to the page it is about. */
    @PostMapping("/messages/{id}/open")
    String open(@PathVariable UUID id) {
        return "redirect:" + inbox.markRead(actor(), id);
    }

    @PostMapping("/messages/read-all")
    String readAll(RedirectAttributes redirect) {
        inbox.markAllRead(actor());
        redirect.addFlashAttribute("saved", "notification.marked-all");
        return "redirect:/messages";
    }

    @GetMapping("/messages/preferences")
    String preferences(Model model) {
        model.addAttribute("preferences", preferences.of(actor()));
        return "notification/preferences";
    }

    /** The kinds ticked also come by e-mail; a form with none ticked sends no parameter at all. */
    @PostMapping("/messages/preferences")
    String changePreferences(@RequestParam(name = "byEmail", required = false) @Nullable List<MessageKind> byEmail,
            RedirectAttributes redirect) {
        Set<MessageKind> kinds = byEmail == null || byEmail.isEmpty() ? EnumSet.noneOf(MessageKind.class) : EnumSet.copyOf(byEmail);
        preferences.change(actor(), kinds);
        redirect.addFlashAttribute("saved", "notification.preferences.saved");
        return "redirect:/messages/preferences";
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("notification.message.list", "message", null));
    }
}
