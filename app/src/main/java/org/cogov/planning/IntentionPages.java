package org.cogov.planning;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cogov.catalogue.Catalogue;
import org.cogov.catalogue.CatalogueItem;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.cogov.shared.web.FormErrors;
import org.cogov.shared.web.FormOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A department's procurement intentions: the list with a form for a new draft, and each intention's page,
 * where a draft is revised and published, and an intention withdrawn.
 */
@Controller
class IntentionPages {

    /** The expected month as the browser's month field sends it, {@code yyyy-mm}. */
    record IntentionForm(@Nullable @Size(max = 200) String title, @Nullable @Size(max = 8) String catalogueCode,
            @NotNull @Digits(integer = 16, fraction = 2) BigDecimal estimatedAmount,
            @NotNull @Size(max = 7) @Pattern(regexp = IntentionApi.MONTH) String expectedMonth,
            @Nullable @Size(max = 4000) String description, int version) {

        static IntentionForm of(Intention intention) {
            return new IntentionForm(intention.title(), intention.catalogueCode(), intention.estimatedAmount().amount(),
                    intention.expectedMonth().toString(), intention.description(), intention.version());
        }

        Intentions.Draft draft() {
            return new Intentions.Draft(title == null ? "" : title, catalogueCode == null ? "" : catalogueCode,
                    new Money(estimatedAmount), YearMonth.parse(expectedMonth), description);
        }
    }

    /** An intention with its department and catalogue item, as a row or a page shows it. */
    record Shown(Intention intention, @Nullable Organization department, @Nullable CatalogueItem item) {
    }

    private final Intentions intentions;
    private final Registry registry;
    private final Catalogue catalogue;
    private final PlannableItems items;
    private final FormOutcome outcome;

    IntentionPages(Intentions intentions, Registry registry, Catalogue catalogue, PlannableItems items, FormOutcome outcome) {
        this.intentions = intentions;
        this.registry = registry;
        this.catalogue = catalogue;
        this.items = items;
        this.outcome = outcome;
    }

    @GetMapping("/planning/intentions")
    String list(@AuthenticationPrincipal Actor me, Model model) {
        Map<OrganizationId, Organization> organizations = organizations();
        Map<String, CatalogueItem> catalogueItems = catalogueItems();
        model.addAttribute("intentions", intentions.intentions(me).stream()
                .map(i -> new Shown(i, organizations.get(i.department()), catalogueItems.get(i.catalogueCode()))).toList());
        model.addAttribute("supervising", me.can("planning:intention:read-all"));
        model.addAttribute("mayPublish", me.can("planning:intention:publish"));
        if (!model.containsAttribute("intentionForm")) {
            model.addAttribute("intentionForm", new IntentionForm(null, null, null,
                    YearMonth.from(catalogue.today()).plusMonths(2).toString(), null, 0));
        }
        model.addAttribute("catalogueItems", items.offered());
        return "planning/intentions";
    }

    /** Writes a draft; the department publishes it from its page. */
    @PostMapping("/planning/intentions")
    String draft(@AuthenticationPrincipal Actor me, @Valid @ModelAttribute IntentionForm intentionForm, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                IntentionId id = intentions.draft(me, intentionForm.draft());
                redirect.addFlashAttribute("saved", "planning.intention.drafted");
                return "redirect:/planning/intentions/" + id.value();
            } catch (RuleViolations refused) {
                FormErrors.reject(binding, refused);
            }
        }
        return list(me, model);
    }

    @GetMapping("/planning/intentions/{id}")
    String intention(@AuthenticationPrincipal Actor me, @PathVariable UUID id, Model model) {
        Intention intention = intentions.intention(me, new IntentionId(id));
        boolean own = intention.department().value().equals(me.organizationId()) && me.can("planning:intention:publish");
        model.addAttribute("shown", new Shown(intention, organizations().get(intention.department()),
                catalogueItems().get(intention.catalogueCode())));
        model.addAttribute("mayRevise", own && intention.status() == Intention.Status.DRAFT);
        model.addAttribute("mayWithdraw", own && intention.status() != Intention.Status.WITHDRAWN);
        if (!model.containsAttribute("intentionForm")) {
            model.addAttribute("intentionForm", IntentionForm.of(intention));
        }
        model.addAttribute("catalogueItems", items.offered());
        return "planning/intention";
    }

    @PostMapping("/planning/intentions/{id}")
    String revise(@AuthenticationPrincipal Actor me, @PathVariable UUID id, @Valid @ModelAttribute IntentionForm intentionForm,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                intentions.revise(me, new IntentionId(id), intentionForm.version(), intentionForm.draft());
                redirect.addFlashAttribute("saved", "planning.intention.revised");
                return "redirect:/planning/intentions/" + id;
            } catch (RuleViolations refused) {
                FormErrors.reject(binding, refused);
            } catch (RuleViolation refused) {
                if (refused.kind() == RuleViolation.Kind.NOT_FOUND) {
                    throw refused;
                }
                FormErrors.reject(binding, refused);
            }
        }
        return intention(me, id, model);
    }

    @PostMapping("/planning/intentions/{id}/publication")
    String publish(@AuthenticationPrincipal Actor me, @PathVariable UUID id, @RequestParam int version, Locale locale,
            RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "planning.intention.published",
                () -> intentions.publish(me, new IntentionId(id), version));
        return "redirect:/planning/intentions/" + id;
    }

    @PostMapping("/planning/intentions/{id}/withdrawal")
    String withdraw(@AuthenticationPrincipal Actor me, @PathVariable UUID id, @RequestParam int version,
            @RequestParam(defaultValue = "") String reason, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "planning.intention.withdrawn",
                () -> intentions.withdraw(me, new IntentionId(id), version, reason));
        return "redirect:/planning/intentions/" + id;
    }

    private Map<OrganizationId, Organization> organizations() {
        return registry.organizations().stream().collect(Collectors.toMap(Organization::id, Function.identity()));
    }

    private Map<String, CatalogueItem> catalogueItems() {
        return catalogue.items().stream().collect(Collectors.toMap(CatalogueItem::code, Function.identity()));
    }
}
