package org.cogov.procurement;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.cogov.shared.time.WorkingDays;
import org.cogov.shared.web.FormOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of platform incidents: the list and each incident with the deadlines it extended, for every
 * signed-in user; for the finance bureau, the form that declares one — first a preview of which deadlines
 * it would extend, to what, computed by the same rule, then the declaration, confirmed on the preview.
 * Times are entered and shown in the platform's zone.
 */
@Controller
class IncidentPages {

    private final PlatformIncidents incidents;
    private final WorkingDays workingDays;
    private final MessageSource messages;
    private final FormOutcome outcome;

    IncidentPages(PlatformIncidents incidents, WorkingDays workingDays, MessageSource messages, FormOutcome outcome) {
        this.incidents = incidents;
        this.workingDays = workingDays;
        this.messages = messages;
        this.outcome = outcome;
    }

    @GetMapping("/incidents")
    String incidents(Model model) {
        return list(model, actor(), null, null, "");
    }

    /** What the declaration would extend, shown with the confirmation form; a refusal is shown on the form. */
    @PostMapping("/incidents/preview")
    String preview(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime start,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime end,
            @RequestParam(defaultValue = "") String reason, Locale locale, Model model) {
        Actor actor = actor();
        try {
            model.addAttribute("preview", incidents.preview(actor, instant(start), instant(end), reason));
        } catch (RuleViolation refused) {
            model.addAttribute("refused", text(refused, locale));
        } catch (RuleViolations refused) {
            model.addAttribute("refused", String.join(" ", refused.violations().stream().map(v -> text(v, locale)).toList()));
        }
        return list(model, actor, start, end, reason);
    }

    /** Declares the incident, once the preview's confirmation is ticked: the extensions are public and final. */
    @PostMapping("/incidents")
    String declare(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime start,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime end,
            @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "false") boolean confirmed,
            Locale locale, RedirectAttributes redirect) {
        AtomicReference<IncidentId> declared = new AtomicReference<>();
        outcome.flash(redirect, locale, "procurement.page.incident-declared", () -> {
            Actor actor = actor();
            actor.require("procurement:incident:declare", "procurement.incident.declare", "incident", null);
            if (!confirmed) {
                throw RuleViolation.refused("procurement.incident.unconfirmed", "confirmed");
            }
            declared.set(incidents.declare(actor, instant(start), instant(end), reason).incident().id());
        });
        return declared.get() == null ? "redirect:/incidents" : "redirect:/incidents/" + declared.get().value();
    }

    @GetMapping("/incidents/{id}")
    String incident(@PathVariable UUID id, Model model) {
        actor();
        model.addAttribute("declared", incidents.incident(new IncidentId(id)));
        model.addAttribute("publicPage", false);
        return "procurement/incident";
    }

    private String list(Model model, Actor actor, @Nullable LocalDateTime start, @Nullable LocalDateTime end, String reason) {
        model.addAttribute("incidents", incidents.declared());
        model.addAttribute("mayDeclare", actor.can("procurement:incident:declare"));
        model.addAttribute("start", start);
        model.addAttribute("end", end);
        model.addAttribute("reason", reason);
        model.addAttribute("rule", incidents.rule());
        model.addAttribute("publicPage", false);
        return "procurement/incidents";
    }

    private @Nullable Instant instant(@Nullable LocalDateTime at) {
        return at == null ? null : at.atZone(workingDays.zone()).toInstant();
    }

    private String text(RuleViolation violation, Locale locale) {
        return messages.getMessage(violation.messageKey(), violation.arguments(), violation.messageKey(), locale);
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.incident.read", "incident", null));
    }
}
