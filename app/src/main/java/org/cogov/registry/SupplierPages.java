package org.cogov.registry;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms on an organization's page with which the registrar records credit-list entries and
 * ratings, and the finance bureau a procurement ban. A refusal comes back to the page, in words.
 */
@Controller
class SupplierPages {

    private final Suppliers suppliers;
    private final MessageSource messages;

    SupplierPages(Suppliers suppliers, MessageSource messages) {
        this.suppliers = suppliers;
        this.messages = messages;
    }

    @PostMapping("/registry/organizations/{id}/credit-list-entries")
    String creditListEntry(@PathVariable UUID id, @RequestParam CreditListEntry.CreditList list,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate listedOn,
            @RequestParam(defaultValue = "") String reason, Locale locale, RedirectAttributes redirect) {
        return done(id, redirect, locale, () -> suppliers.recordCreditListEntry(actor(), new OrganizationId(id),
                new CreditListEntry(list, listedOn, null), reason));
    }

    @PostMapping("/registry/organizations/{id}/ratings")
    String rating(@PathVariable UUID id, @RequestParam int grade,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate ratedOn, Locale locale,
            RedirectAttributes redirect) {
        return done(id, redirect, locale, () -> suppliers.recordRating(actor(), new OrganizationId(id), grade, ratedOn));
    }

    @PostMapping("/registry/organizations/{id}/bans")
    String ban(@PathVariable UUID id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam int years, @RequestParam(defaultValue = "") String reason, Locale locale,
            RedirectAttributes redirect) {
        return done(id, redirect, locale, () -> {
            if (years < 1 || years > 3) {
                throw RuleViolation.refused("registry.ban.years", "years");
            }
            suppliers.recordBan(actor(), new OrganizationId(id), ProcurementBan.ofYears(from, years), reason);
        });
    }

    private String done(UUID id, RedirectAttributes redirect, Locale locale, Runnable record) {
        try {
            record.run();
            redirect.addFlashAttribute("saved", "organization.record.saved");
        } catch (RuleViolation refused) {
            redirect.addFlashAttribute("refused",
                    messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(), locale));
        }
        return "redirect:/registry/organizations/" + id;
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("registry.record", "organization", null));
    }
}
