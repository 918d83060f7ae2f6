package org.cogov.procurement.bonds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.cogov.procurement.ProcedureId;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
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
 * The bid bond pages: the staff's ledger of a procedure (what each lot requires, the bonds received, due back, overdue,
 * refunded or forfeited) with the forms to record a bond and its refund; the bidder's own bonds; the bonds overdue.
 */
@Controller
class BidBondPages {

    private final BidBonds bonds;
    private final Registry registry;
    private final FormOutcome outcome;

    BidBondPages(BidBonds bonds, Registry registry, FormOutcome outcome) {
        this.bonds = bonds;
        this.registry = registry;
        this.outcome = outcome;
    }

    @GetMapping("/procedures/{id}/bonds")
    String ledger(@PathVariable UUID id, Model model) {
        Actor actor = actor();
        BidBonds.BondLedger ledger = bonds.ledger(actor, new ProcedureId(id));
        model.addAttribute("ledger", ledger);
        model.addAttribute("forms", BidBond.Form.values());
        if (ledger.mayRecord()) {
            model.addAttribute("suppliers", registry.verified().stream().filter(o -> o.kind().maySupply()).toList());
        }
        return "procurement/bonds";
    }

    @PostMapping("/procedures/{id}/lots/{lot}/bonds")
    String record(@PathVariable UUID id, @PathVariable int lot, @RequestParam(required = false) @Nullable UUID bidder,
            @RequestParam(required = false) @Nullable BigDecimal amount,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate receivedOn,
            @RequestParam(required = false) BidBond.@Nullable Form form, @RequestParam(defaultValue = "") String reference,
            Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.bond.page.recorded", () -> {
            if (bidder == null || amount == null || receivedOn == null || form == null) {
                throw RuleViolation.refused("procurement.bond.page.incomplete", null);
            }
            bonds.record(actor(), new ProcedureId(id), lot, new BidBonds.ReceivedBond(bidder, new Money(amount), receivedOn, form,
                    reference));
        });
        return "redirect:/procedures/" + id + "/bonds";
    }

    @PostMapping("/procedures/{id}/lots/{lot}/bonds/{bidder}/refund")
    String refund(@PathVariable UUID id, @PathVariable int lot, @PathVariable UUID bidder,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate refundedOn,
            @RequestParam(defaultValue = "") String reference, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.bond.page.refunded", () -> {
            if (refundedOn == null) {
                throw RuleViolation.refused("procurement.bond.page.incomplete", "refundedOn");
            }
            bonds.refund(actor(), new ProcedureId(id), lot, bidder, new BidBonds.RefundMade(refundedOn, reference));
        });
        return "redirect:/procedures/" + id + "/bonds";
    }

    @GetMapping("/tenders/{id}/bonds")
    String mine(@PathVariable UUID id, Model model) {
        model.addAttribute("ledger", bonds.mine(actor(), new ProcedureId(id)));
        return "procurement/bonds-mine";
    }

    @PostMapping("/tenders/{id}/lots/{lot}/bonds/refund-request")
    String askRefund(@PathVariable UUID id, @PathVariable int lot, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.bond.page.asked", () -> bonds.askRefund(actor(), new ProcedureId(id), lot));
        return "redirect:/tenders/" + id + "/bonds";
    }

    @GetMapping("/bonds/overdue")
    String overdue(Model model) {
        model.addAttribute("overdue", bonds.overdue(actor()));
        return "procurement/bonds-overdue";
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.bond", "procedure", null));
    }
}
