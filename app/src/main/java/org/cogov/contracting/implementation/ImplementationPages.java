package org.cogov.contracting.implementation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cogov.contracting.ContractId;
import org.cogov.contracting.ContractImplementation;
import org.cogov.contracting.MilestoneDelivery;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.Money;
import org.cogov.shared.web.FormOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of contracts being carried out: the list with each contract's flags, for the purchaser's department, the
 * provider, the finance bureau and auditors; and each contract's implementation, where the provider reports and submits,
 * and the purchaser publishes, files, accepts with the beneficiaries' opinions, pays, agrees add-ons and terminates.
 */
@Controller
class ImplementationPages {

    /** How many beneficiaries' representatives the acceptance form offers rows for. */
    static final int OPINION_ROWS = 3;

    record OpinionRow(@Nullable String representative, @Nullable String represents, @Nullable Integer rating, @Nullable String opinion) {

        boolean isBlank() {
            return (representative == null || representative.isBlank()) && (represents == null || represents.isBlank())
                    && (opinion == null || opinion.isBlank());
        }
    }

    record AcceptanceForm(@Nullable List<OpinionRow> opinions, @Nullable String note) {
    }

    private final Implementation implementation;
    private final FormOutcome outcome;

    ImplementationPages(Implementation implementation, FormOutcome outcome) {
        this.implementation = implementation;
        this.outcome = outcome;
    }

    @GetMapping("/contracts")
    String list(Model model) {
        model.addAttribute("contracts", implementation.contracts(actor(null)));
        return "contracting/contracts";
    }

    @GetMapping("/contracts/{id}/implementation")
    String implementation(@PathVariable UUID id, Model model) {
        Actor actor = actor(id);
        ContractImplementation view = implementation.of(actor, new ContractId(id));
        model.addAttribute("i", view);
        model.addAttribute("c", view.contract());
        model.addAttribute("today", implementation.today());
        model.addAttribute("mayManage", Implementation.managedBy(actor, view.contract()));
        model.addAttribute("mayDeliver", Implementation.deliveredBy(actor, view.contract()));
        List<OpinionRow> rows = new ArrayList<>();
        for (int n = 0; n < OPINION_ROWS; n++) {
            rows.add(new OpinionRow(null, null, 5, null));
        }
        model.addAttribute("acceptance", new AcceptanceForm(rows, null));
        return "contracting/implementation";
    }

    @PostMapping("/contracts/{id}/publication")
    String publish(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "contracting.page.published", () -> implementation.publish(actor(id), new ContractId(id)));
        return back(id);
    }

    @PostMapping("/contracts/{id}/filing")
    String file(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "contracting.page.filed", () -> implementation.file(actor(id), new ContractId(id)));
        return back(id);
    }

    @PostMapping("/contracts/{id}/progress")
    String report(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer milestone, @RequestParam String report,
            @RequestParam(required = false) @Nullable Integer percentDone, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "contracting.page.reported",
                () -> implementation.report(actor(id), new ContractId(id), milestone, report, percentDone));
        return back(id);
    }

    @PostMapping("/contracts/{id}/milestones/{milestone}/submissions")
    String submit(@PathVariable UUID id, @PathVariable int milestone, @RequestParam String report,
            @RequestParam(required = false) @Nullable UUID document, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "contracting.page.submitted",
                () -> implementation.submit(actor(id), new ContractId(id), milestone, report, document));
        return back(id);
    }

    @PostMapping("/contracts/{id}/milestones/{milestone}/acceptance")
    String accept(@PathVariable UUID id, @PathVariable int milestone, @ModelAttribute AcceptanceForm form, Locale locale,
            RedirectAttributes redirect) {
        List<MilestoneDelivery.BeneficiaryOpinion> opinions = form.opinions() == null ? List.of() : form.opinions().stream()
                .filter(row -> row != null && !row.isBlank())
                .map(row -> new MilestoneDelivery.BeneficiaryOpinion(orEmpty(row.representative()), orEmpty(row.represents()),
                        row.rating() == null ? 0 : row.rating(), orEmpty(row.opinion()))).toList();
        outcome.flash(redirect, locale, "contracting.page.accepted",
                () -> implementation.accept(actor(id), new ContractId(id), milestone, opinions, form.note()));
        return back(id);
    }

    @PostMapping("/contracts/{id}/milestones/{milestone}/rejection")
    String reject(@PathVariable UUID id, @PathVariable int milestone, @RequestParam String reason, Locale locale,
            RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "contracting.page.rejected",
                () -> implementation.reject(actor(id), new ContractId(id), milestone, reason));
        return back(id);
    }

    @PostMapping("/contracts/{id}/milestones/{milestone}/payment")
    String pay(@PathVariable UUID id, @PathVariable int milestone, @RequestParam String voucher, Locale locale,
            RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "contracting.page.payment-recorded", () -> implementation.pay(actor(id), new ContractId(id), milestone, voucher));
        return back(id);
    }

    @PostMapping("/contracts/{id}/add-ons")
    String addOn(@PathVariable UUID id, @RequestParam BigDecimal amount, @RequestParam(required = false) @Nullable BigDecimal unitPrice,
            @RequestParam(required = false) @Nullable String quantity, @RequestParam(required = false) @Nullable Boolean sameService,
            @RequestParam(required = false) @Nullable Boolean sameTerms, @RequestParam String reason, @RequestParam int milestone,
            Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "contracting.page.added-on", () -> implementation.addOn(actor(id), new ContractId(id),
                new Implementation.AddOnRequest(new Money(amount), unitPrice, quantity, Boolean.TRUE.equals(sameService),
                        Boolean.TRUE.equals(sameTerms), reason, milestone)));
        return back(id);
    }

    @PostMapping("/contracts/{id}/termination")
    String terminate(@PathVariable UUID id, @RequestParam String reason, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "contracting.page.terminated", () -> implementation.terminate(actor(id), new ContractId(id), reason));
        return back(id);
    }

    private static String back(UUID id) {
        return "redirect:/contracts/" + id + "/implementation";
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static Actor actor(@Nullable UUID id) {
        return Actor.current().orElseThrow(() -> new Forbidden("contracting.contract", "contract", id));
    }
}
