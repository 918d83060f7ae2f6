package org.cogov.procurement.bidding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.cogov.procurement.EvaluationAccess;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A provider's bid pages: for each lot of a tendering procedure, the bid that counts, every version and
 * withdrawal with its receipt, the form to prepare and submit a bid (sealed on arrival) or to upload one
 * sealed on the provider's machine, and the withdrawal. Each form carries a key of its own, sent as the
 * Idempotency-Key, so that a double click or a resent form makes one bid.
 */
@Controller
class BiddingPages {

    private final Bidding bidding;
    private final WorkingDays workingDays;
    private final FormOutcome outcome;
    private final EvaluationAccess evaluations;

    BiddingPages(Bidding bidding, WorkingDays workingDays, FormOutcome outcome, EvaluationAccess evaluations) {
        this.bidding = bidding;
        this.workingDays = workingDays;
        this.outcome = outcome;
        this.evaluations = evaluations;
    }

    @GetMapping("/tenders/{id}/bid")
    String bids(@PathVariable UUID id, Model model) {
        Bidding.MyBids mine = bidding.mine(actor(), new ProcedureId(id));
        model.addAttribute("mine", mine);
        model.addAttribute("evaluating", evaluations.lotsEvaluatingBidOf(actor(), new ProcedureId(id)));
        model.addAttribute("open", bidding.open(mine.procedure()));
        model.addAttribute("formKey", UUID.randomUUID().toString());
        model.addAttribute("zone", workingDays.zone());
        return "procurement/bid";
    }

    @PostMapping("/tenders/{id}/lots/{lot}/bid")
    String submit(@PathVariable UUID id, @PathVariable int lot, @RequestParam(required = false) @Nullable BigDecimal price,
            @RequestParam(defaultValue = "") String proposal,
            @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> attachments,
            @RequestParam(defaultValue = "false") boolean confirmWarnings, @RequestParam String formKey, Locale locale,
            RedirectAttributes redirect) {
        AtomicReference<SealedBid> receipt = new AtomicReference<>();
        outcome.flash(redirect, locale, "procurement.page.bid-received", () -> receipt.set(bidding.submit(actor(),
                new ProcedureId(id), lot, BidApi.proposal(price == null ? BigDecimal.ZERO : price, proposal, attachments),
                confirmWarnings, BidApi.checked(formKey))));
        return next(id, receipt.get());
    }

    @PostMapping("/tenders/{id}/lots/{lot}/sealed")
    String upload(@PathVariable UUID id, @PathVariable int lot, @RequestParam("envelope") MultipartFile envelope,
            @RequestParam(defaultValue = "false") boolean confirmWarnings, @RequestParam String formKey, Locale locale,
            RedirectAttributes redirect) {
        AtomicReference<SealedBid> receipt = new AtomicReference<>();
        outcome.flash(redirect, locale, "procurement.page.bid-received", () -> {
            try (InputStream in = envelope.getInputStream()) {
                receipt.set(bidding.submitSealed(actor(), new ProcedureId(id), lot, in, confirmWarnings, BidApi.checked(formKey)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return next(id, receipt.get());
    }

    @PostMapping("/tenders/{id}/lots/{lot}/withdrawal")
    String withdraw(@PathVariable UUID id, @PathVariable int lot, @RequestParam String formKey, Locale locale,
            RedirectAttributes redirect) {
        AtomicReference<SealedBid> receipt = new AtomicReference<>();
        outcome.flash(redirect, locale, "procurement.page.bid-withdrawn",
                () -> receipt.set(bidding.withdraw(actor(), new ProcedureId(id), lot, BidApi.checked(formKey))));
        return next(id, receipt.get());
    }

    /** A receipt, printable: what the bidder keeps to prove what it sent and when. */
    @GetMapping("/bids/{receipt}")
    String receipt(@PathVariable UUID receipt, Model model) {
        model.addAttribute("bid", bidding.receipt(actor(), new SealedBidId(receipt)));
        model.addAttribute("zone", workingDays.zone());
        return "procurement/receipt";
    }

    private static String next(UUID procedure, @Nullable SealedBid receipt) {
        return receipt == null ? "redirect:/tenders/" + procedure + "/bid" : "redirect:/bids/" + receipt.id().value();
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.bid.submit", "procedure", null));
    }
}
