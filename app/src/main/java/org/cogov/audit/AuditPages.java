package org.cogov.audit;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.web.FormOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The audit log for auditors: a page to read and filter, with each entry's place in the Merkle tree
 * and its inclusion proof; the same entries over the API with a cursor; the full export; redaction.
 */
@Controller
@Validated
class AuditPages {

    record EntryPage(List<AuditTrail.Entry> entries, @Nullable Long next) {
    }

    record Redaction(@NotBlank @Size(max = 500) String reason) {
    }

    private final AuditTrail trail;
    private final FormOutcome outcome;
    private final ZoneId zone;

    AuditPages(AuditTrail trail, FormOutcome outcome, @Value("${cogov.zone}") ZoneId zone) {
        this.trail = trail;
        this.outcome = outcome;
        this.zone = zone;
    }

    /** The dates are days in the platform's zone, both included. */
    @GetMapping("/audit")
    String page(@RequestParam(required = false) @Nullable Long before,
            @RequestParam(required = false) @Nullable @Size(max = 100) String action,
            @RequestParam(required = false) @Nullable @Pattern(regexp = "DONE|REFUSED|") String outcome,
            @RequestParam(required = false) @Nullable UUID organization, @RequestParam(required = false) @Nullable UUID actor,
            @RequestParam(required = false) @Nullable @Size(max = 60) String objectType,
            @RequestParam(required = false) @Nullable @Size(max = 100) String objectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, Model model) {
        AuditTrail.Filter filter = new AuditTrail.Filter(action, outcome == null || outcome.isEmpty() ? null : outcome,
                organization, actor, objectType, objectId, from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
        EntryPage page = entries(before, filter, 50);
        model.addAttribute("entries", page.entries());
        model.addAttribute("next", page.next());
        model.addAttribute("action", action);
        model.addAttribute("outcome", outcome);
        model.addAttribute("organization", organization);
        model.addAttribute("actor", actor);
        model.addAttribute("objectType", objectType);
        model.addAttribute("objectId", objectId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("mayRedact", actor().can("audit:payload:redact"));
        return "audit/entries";
    }

    @PostMapping("/audit/entries/{entryId}/redaction")
    String redactOnPage(@PathVariable UUID entryId, @RequestParam(defaultValue = "") String reason, Locale locale,
            RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "audit.payload.redacted", () -> {
            if (reason.isBlank() || reason.length() > 500) {
                throw RuleViolation.refused("audit.payload.reason", "reason");
            }
            trail.redact(actor(), entryId, reason);
        });
        return "redirect:/audit";
    }

    /** Entries newest first; {@code from} and {@code to} are instants, {@code to} excluded. */
    @GetMapping("/api/v1/audit/entries")
    @ResponseBody
    EntryPage api(@RequestParam(required = false) @Nullable Long before,
            @RequestParam(required = false) @Nullable @Size(max = 100) String action,
            @RequestParam(required = false) @Nullable @Pattern(regexp = "DONE|REFUSED") String outcome,
            @RequestParam(required = false) @Nullable UUID organization, @RequestParam(required = false) @Nullable UUID actor,
            @RequestParam(required = false) @Nullable @Size(max = 60) String objectType,
            @RequestParam(required = false) @Nullable @Size(max = 100) String objectId,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(defaultValue = "100") int size) {
        return entries(before, new AuditTrail.Filter(action, outcome, organization, actor, objectType, objectId, from, to),
                size);
    }

    @PostMapping("/api/v1/audit/entries/{entryId}/redaction")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ResponseBody
    void redact(@PathVariable UUID entryId, @Valid @RequestBody Redaction redaction) {
        trail.redact(actor(), entryId, redaction.reason());
    }

    /** The whole log in the export format of docs/audit-log.md, for the stand-alone verifier. */
    @GetMapping(path = "/api/v1/audit/export", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<StreamingResponseBody> export() {
        Actor actor = actor();
        actor.require("audit:log:export", "audit.log.export", "audit_log", null);
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            trail.export(actor, writer);
            writer.flush();
        };
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cogov-audit-export.txt\"")
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body(body);
    }

    private EntryPage entries(@Nullable Long before, AuditTrail.Filter filter, int size) {
        List<AuditTrail.Entry> entries = trail.page(actor(), before, filter, size);
        Long next = entries.size() < Math.min(size, AuditTrail.MAX_PAGE) || entries.isEmpty() ? null
                : entries.get(entries.size() - 1).seq();
        return new EntryPage(entries, next);
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("audit.entry.read", "audit_entry", null));
    }
}
