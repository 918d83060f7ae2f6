package org.cogov.procurement.experts;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cogov.catalogue.Catalogue;
import org.cogov.catalogue.CatalogueItem;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.People;
import org.cogov.registry.PersonId;
import org.cogov.registry.PersonRecord;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.WorkingDays;
import org.cogov.shared.web.FormOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the expert pool: the pool for the finance bureau and auditors, with the enrolment form for the
 * finance bureau; an expert's entry, which the finance bureau changes and retires; and the availability that the
 * finance bureau or the expert itself keeps. An expert reaches its own entry by {@code /experts/me}.
 */
@Controller
class ExpertPages {

    private final ExpertPool pool;
    private final People people;
    private final Registry registry;
    private final Catalogue catalogue;
    private final FormOutcome outcome;
    private final WorkingDays workingDays;

    ExpertPages(ExpertPool pool, People people, Registry registry, Catalogue catalogue, FormOutcome outcome,
            WorkingDays workingDays) {
        this.workingDays = workingDays;
        this.pool = pool;
        this.people = people;
        this.registry = registry;
        this.catalogue = catalogue;
        this.outcome = outcome;
    }

    @GetMapping("/experts")
    String experts(Model model) {
        Actor actor = actor();
        model.addAttribute("experts", pool.experts(actor));
        boolean manages = actor.can("procurement:expert:manage");
        model.addAttribute("manages", manages);
        if (manages) {
            model.addAttribute("accounts", pool.accounts(actor));
        }
        common(model);
        return "procurement/experts";
    }

    /** Enrols the one person of the registry with exactly this name, with the chosen account, employer and specialties. */
    @PostMapping("/experts")
    String enrol(@RequestParam(defaultValue = "") String personName, @RequestParam(required = false) @Nullable UUID user,
            @RequestParam(required = false) @Nullable UUID employer, @RequestParam(defaultValue = "") List<String> specialties,
            @RequestParam(defaultValue = "false") boolean available, Locale locale, RedirectAttributes redirect) {
        AtomicReference<ExpertId> enrolled = new AtomicReference<>();
        outcome.flash(redirect, locale, "procurement.expert.page.enrolled", () -> {
            Actor actor = actor();
            actor.require("procurement:expert:manage", "procurement.expert.enrol", "expert", null);
            List<PersonRecord.Summary> named = people.find(actor, personName, null, 10).stream()
                    .filter(p -> p.name().equals(personName.strip())).toList();
            if (named.size() != 1) {
                throw RuleViolation.refused("procurement.expert.person-not-one", "personName", personName.strip(), named.size());
            }
            if (user == null || employer == null) {
                throw RuleViolation.refused("procurement.expert.account-and-employer", "user");
            }
            enrolled.set(pool.enrol(actor, new ExpertPool.Enrolment(new PersonId(named.get(0).id()), user,
                    new OrganizationId(employer), new HashSet<>(specialties), available)).id());
        });
        return enrolled.get() == null ? "redirect:/experts" : "redirect:/experts/" + enrolled.get().value();
    }

    /** One's own entry, for an expert of the pool. */
    @GetMapping("/experts/me")
    String mine(Model model) {
        Actor actor = actor();
        return pool.mine(actor).map(expert -> "redirect:/experts/" + expert.id().value()).orElseGet(() -> {
            model.addAttribute("notInPool", true);
            return "procurement/expert";
        });
    }

    @GetMapping("/experts/{id}")
    String expert(@PathVariable UUID id, Model model) {
        Actor actor = actor();
        Expert expert = pool.expert(actor, new ExpertId(id));
        model.addAttribute("expert", expert);
        model.addAttribute("manages", actor.can("procurement:expert:manage"));
        model.addAttribute("own", expert.userId().equals(actor.userId()));
        model.addAttribute("notInPool", false);
        common(model);
        return "procurement/expert";
    }

    @PostMapping("/experts/{id}")
    String change(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID employer,
            @RequestParam(defaultValue = "") List<String> specialties, @RequestParam(defaultValue = "false") boolean available,
            @RequestParam(defaultValue = "0") int version, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.expert.page.changed", () -> {
            if (employer == null) {
                throw RuleViolation.refused("procurement.expert.account-and-employer", "employer");
            }
            pool.change(actor(), new ExpertId(id), new ExpertPool.Change(new OrganizationId(employer), new HashSet<>(specialties),
                    available, version));
        });
        return "redirect:/experts/" + id;
    }

    @PostMapping("/experts/{id}/retirement")
    String retire(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "0") int version, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.expert.page.retired", () -> pool.retire(actor(), new ExpertId(id), reason, version));
        return "redirect:/experts/" + id;
    }

    @PostMapping("/experts/{id}/availability")
    String availability(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean available, Locale locale,
            RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.expert.page.availability-saved",
                () -> pool.markAvailable(actor(), new ExpertId(id), available));
        return "redirect:/experts/" + id;
    }

    @PostMapping("/experts/{id}/unavailability")
    String unavailable(@PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate firstDay,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate lastDay,
            @RequestParam(defaultValue = "") String reason, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.expert.page.availability-saved", () -> {
            if (firstDay == null || lastDay == null) {
                throw RuleViolation.refused("procurement.expert.period-order", "firstDay");
            }
            pool.addUnavailability(actor(), new ExpertId(id), firstDay, lastDay, reason);
        });
        return "redirect:/experts/" + id;
    }

    @PostMapping("/experts/{id}/unavailability/{period}/removal")
    String available(@PathVariable UUID id, @PathVariable UUID period, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.expert.page.availability-saved",
                () -> pool.removeUnavailability(actor(), new ExpertId(id), period));
        return "redirect:/experts/" + id;
    }

    /** Names of organizations and catalogue items, for showing employers and specialties and for the forms. */
    private void common(Model model) {
        List<Organization> organizations = registry.organizations();
        Map<UUID, Organization> byId = organizations.stream().collect(Collectors.toMap(o -> o.id().value(), Function.identity()));
        model.addAttribute("organizations", byId);
        model.addAttribute("employers", organizations.stream()
                .sorted(java.util.Comparator.comparing(Organization::nameZh)).toList());
        List<CatalogueItem> items = catalogue.items();
        model.addAttribute("catalogue", items.stream().collect(Collectors.toMap(CatalogueItem::code, Function.identity())));
        model.addAttribute("items", items.stream().filter(i -> i.excludedAs() == null).toList());
        model.addAttribute("zone", workingDays.zone());
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.expert.read", "expert", null));
    }
}
