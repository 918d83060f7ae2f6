package org.cogov.procurement.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cogov.procurement.AwardCriteria;
import org.cogov.procurement.Lot;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.bidding.FinalQuotations;
import org.cogov.procurement.bidding.OpeningRecord;
import org.cogov.procurement.bonds.BidBonds;
import org.cogov.procurement.evaluation.LotEvaluation.EvaluatedBid;
import org.cogov.procurement.evaluation.LotEvaluation.PriceExplanation;
import org.cogov.procurement.evaluation.LotEvaluation.Question;
import org.cogov.procurement.evaluation.LotEvaluation.Stage;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;

import org.cogov.shared.web.FormOutcome;

/**
 * A lot's evaluation page. The purchaser reviews qualifications and moves the lot on; a seated member
 * votes, proposes corrections, judges explanations, fills the score sheet — the bids, the factors with
 * their guidance, nothing of the other members' work — mends a score and signs; a bidder answers what is
 * asked of it and, once complete, reads its scores; FINANCE and auditors read.
 */
@Controller
class EvaluationPages {

    private final Evaluation evaluation;
    private final Negotiation negotiation;
    private final EvaluationViews views;
    private final BidBonds bonds;
    private final Publication publication;
    private final FinalQuotations finalQuotations;
    private final WorkingDays workingDays;
    private final FormOutcome outcome;
    private final Clock clock;

    EvaluationPages(Evaluation evaluation, Negotiation negotiation, EvaluationViews views, BidBonds bonds, Publication publication,
            FinalQuotations finalQuotations, WorkingDays workingDays, FormOutcome outcome, Clock clock) {
        this.evaluation = evaluation;
        this.negotiation = negotiation;
        this.views = views;
        this.bonds = bonds;
        this.publication = publication;
        this.finalQuotations = finalQuotations;
        this.workingDays = workingDays;
        this.outcome = outcome;
        this.clock = clock;
    }

