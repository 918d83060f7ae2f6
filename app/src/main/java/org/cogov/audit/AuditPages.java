package org.cogov.audit;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The audit log for auditors: a page to read, and the same entries over the API with a cursor. */
@Controller
@Validated
class AuditPages {

    record EntryPage(List<AuditTrail.Entry> entries, @Nullable Long next) {
    }

    private final AuditTrail trail;

    AuditPages(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) @Nullable Long before,
            @RequestParam(required = false) @Nullable @Size(max = 100) String action,
            @RequestParam(required = false) @Nullable @Pattern(regexp = "DONE|REFUSED") String outcome, Model model) {
        EntryPage page = entries(before, action, outcome, 50);
        model.addAttribute("entries", page.entries());
        model.addAttribute("next", page.next());
        model.addAttribute("action", action);
        model.addAttribute("outcome", outcome);
        return "audit/entries";
    }

    @GetMapping("/api/v1/audit/entries")
    @ResponseBody
    EntryPage api(@RequestParam(required = false) @Nullable Long before,
            @RequestParam(required = false) @Nullable @Size(max = 100) String action,
            @RequestParam(required = false) @Nullable @Pattern(regexp = "DONE|REFUSED") String outcome,
            @RequestParam(defaultValue = "100") int size) {
        return entries(before, action, outcome, size);
    }

    private EntryPage entries(@Nullable Long before, @Nullable String action, @Nullable String outcome, int size) {
        Actor actor = Actor.current().orElseThrow(() -> new Forbidden("audit.entry.read", "audit_entry", null));
        List<AuditTrail.Entry> entries = trail.page(actor, before, action, outcome, size);
        Long next = entries.size() < Math.min(size, AuditTrail.MAX_PAGE) || entries.isEmpty() ? null
                : entries.get(entries.size() - 1).seq();
        return new EntryPage(entries, next);
    }
}
