package org.cogov.procurement.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

import org.cogov.procurement.ProcedureId;
import org.cogov.registry.Organization;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.web.FormOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A small purchase's lot after its deadline: the purchaser records each written quotation (the supplier by its
 * unified social credit code), sees them compared cheapest first, and chooses with its reason.
 */
@Controller
class SmallPurchasePages {

    private final SmallPurchases smallPurchases;
    private final Registry registry;
    private final FormOutcome outcome;

    SmallPurchasePages(SmallPurchases smallPurchases, Registry registry, FormOutcome outcome) {
        this.smallPurchases = smallPurchases;
        this.registry = registry;
        this.outcome = outcome;
    }

    @GetMapping("/small-purchases/{id}/lots/{lot}")
    String page(@PathVariable UUID id, @PathVariable int lot, Model model) {
        Actor actor = actor(id);
        SmallPurchases.Comparison comparison = smallPurchases.comparison(actor, new ProcedureId(id), lot);
        model.addAttribute("c", comparison);
        model.addAttribute("mayRecord", comparison.choice() == null && actor.can("procurement:evaluation:run"));
        return "procurement/small-purchase";
    }

    @PostMapping("/small-purchases/{id}/lots/{lot}/quotations")
    String quote(@PathVariable UUID id, @PathVariable int lot, @RequestParam String creditCode, @RequestParam String price,
            @RequestParam String receivedOn, @RequestParam(required = false) @Nullable String note, Locale locale,
            RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.small-purchase.page.quoted", () -> {
            Organization supplier = registry.organizationByCreditCode(creditCode.strip())
                    .orElseThrow(() -> RuleViolation.refused("procurement.small-purchase.supplier-unknown", "creditCode"));
            smallPurchases.quote(actor(id), new ProcedureId(id), lot, supplier.id().value(), number(price), date(receivedOn), note);
        });
        return "redirect:/small-purchases/" + id + "/lots/" + lot;
    }

    @PostMapping("/small-purchases/{id}/lots/{lot}/choice")
    String choose(@PathVariable UUID id, @PathVariable int lot, @RequestParam UUID supplier, @RequestParam String reason,
            @RequestParam(required = false) @Nullable String fewerReason, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.small-purchase.page.chosen",
                () -> smallPurchases.choose(actor(id), new ProcedureId(id), lot, supplier, reason, fewerReason));
        return "redirect:/small-purchases/" + id + "/lots/" + lot;
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw RuleViolation.refused("procurement.small-purchase.price", "price");
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.refused("procurement.small-purchase.received-on", "receivedOn");
        }
    }

    private static Actor actor(UUID id) {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.small-purchase", "procedure", id));
    }
}