    @GetMapping("/evaluations/{id}/lots/{lot}")
    String page(@PathVariable UUID id, @PathVariable int lot, Locale locale, Model model) {
        Actor actor = actor(id);
        ProcedureId procedure = new ProcedureId(id);
        model.addAttribute("zone", workingDays.zone());
        model.addAttribute("procedureId", id);
        model.addAttribute("lot", lot);
        if (actor.can("procurement:evaluation:answer")) {
            ProviderEvaluation mine = views.mine(actor, procedure, lot);
            model.addAttribute("mine", mine);
            // The lot as its tender documents publish it: the heading, and the factors its scores are given for.
            Publication.PublishedProcedure published = publication.published(procedure).orElseThrow();
            Lot theLot = published.lots().stream().filter(l -> l.number() == lot).findFirst().orElseThrow();
            model.addAttribute("reference", published.procedure().reference());
            model.addAttribute("lotTitle", theLot.title());
            model.addAttribute("factorNames", theLot.criteria() instanceof AwardCriteria.ComprehensiveScoring scoring
                    ? scoring.factors().stream().map(AwardCriteria.Factor::name).toList() : List.of());
            if (mine.finalQuotationsDue() != null) {
                FinalQuotations.MyFinalQuotation quotations = finalQuotations.mine(actor, procedure, lot);
                model.addAttribute("quotations", quotations);
                model.addAttribute("mayQuote", mine.stage() == Stage.FINAL_QUOTATIONS && quotations.invited()
                        && clock.instant().isBefore(mine.finalQuotationsDue()));
            }
            return "procurement/evaluation-mine";
        }
        EvaluationViews.Opened opened = views.opened(actor, procedure, lot);
        model.addAttribute("opened", opened);
        // The qualification review checks the bid bond where the lot requires one: the staff see whose is missing.
        model.addAttribute("bondMissing", opened.runner() ? opened.bids().stream().map(OpeningRecord.Bid::bidder)
                .filter(bidder -> bonds.bondMissing(procedure, lot, bidder)).collect(java.util.stream.Collectors.toSet()) : Set.of());
        if (opened.evaluation() == null) {
            return "procurement/evaluation";
        }
        LotEvaluation e = opened.evaluation();
        UUID me = actor.userId();
        boolean member = e.members().stream().anyMatch(m -> m.user().equals(me));
        boolean runner = opened.runner();
        // The member's own votes, "QUESTION:bidder" to whether in favour: its forms give way to what it voted.
        Map<String, Boolean> voted = new HashMap<>();
        e.votes().stream().filter(v -> v.member().equals(me)).forEach(v -> voted.put(v.question() + ":" + v.bidder(), v.inFavour()));
        model.addAttribute("e", e);
        model.addAttribute("member", member);
        model.addAttribute("voted", voted);
        model.addAttribute("mayQualify", runner && e.stage() == Stage.QUALIFICATION);
        model.addAttribute("mayVote", member && e.stage() == Stage.COMPLIANCE);
        model.addAttribute("mayJudge", member && e.stage() == Stage.CLARIFICATION);
        model.addAttribute("judgeable", judgeable(e));
        model.addAttribute("mayProceed", runner && e.stage() == Stage.CLARIFICATION);
        boolean submitted = e.members().stream().anyMatch(m -> m.user().equals(me) && m.submittedAt() != null);
        model.addAttribute("mayScore", member && e.stage() == Stage.SCORING && !submitted);
        model.addAttribute("submitted", submitted);
        model.addAttribute("mayMend", member && e.stage() == Stage.COMPILED && !e.criteria().lowestPrice());
        model.addAttribute("maySign", member && e.stage() == Stage.COMPILED
                && e.members().stream().anyMatch(m -> m.user().equals(me) && m.signedAt() == null));
        model.addAttribute("valid", e.bids().stream().filter(EvaluatedBid::valid).toList());
        // Once ranked, the bids are listed in the order of the ranking; before, as the evaluation keeps them.
        model.addAttribute("rows", e.bids().stream().sorted(java.util.Comparator.comparing(EvaluatedBid::ranking,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))).toList());
        boolean chinese = locale.getLanguage().equals("zh");
        model.addAttribute("bidderNames", e.bids().stream().collect(java.util.stream.Collectors.toMap(EvaluatedBid::bidder,
                b -> chinese || b.bidderEn().isBlank() ? b.bidderZh() : b.bidderEn())));
        model.addAttribute("memberNames", e.members().stream().collect(java.util.stream.Collectors.toMap(
                LotEvaluation.SeatedMember::user, LotEvaluation.SeatedMember::name)));
        model.addAttribute("factorNames", e.criteria().factors().stream().collect(java.util.stream.Collectors.toMap(
                LotEvaluation.ScoringFactor::index, LotEvaluation.ScoringFactor::name)));
        model.addAttribute("kinds", LotEvaluation.CorrectionKind.values());
        model.addAttribute("mayNegotiate", member && e.stage() == Stage.NEGOTIATION);
        // Any custodian may present its share again once the final quotations are due: the service checks its share.
        model.addAttribute("mayPresent", e.stage() == Stage.FINAL_QUOTATIONS && actor.can("procurement:opening:present")
                && e.negotiation() != null && e.negotiation().dueAt() != null && !clock.instant().isBefore(e.negotiation().dueAt()));
        model.addAttribute("report", e.stage() == Stage.COMPILED || e.stage() == Stage.COMPLETED);
        return "procurement/evaluation";
    }

    @PostMapping("/evaluations/{id}/lots/{lot}/qualifications")
    String qualify(@PathVariable UUID id, @PathVariable int lot, @RequestParam UUID bidder, @RequestParam boolean passed,
            @RequestParam(required = false) @Nullable String reason, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.evaluation.page.qualified",
                () -> evaluation.qualify(actor(id), new ProcedureId(id), lot, bidder, passed, reason));
        return back(id, lot);
    }

    @PostMapping("/evaluations/{id}/lots/{lot}/votes")
    String vote(@PathVariable UUID id, @PathVariable int lot, @RequestParam UUID bidder, @RequestParam Question question,
            @RequestParam boolean inFavour, @RequestParam(required = false) @Nullable String reason, Locale locale,
            RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.evaluation.page.voted",
                () -> evaluation.vote(actor(id), new ProcedureId(id), lot, bidder, question, inFavour, reason));
        return back(id, lot);
    }

    @PostMapping("/evaluations/{id}/lots/{lot}/corrections")
    String correct(@PathVariable UUID id, @PathVariable int lot, @RequestParam UUID bidder,
            @RequestParam LotEvaluation.CorrectionKind kind, @RequestParam String corrected, @RequestParam String reason,
            Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.evaluation.page.corrected",
                () -> evaluation.proposeCorrection(actor(id), new ProcedureId(id), lot, bidder, kind, amount(corrected, "corrected"),
                        reason));
        return back(id, lot);
    }

    @PostMapping("/evaluations/{id}/lots/{lot}/proceed")
    String proceed(@PathVariable UUID id, @PathVariable int lot, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.evaluation.page.proceeded",
                () -> evaluation.proceed(actor(id), new ProcedureId(id), lot));
        return back(id, lot);
    }

    /** The score sheet: one field {@code score-<bidder>-<factor>} for every valid bid and panel-scored factor. */
    @PostMapping("/evaluations/{id}/lots/{lot}/scores")
    String score(@PathVariable UUID id, @PathVariable int lot, @RequestParam Map<String, String> form, Locale locale,
            RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.evaluation.page.scored", () -> {
            LotEvaluation e = views.of(actor(id), new ProcedureId(id), lot);
            Map<UUID, List<@Nullable BigDecimal>> sheet = new LinkedHashMap<>();
            for (EvaluatedBid bid : e.bids()) {
                if (!bid.valid()) {
                    continue;
                }
                List<@Nullable BigDecimal> scores = new ArrayList<>();
                for (LotEvaluation.ScoringFactor factor : e.criteria().factors()) {
                    String field = "score-" + bid.bidder() + "-" + factor.index();
                    scores.add(factor.scoredByPanel() ? amount(form.getOrDefault(field, ""), field) : null);
                }
                sheet.put(bid.bidder(), scores);
            }
            evaluation.submitScores(actor(id), new ProcedureId(id), lot, sheet);
        });
        return back(id, lot);
    }

    @PostMapping("/evaluations/{id}/lots/{lot}/score-corrections")
    String mend(@PathVariable UUID id, @PathVariable int lot, @RequestParam UUID bidder, @RequestParam int factor,
            @RequestParam String score, @RequestParam String reason, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.evaluation.page.mended",
                () -> evaluation.correctScore(actor(id), new ProcedureId(id), lot, bidder, factor, amount(score, "score"), reason));
        return back(id, lot);
    }

    @PostMapping("/evaluations/{id}/lots/{lot}/signatures")
    String sign(@PathVariable UUID id, @PathVariable int lot, @RequestParam(required = false) @Nullable String dissent,
            Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.evaluation.page.signed",
                () -> evaluation.sign(actor(id), new ProcedureId(id), lot, dissent));
        return back(id, lot);
    }

    @PostMapping("/evaluations/{id}/lots/{lot}/minutes")
    String minutes(@PathVariable UUID id, @PathVariable int lot, @RequestParam UUID bidder, @RequestParam int round,
            @RequestParam String text, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.evaluation.page.minutes-recorded",
                () -> negotiation.recordMinutes(actor(id), new ProcedureId(id), lot, bidder, round, text));
        return back(id, lot);
    }

    @PostMapping("/evaluations/{id}/lots/{lot}/amendments")
    String amend(@PathVariable UUID id, @PathVariable int lot, @RequestParam String text, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.evaluation.page.amended",
                () -> negotiation.amendRequirements(actor(id), new ProcedureId(id), lot, text));
        return back(id, lot);
    }

    /** The call for final quotations; {@code due} as the browser's local date and time, in the platform's zone. */
    @PostMapping("/evaluations/{id}/lots/{lot}/final-quotations/call")
    String call(@PathVariable UUID id, @PathVariable int lot, @RequestParam(required = false) @Nullable String due, Locale locale,
            RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.evaluation.page.called", () -> {
            java.time.Instant at = null;
            if (due != null && !due.isBlank()) {
                try {
                    at = java.time.LocalDateTime.parse(due.strip()).atZone(workingDays.zone()).toInstant();
                } catch (java.time.format.DateTimeParseException e) {
                    throw RuleViolation.refused("procurement.final-quotation.due-past", "due");
                }
            }
            negotiation.callForFinalQuotations(actor(id), new ProcedureId(id), lot, at);
        });
        return back(id, lot);
    }

    @PostMapping("/evaluations/{id}/lots/{lot}/final-quotations/shares")
    String present(@PathVariable UUID id, @PathVariable int lot, @RequestParam String passphrase, Locale locale,
            RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.evaluation.page.presented",
                () -> finalQuotations.present(actor(id), new ProcedureId(id), lot, passphrase.toCharArray()));
        return back(id, lot);
    }

    @PostMapping("/evaluations/{id}/lots/{lot}/mine/final-quotation")
    String quote(@PathVariable UUID id, @PathVariable int lot, @RequestParam String price, @RequestParam(required = false) @Nullable String text,
            Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.evaluation.page.mine-final-submitted",
                () -> finalQuotations.submit(actor(id), new ProcedureId(id), lot,
                        new FinalQuotations.GivenQuotation(amount(price, "price"), text)));
        return back(id, lot);
    }

    @PostMapping("/evaluations/{id}/lots/{lot}/mine/correction")
    String answer(@PathVariable UUID id, @PathVariable int lot, @RequestParam boolean confirmed, Locale locale,
            RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.evaluation.page.answered",
                () -> evaluation.answerCorrection(actor(id), new ProcedureId(id), lot, confirmed));
        return back(id, lot);
    }

    @PostMapping("/evaluations/{id}/lots/{lot}/mine/explanation")
    String explain(@PathVariable UUID id, @PathVariable int lot, @RequestParam String text, Locale locale,
            RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.evaluation.page.explained",
                () -> evaluation.explain(actor(id), new ProcedureId(id), lot, text));
        return back(id, lot);
    }

    /** The explanations the panel may judge now: given, or past their time. */
    private List<UUID> judgeable(LotEvaluation e) {
        return e.explanations().stream().filter(x -> x.explainedAt() != null || !clock.instant().isBefore(x.dueAt()))
                .map(PriceExplanation::bidder).toList();
    }

    private static BigDecimal amount(String text, String field) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw RuleViolation.refused("procurement.evaluation.page.number", field);
        }
    }

    private static String back(UUID id, int lot) {
        return "redirect:/evaluations/" + id + "/lots/" + lot;
    }

    private static Actor actor(UUID id) {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.evaluation", "procedure", id));
    }
}
