package org.cogov.performance.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cogov.contracting.Contract;
import org.cogov.contracting.ContractId;
import org.cogov.contracting.implementation.Implementation;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.web.FormOutcome;
import org.cogov.shared.web.QrCode;
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
 * A contract's survey page: the counts and the comments for the purchaser's department, the finance bureau and auditors,
 * and for the purchaser the forms to issue tokens and to close the survey. Tokens issued here come back as a printable
 * sheet, one card per token with its QR code and link, in the answer to the form itself — never through the session, and
 * never again.
 */
@Controller
class SurveyPages {

    /** One token of the printable sheet. */
    record Card(String token, String link, String qr) {
    }

    private final Surveys surveys;
    private final FormOutcome outcome;

    SurveyPages(Surveys surveys, FormOutcome outcome) {
        this.surveys = surveys;
        this.outcome = outcome;
    }

    @GetMapping("/contracts/{id}/survey")
    String survey(@PathVariable UUID id, Model model) {
        Actor actor = actor(id);
        Contract contract = surveys.readers(actor, new ContractId(id));
        model.addAttribute("c", contract);
        model.addAttribute("s", surveys.summary(actor, new ContractId(id)).orElse(null));
        model.addAttribute("mayManage", Implementation.managedBy(actor, contract));
        model.addAttribute("issuable", contract.status() != Contract.Status.DRAFT && contract.status() != Contract.Status.WITHDRAWN);
        model.addAttribute("batchMax", Surveys.BATCH_MAX);
        model.addAttribute("today", surveys.today());
        return "performance/survey";
    }

    @PostMapping("/contracts/{id}/survey/tokens")
    String issue(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer count,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn, Model model,
            Locale locale, RedirectAttributes redirect) {
        Surveys.Issued[] issued = new Surveys.Issued[1];
        outcome.flash(redirect, locale, "performance.survey.page.issued",
                () -> issued[0] = surveys.issue(actor(id), new ContractId(id), count == null ? 0 : count, closesOn));
        if (issued[0] == null) {
            return back(id);
        }
        List<Card> cards = issued[0].tokens().stream().map(t -> {
            String link = SurveyApi.link(t);
            return new Card(t, link, QrCode.svg(link));
        }).toList();
        model.addAttribute("c", surveys.readers(actor(id), new ContractId(id)));
        model.addAttribute("issued", issued[0]);
        model.addAttribute("cards", cards);
        return "performance/survey-sheet";
    }

    @PostMapping("/contracts/{id}/survey/closing")
    String close(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "performance.survey.page.closed", () -> surveys.close(actor(id), new ContractId(id)));
        return back(id);
    }

    private static String back(UUID id) {
        return "redirect:/contracts/" + id + "/survey";
    }

    private static Actor actor(@Nullable UUID id) {
        return Actor.current().orElseThrow(() -> new Forbidden("performance.survey", "contract", id));
    }
}
