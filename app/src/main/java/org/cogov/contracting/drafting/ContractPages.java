package org.cogov.contracting.drafting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cogov.contracting.Contract;
import org.cogov.contracting.ContractId;
import org.cogov.contracting.FinalInstalment;
import org.cogov.contracting.Milestone;
import org.cogov.contracting.ServicePeriod;
import org.cogov.planning.BudgetLine;
import org.cogov.planning.BudgetLineId;
import org.cogov.planning.Budgets;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.Money;
import org.cogov.shared.web.FormOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contracts' pages: the list the caller may read, and one contract — its parties, service, price, term, milestones
 * and indicator set — with the purchaser's forms while it is a draft.
 */
@Controller
class ContractPages {

    /** Empty milestone rows offered under the saved ones: the page needs no script. */
    static final int EMPTY_MILESTONE_ROWS = 2;

    /** A milestone row; a row without deliverable, date and share is left out. */
    record MilestoneRow(@Nullable String deliverable, @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
            @Nullable BigDecimal share, @Nullable Boolean advance) {

        boolean isBlank() {
            return (deliverable == null || deliverable.isBlank()) && due == null && share == null;
        }
    }

    record MilestonesForm(int version, @Nullable List<MilestoneRow> milestones) {
    }

    private final ContractDrafts drafts;
    private final ContractSignatures signatures;
    private final SignerKeys keys;
    private final FormOutcome outcome;
    private final Budgets budgets;

    ContractPages(ContractDrafts drafts, ContractSignatures signatures, SignerKeys keys, FormOutcome outcome, Budgets budgets) {
        this.budgets = budgets;
        this.drafts = drafts;
        this.signatures = signatures;
        this.keys = keys;
        this.outcome = outcome;
    }

    @GetMapping("/contracts/{id}")
    String contract(@PathVariable UUID id, Model model) {
        Actor actor = actor(id);
        Contract contract = drafts.contract(actor, new ContractId(id));
        model.addAttribute("c", contract);
        model.addAttribute("mayEdit", contract.status() == Contract.Status.DRAFT && !contract.signingBegun()
                && actor.can("contracting:contract:draft") && contract.purchaser().organizationId().equals(actor.organizationId()));
        boolean maySign = signatures.maySign(actor, contract);
        model.addAttribute("maySign", maySign);
        model.addAttribute("signerKey", maySign ? keys.current(actor.userId()).orElse(null) : null);
        List<MilestoneRow> rows = new ArrayList<>(contract.milestones().stream()
                .map(m -> new MilestoneRow(m.deliverable(), m.due(), m.share(), m.advance())).toList());
        for (int i = 0; i < EMPTY_MILESTONE_ROWS; i++) {
            rows.add(new MilestoneRow(null, null, null, false));
        }
        model.addAttribute("milestones", new MilestonesForm(contract.version(), rows));
        boolean mayRenew = contract.term().stableService() && (contract.status() == Contract.Status.SIGNED
                || contract.status() == Contract.Status.COMPLETED) && actor.can("contracting:contract:draft")
                && contract.purchaser().organizationId().equals(actor.organizationId());
        model.addAttribute("mayRenew", mayRenew);
        model.addAttribute("budgetLines", mayRenew ? budgets.lines(actor, null).stream()
                .filter(line -> line.status() == BudgetLine.Status.APPROVED && line.uncommitted().isGreaterThan(Money.ZERO))
                .toList() : List.of());
        return "contracting/contract";
    }

    @PostMapping("/contracts/{id}/terms")
    String terms(@PathVariable UUID id, @RequestParam int version, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @RequestParam int months,
            @RequestParam(required = false) @Nullable Boolean stableService, @RequestParam(required = false) @Nullable String justification,
            @RequestParam(required = false) @Nullable String settlement, @RequestParam(required = false) @Nullable String liabilities,
            @RequestParam(required = false) @Nullable BigDecimal performanceBond, @RequestParam(required = false) @Nullable String quantity,
            @RequestParam(required = false) @Nullable BigDecimal unitPrice, @RequestParam(required = false) @Nullable Integer paymentDays,
            @RequestParam(required = false) @Nullable Boolean servesPublic,
            @RequestParam(required = false) @Nullable Boolean finalInstalmentLinked,
            @RequestParam(required = false) @Nullable BigDecimal finalExcellent, @RequestParam(required = false) @Nullable BigDecimal finalGood,
            @RequestParam(required = false) @Nullable BigDecimal finalFair, @RequestParam(required = false) @Nullable BigDecimal finalPoor,
            Locale locale, RedirectAttributes redirect) {
        boolean linked = Boolean.TRUE.equals(finalInstalmentLinked);
        FinalInstalment clause = linked && finalExcellent != null && finalGood != null && finalFair != null && finalPoor != null
                ? new FinalInstalment(finalExcellent, finalGood, finalFair, finalPoor)
                : null;
        outcome.flash(redirect, locale, "contracting.page.saved", () -> drafts.changeTerms(actor(id), new ContractId(id), version,
                new ContractDrafts.Terms(new ServicePeriod(start, months, Boolean.TRUE.equals(stableService), justification), settlement,
                        liabilities, performanceBond == null ? null : new Money(performanceBond), quantity, unitPrice, paymentDays,
                        Boolean.TRUE.equals(servesPublic), linked, clause)));
        return "redirect:/contracts/" + id;
    }

    @PostMapping("/contracts/{id}/milestones")
    String milestones(@PathVariable UUID id, @ModelAttribute MilestonesForm form, Locale locale, RedirectAttributes redirect) {
        List<Milestone> milestones = form.milestones() == null ? List.of() : form.milestones().stream()
                .filter(row -> row != null && !row.isBlank())
                .map(row -> new Milestone(row.deliverable() == null ? "" : row.deliverable(),
                        row.due() == null ? LocalDate.MIN : row.due(), row.share() == null ? BigDecimal.ZERO : row.share(),
                        Boolean.TRUE.equals(row.advance()))).toList();
        outcome.flash(redirect, locale, "contracting.page.saved",
                () -> drafts.changeMilestones(actor(id), new ContractId(id), form.version(), milestones));
        return "redirect:/contracts/" + id;
    }

    /** The signer's passphrase arrives as a form field; its array is wiped by the signing, the request's String cannot be. */
    @PostMapping("/contracts/{id}/signatures")
    String sign(@PathVariable UUID id, @RequestParam String passphrase, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "contracting.page.signed",
                () -> signatures.sign(actor(id), new ContractId(id), passphrase.toCharArray()));
        return "redirect:/contracts/" + id;
    }

    @PostMapping("/contracts/{id}/renewal")
    String renew(@PathVariable UUID id, @RequestParam UUID budgetLine, Locale locale, RedirectAttributes redirect) {
        ContractId[] renewal = new ContractId[1];
        outcome.flash(redirect, locale, "contracting.page.renewed",
                () -> renewal[0] = drafts.renew(actor(id), new ContractId(id), new BudgetLineId(budgetLine)).id());
        return "redirect:/contracts/" + (renewal[0] == null ? id : renewal[0].value());
    }

    @PostMapping("/contracts/{id}/signer-key")
    String enrol(@PathVariable UUID id, @RequestParam String passphrase, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "contracting.page.key-enrolled", () -> keys.enrol(actor(id), passphrase.toCharArray()));
        return "redirect:/contracts/" + id;
    }

    private static Actor actor(@Nullable UUID id) {
        return Actor.current().orElseThrow(() -> new Forbidden("contracting.contract", "contract", id));
    }
}
