package org.cogov.procurement.award;

import java.util.Locale;
import java.util.UUID;

import org.cogov.procurement.ProcedureId;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.time.WorkingDays;
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
 * A procedure's award page: the purchaser confirms each lot's winner in ranking order, its staff, the finance bureau
 * and auditors follow the decisions; a bidder reads its own place and, when it won, its award letter.
 */
@Controller
class AwardPages {

    private final Awards awards;
    private final WorkingDays workingDays;
    private final FormOutcome outcome;

    AwardPages(Awards awards, WorkingDays workingDays, FormOutcome outcome) {
        this.awards = awards;
        this.workingDays = workingDays;
        this.outcome = outcome;
    }

    @GetMapping("/awards/{id}")
    String page(@PathVariable UUID id, Locale locale, Model model) {
        Actor actor = actor(id);
        ProcedureId procedure = new ProcedureId(id);
        model.addAttribute("procedureId", id);
        model.addAttribute("zone", workingDays.zone());
        if (actor.can("procurement:award:own")) {
            model.addAttribute("mine", awards.mine(actor, procedure, locale));
            return "procurement/award-mine";
        }
        model.addAttribute("lots", awards.of(actor, procedure));
        model.addAttribute("mayDecide", actor.can("procurement:award:decide"));
        return "procurement/award";
    }

    @PostMapping("/awards/{id}/lots/{lot}")
    String confirm(@PathVariable UUID id, @PathVariable int lot, @RequestParam UUID bidder,
            @RequestParam(required = false) @Nullable String passOverReason, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.award.page.confirmed",
                () -> awards.confirm(actor(id), new ProcedureId(id), lot, bidder, passOverReason));
        return "redirect:/awards/" + id;
    }

    private static Actor actor(UUID id) {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.award", "procedure", id));
    }
}
