package org.cogov.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
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
 * The registrar's pages of people: finding a person, their posts, service as an official and
 * declared ties, and the forms that record and end them. Personal data: only for those who may read it.
 */
@Controller
class PeoplePages {

    private final People people;
    private final Suppliers suppliers;
    private final Registry registry;
    private final FormOutcome outcome;

    PeoplePages(People people, Suppliers suppliers, Registry registry, FormOutcome outcome) {
        this.people = people;
        this.suppliers = suppliers;
        this.registry = registry;
        this.outcome = outcome;
    }

    @GetMapping("/registry/people")
    String list(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) @Nullable UUID after,
            Model model) {
        List<PersonRecord.Summary> page = people.find(actor(), name.length() > 60 ? name.substring(0, 60) : name,
                after == null ? null : new PersonId(after), People.MAX_PAGE);
        model.addAttribute("name", name);
        model.addAttribute("people", page);
        model.addAttribute("next", page.size() == People.MAX_PAGE ? page.get(page.size() - 1).id() : null);
        return "registry/people";
    }

    @GetMapping("/registry/people/{id}")
    String person(@PathVariable UUID id, Model model) {
        model.addAttribute("person", people.person(actor(), new PersonId(id)));
        List<Organization> organizations = registry.organizations();
        model.addAttribute("organizations", organizations);
        model.addAttribute("organs", organizations.stream().filter(o -> o.kind().mayPurchase()).toList());
        model.addAttribute("posts", Post.values());
        model.addAttribute("kinds", DeclaredTie.Kind.values());
        model.addAttribute("today", registry.today());
        return "registry/person";
    }

    @PostMapping("/registry/people/{id}/positions")
    String position(@PathVariable UUID id, @RequestParam UUID organization, @RequestParam Post post,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate until,
            Locale locale, RedirectAttributes redirect) {
        return done(id, redirect, locale, () -> suppliers.recordPosition(actor(), new Position(new PersonId(id),
                new OrganizationId(organization), post, Tenure.entered(from, until))));
    }

    @PostMapping("/registry/people/{id}/civil-service")
    String civilService(@PathVariable UUID id, @RequestParam UUID organ,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate retiredOn,
            Locale locale, RedirectAttributes redirect) {
        return done(id, redirect, locale, () -> people.recordCivilService(actor(),
                new CivilService(new PersonId(id), new OrganizationId(organ), retiredOn)));
    }

    @PostMapping("/registry/people/{id}/civil-service/retirement")
    String retirement(@PathVariable UUID id, @RequestParam UUID organ,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Locale locale,
            RedirectAttributes redirect) {
        return done(id, redirect, locale, () -> people.retire(actor(), new PersonId(id), new OrganizationId(organ), on));
    }

    @PostMapping("/registry/people/{id}/declared-ties")
    String declare(@PathVariable UUID id, @RequestParam UUID organization, @RequestParam DeclaredTie.Kind kind,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate until,
            @RequestParam(defaultValue = "") String description, Locale locale, RedirectAttributes redirect) {
        return done(id, redirect, locale, () -> people.declare(actor(), new DeclaredTie(new PersonId(id),
                new OrganizationId(organization), kind, Tenure.entered(from, until), description)));
    }

    @PostMapping("/registry/people/{id}/declared-ties/{tie}/end")
    String endDeclaredTie(@PathVariable UUID id, @PathVariable UUID tie,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Locale locale,
            RedirectAttributes redirect) {
        return done(id, redirect, locale, () -> people.endDeclaredTie(actor(), new PersonId(id), tie, on));
    }

    /** Each form records one fact in one service call, all of it or none; a refusal comes back in words. */
    private String done(UUID id, RedirectAttributes redirect, Locale locale, Runnable record) {
        outcome.flash(redirect, locale, "organization.record.saved", record);
        return "redirect:/registry/people/" + id;
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("registry.person.read", "person", null));
    }
}
