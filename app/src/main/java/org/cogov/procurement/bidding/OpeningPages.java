package org.cogov.procurement.bidding;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cogov.procurement.EvaluationAccess;
import org.cogov.procurement.Lot;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.custody.OpeningKeys;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
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
 * The opening's page: the shares presented of those needed, the form where a custodian presents its
 * own, and once opened the record of every lot, with the bidders' objections and the purchaser's
 * answers and the forms to give them. The public reads the same record without signing in.
 */
@Controller
class OpeningPages {

    private final Opening opening;
    private final Publication publication;
    private final OpeningKeys openingKeys;
    private final OpeningRecords records;
    private final WorkingDays workingDays;
    private final FormOutcome outcome;
    private final EvaluationAccess evaluations;
    private final FinalQuotations finalQuotations;
    private final Clock clock;

    /**
     * A lot whose final quotations are due and not opened yet: where the shares stand, and whether the reader, a custodian
     * of the procedure who has not presented for the lot, may present its share here.
     */
    record DueFinalQuotations(int lot, FinalQuotations.FinalQuotationStatus status, boolean mayPresent) {
    }

    OpeningPages(Opening opening, Publication publication, OpeningKeys openingKeys, OpeningRecords records,
            WorkingDays workingDays, FormOutcome outcome, EvaluationAccess evaluations, FinalQuotations finalQuotations,
            Clock clock) {
        this.opening = opening;
        this.finalQuotations = finalQuotations;
        this.publication = publication;
        this.openingKeys = openingKeys;
        this.records = records;
        this.workingDays = workingDays;
        this.outcome = outcome;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    @GetMapping("/openings/{id}")
    String opening(@PathVariable UUID id, Model model) {
        return page(new ProcedureId(id), actor(id), model);
    }

    @GetMapping("/public/procedures/{id}/opening")
    String publicRecord(@PathVariable UUID id, Model model) {
        return page(new ProcedureId(id), null, model);
    }

    @PostMapping("/openings/{id}/shares")
    String present(@PathVariable UUID id, @RequestParam String passphrase, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.opening.page.presented-saved",
                () -> opening.present(actor(id), new ProcedureId(id), passphrase.toCharArray()));
        return "redirect:/openings/" + id;
    }

    /** A custodian presents its share again for a lot's final quotations, due and not opened; the k-th opens them. */
    @PostMapping("/openings/{id}/final-quotations/shares")
    String presentForFinalQuotations(@PathVariable UUID id, @RequestParam int lot, @RequestParam String passphrase, Locale locale,
            RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.opening.page.final-presented-saved",
                () -> finalQuotations.present(actor(id), new ProcedureId(id), lot, passphrase.toCharArray()));
        return "redirect:/openings/" + id;
    }

    @PostMapping("/openings/{id}/objections")
    String object(@PathVariable UUID id, @RequestParam int lot, @RequestParam String text, Locale locale,
            RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.opening.page.objected", () -> opening.object(actor(id), new ProcedureId(id), lot,
                text));
        return "redirect:/openings/" + id;
    }

    @PostMapping("/openings/{id}/objections/{objection}/answer")
    String answer(@PathVariable UUID id, @PathVariable UUID objection, @RequestParam String answer, Locale locale,
            RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.opening.page.answered", () -> opening.answer(actor(id), objection, answer));
        return "redirect:/openings/" + id;
    }

    private String page(ProcedureId id, @Nullable Actor actor, Model model) {
        OpeningRecord record = opening.record(id);
        Publication.PublishedProcedure published = publication.published(id).orElseThrow(
                () -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        OpeningKeys.ProcedureKey key = openingKeys.of(id).orElseThrow();
        model.addAttribute("procedure", published.procedure());
        model.addAttribute("record", record);
        model.addAttribute("names", key.shares().stream()
                .collect(Collectors.toMap(OpeningKeys.Commitment::index, OpeningKeys.Commitment::custodianName)));
        model.addAttribute("titles", published.lots().stream().collect(Collectors.toMap(Lot::number, Lot::title)));
        model.addAttribute("zone", workingDays.zone());
        boolean waiting = record.state() == OpeningRecord.RecordState.WAITING;
        model.addAttribute("mayPresent", actor != null && waiting && actor.can("procurement:opening:present")
                && key.shares().stream().anyMatch(c -> c.custodian().equals(actor.userId()))
                && record.presented().stream().noneMatch(p -> p.custodian().equals(actor.userId())));
        model.addAttribute("mayObject", actor != null && !waiting && actor.can("procurement:opening:object")
                && record.lots().stream().anyMatch(l -> records.bidOn(id, l.lot(), actor.organizationId()))
                && clock.instant().isBefore(opening.sessionEnd(published.procedure(), record.lots().get(0).decidedAt())));
        model.addAttribute("mayAnswer", actor != null && actor.can("procurement:opening:answer")
                && published.procedure().isRunBy(actor.organizationId()));
        // The public record links to no evaluation: only those who run, supervise or sit on it follow the lot there.
        model.addAttribute("evaluable", actor == null || waiting ? java.util.Set.of() : evaluations.readableLots(actor, id));
        model.addAttribute("finalQuotations", actor == null ? List.of() : dueFinalQuotations(published, key, actor));
        return "procurement/opening";
    }

    private List<DueFinalQuotations> dueFinalQuotations(Publication.PublishedProcedure published, OpeningKeys.ProcedureKey key,
            Actor actor) {
        Instant now = clock.instant();
        boolean custodian = actor.can("procurement:opening:present")
                && key.shares().stream().anyMatch(c -> c.custodian().equals(actor.userId()));
        return published.lots().stream()
                .flatMap(l -> finalQuotations.status(published.procedure().id(), l.number()).stream())
                .filter(s -> s.openedAt() == null && s.due(now))
                .map(s -> new DueFinalQuotations(s.lot(), s, custodian
                        && s.presented().stream().noneMatch(p -> p.custodian().equals(actor.userId()))))
                .toList();
    }

    private static Actor actor(UUID id) {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.opening", "procedure", id));
    }
}
