package org.cogov.procurement.challenges;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.cogov.procurement.ChallengeKind;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Remedy;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
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
 * The pages of challenges and complaints: a provider lodges a challenge from a procedure it took part in, follows it
 * and complains of it; the purchaser's or agency's staff answer; the finance bureau lists the complaints, suspends the
 * procedure, lifts the suspension and decides; auditors read. Every refusal comes back to the form in the user's
 * language, a late challenge with its deadline.
 */
@Controller
class ChallengePages {

    private final Challenges challenges;
    private final Complaints complaints;
    private final FormOutcome outcome;

    ChallengePages(Challenges challenges, Complaints complaints, FormOutcome outcome) {
        this.challenges = challenges;
        this.complaints = complaints;
        this.outcome = outcome;
    }

    @GetMapping("/challenges")
    String list(Model model) {
        Actor actor = actor();
        model.addAttribute("challenges", challenges.list(actor));
        model.addAttribute("provider", actor.can(Challenges.LODGE));
        return "procurement/challenges";
    }

    @GetMapping("/procedures/{id}/challenges")
    String form(@PathVariable UUID id, Model model) {
        model.addAttribute("form", challenges.form(actor(), new ProcedureId(id)));
        model.addAttribute("kinds", ChallengeKind.values());
        return "procurement/challenge-form";
    }

    @PostMapping("/procedures/{id}/challenges")
    String lodge(@PathVariable UUID id, @RequestParam ChallengeKind kind, @RequestParam(required = false) @Nullable Integer lot,
            @RequestParam String statement, Locale locale, RedirectAttributes redirect) {
        AtomicReference<Challenges.@Nullable ChallengeView> lodged = new AtomicReference<>();
        outcome.flash(redirect, locale, "procurement.page.challenge-lodged",
                () -> lodged.set(challenges.lodge(actor(), new ProcedureId(id), kind, lot, statement)));
        Challenges.ChallengeView done = lodged.get();
        return done == null ? "redirect:/procedures/" + id + "/challenges" : "redirect:/challenges/" + done.id();
    }

    @GetMapping("/challenges/{id}")
    String challenge(@PathVariable UUID id, Model model) {
        model.addAttribute("c", challenges.challenge(actor(), new ChallengeId(id)));
        model.addAttribute("remedies", Remedy.values());
        return "procurement/challenge";
    }

    @PostMapping("/challenges/{id}/answer")
    String answer(@PathVariable UUID id, @RequestParam int version, @RequestParam boolean upheld,
            @RequestParam(required = false) @Nullable Remedy remedy, @RequestParam String reply, Locale locale,
            RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.page.challenge-answered",
                () -> challenges.answer(actor(), new ChallengeId(id), version, upheld, upheld ? remedy : null, reply));
        return "redirect:/challenges/" + id;
    }

    @PostMapping("/challenges/{id}/complaint")
    String complain(@PathVariable UUID id, @RequestParam String statement, Locale locale, RedirectAttributes redirect) {
        AtomicReference<Complaints.@Nullable ComplaintView> lodged = new AtomicReference<>();
        outcome.flash(redirect, locale, "procurement.page.complaint-lodged",
                () -> lodged.set(complaints.complain(actor(), new ChallengeId(id), statement)));
        Complaints.ComplaintView done = lodged.get();
        return done == null ? "redirect:/challenges/" + id : "redirect:/complaints/" + done.id();
    }

    @GetMapping("/complaints")
    String complaints(Model model) {
        model.addAttribute("complaints", complaints.list(actor()));
        return "procurement/complaints";
    }

    @GetMapping("/complaints/{id}")
    String complaint(@PathVariable UUID id, Model model) {
        model.addAttribute("c", complaints.complaint(actor(), new ComplaintId(id)));
        model.addAttribute("remedies", Remedy.values());
        return "procurement/complaint";
    }

    @PostMapping("/complaints/{id}/suspension")
    String suspend(@PathVariable UUID id, @RequestParam String reason, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.page.procedure-suspended",
                () -> complaints.suspend(actor(), new ComplaintId(id), reason));
        return "redirect:/complaints/" + id;
    }

    @PostMapping("/complaints/{id}/suspension/lifting")
    String lift(@PathVariable UUID id, @RequestParam String reason, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.page.suspension-lifted",
                () -> complaints.lift(actor(), new ComplaintId(id), reason));
        return "redirect:/complaints/" + id;
    }

    /** @param remedy none, or empty on the form, to dismiss */
    @PostMapping("/complaints/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) @Nullable Remedy remedy,
            @RequestParam(required = false) @Nullable Integer lot, @RequestParam String reason, Locale locale,
            RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.page.complaint-decided",
                () -> complaints.decide(actor(), new ComplaintId(id), version, remedy, lot, reason));
        return "redirect:/complaints/" + id;
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.challenge", "challenge", null));
    }
}
