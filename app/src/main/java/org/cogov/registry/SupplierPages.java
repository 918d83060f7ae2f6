package org.cogov.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.web.FormOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms on an organization's page with which the registrar records host organs, board and staff,
 * credit-list entries, ratings and revenue shares, and the finance bureau a procurement ban. A refusal
 * comes back to the page, in words.
 */
@Controller
class SupplierPages {

    private final Suppliers suppliers;
    private final People people;
    private final FormOutcome outcome;
    private final TransactionTemplate transactions;

    SupplierPages(Suppliers suppliers, People people, FormOutcome outcome, PlatformTransactionManager transactions) {
        this.suppliers = suppliers;
        this.people = people;
        this.outcome = outcome;
        this.transactions = new TransactionTemplate(transactions);
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

    @PostMapping("/registry/organizations/{id}/host-ties")
    String hostTie(@PathVariable UUID id, @RequestParam UUID organ, @RequestParam HostTie.Role role,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate decoupledOn,
            Locale locale, RedirectAttributes redirect) {
        return done(id, redirect, locale, () -> suppliers.recordHostTie(actor(), new OrganizationId(id),
                new HostTie(new OrganizationId(organ), role, decoupledOn)));
    }

    /** A person joins the board or staff: the person, the post, and their service as an official if any. */
    @PostMapping("/registry/organizations/{id}/officers")
    String officer(@PathVariable UUID id, @RequestParam(defaultValue = "") String name, @RequestParam Post post,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate until,
            @RequestParam(required = false) @Nullable UUID officialOf,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate retiredOn,
            Locale locale, RedirectAttributes redirect) {
        return done(id, redirect, locale, () -> {
            Tenure tenure = Tenure.entered(from, until);
            Actor actor = actor();
            PersonId person = people.record(actor, name);
            suppliers.recordPosition(actor, new Position(person, new OrganizationId(id), post, tenure));
            if (officialOf != null) {
                people.recordCivilService(actor, new CivilService(person, new OrganizationId(officialOf), retiredOn));
            }
        });
    }

    @PostMapping("/registry/organizations/{id}/revenue-shares")
    String revenueShare(@PathVariable UUID id, @RequestParam int year, @RequestParam BigDecimal percent, Locale locale,
            RedirectAttributes redirect) {
        return done(id, redirect, locale, () -> suppliers.recordRevenueShare(actor(), new OrganizationId(id), year, percent));
    }

    @PostMapping("/registry/organizations/{id}/credit-list-entries/{entry}/removal")
    String removal(@PathVariable UUID id, @PathVariable UUID entry,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(defaultValue = "") String reason, Locale locale, RedirectAttributes redirect) {
        return done(id, redirect, locale, () -> suppliers.removeFromCreditList(actor(), new OrganizationId(id), entry, on, reason));
    }

    @PostMapping("/registry/organizations/{id}/officers/{position}/end")
    String endPost(@PathVariable UUID id, @PathVariable UUID position,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Locale locale,
            RedirectAttributes redirect) {
        return done(id, redirect, locale, () -> suppliers.endPosition(actor(), new OrganizationId(id), position, on));
    }

    @PostMapping("/registry/organizations/{id}/host-ties/{tie}/decoupling")
    String decoupling(@PathVariable UUID id, @PathVariable UUID tie,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Locale locale,
            RedirectAttributes redirect) {
        return done(id, redirect, locale, () -> suppliers.decouple(actor(), new OrganizationId(id), tie, on));
    }

    /** Records all of it or, on a refusal, none of it: one transaction around the steps of a form. */
    private String done(UUID id, RedirectAttributes redirect, Locale locale, Runnable record) {
        outcome.flash(redirect, locale, "organization.record.saved", () -> transactions.executeWithoutResult(status -> record.run()));
        return "redirect:/registry/organizations/" + id;
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("registry.record", "organization", null));
    }
}
