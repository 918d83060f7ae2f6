package org.cogov.procurement.experts;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cogov.procurement.EvaluationAccess;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.bidding.Opening;
import org.cogov.procurement.bidding.OpeningRecord;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.WorkingDays;
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
 * The pages of panels: a procedure's panels with the draw form, for those who run it; a panel with its seats, for
 * its members — who declare or decline there, with the bidders they declare about — and for those who run the
 * procedure or read every panel, who also see the draw's record and its replay; and one's own panels.
 */
@Controller
class PanelPages {

    private final Panels panels;
    private final Publication publication;
    private final Opening opening;
    private final WorkingDays workingDays;
    private final FormOutcome outcome;
    private final EvaluationAccess evaluations;

    PanelPages(Panels panels, Publication publication, Opening opening, WorkingDays workingDays, FormOutcome outcome,
            EvaluationAccess evaluations) {
        this.panels = panels;
        this.publication = publication;
        this.opening = opening;
        this.workingDays = workingDays;
        this.outcome = outcome;
        this.evaluations = evaluations;
    }

    @GetMapping("/procedures/{id}/panels")
    String ofProcedure(@PathVariable UUID id, Model model) {
        Actor actor = actor();
        ProcedureId procedure = new ProcedureId(id);
        List<Panels.PanelFacts> drawn = panels.panels(actor, procedure);
        Publication.PublishedProcedure published = publication.published(procedure).orElseThrow();
        model.addAttribute("procedure", published.procedure());
        model.addAttribute("lots", published.lots());
        model.addAttribute("panels", drawn);
        boolean runs = actor.can("procurement:panel:draw") && published.procedure().isRunBy(actor.organizationId());
        boolean open = published.procedure().state() == Procedure.State.OPENED
                || published.procedure().state() == Procedure.State.EVALUATING;
        model.addAttribute("mayDraw", runs && open && PanelSize.needsPanel(published.procedure().method()));
        if (runs && open && PanelSize.needsPanel(published.procedure().method())) {
            model.addAttribute("rules", panels.sizeRules(actor, procedure));
            model.addAttribute("officials", panels.representatives(actor, procedure));
            model.addAttribute("openedLots", opening.record(procedure).lots().stream()
                    .filter(l -> l.outcome() == OpeningRecord.LotOutcome.OPENED).map(OpeningRecord.Lot::lot).toList());
        }
        model.addAttribute("zone", workingDays.zone());
        return "procurement/panels";
    }

    @PostMapping("/procedures/{id}/panels")
    String draw(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer lot,
            @RequestParam(defaultValue = "0") int seats, @RequestParam(defaultValue = "false") boolean complex,
            @RequestParam(required = false) @Nullable String complexWhy,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate evaluationDay,
            @RequestParam(defaultValue = "") List<UUID> representatives, Locale locale, RedirectAttributes redirect) {
        AtomicReference<UUID> drawn = new AtomicReference<>();
        outcome.flash(redirect, locale, "procurement.panel.page.drawn", () -> {
            Actor actor = actor();
            if (evaluationDay == null) {
                actor.require("procurement:panel:draw", "procurement.panel.draw", "procedure", id);
                throw RuleViolation.refused("procurement.panel.evaluation-day-past", "evaluationDay");
            }
            drawn.set(panels.draw(actor, new ProcedureId(id), new Panels.DrawRequest(lot == null || lot == 0 ? null : lot, seats,
                    complex, complexWhy == null || complexWhy.isBlank() ? null : complexWhy, evaluationDay, representatives))
                    .panel().id());
        });
        return drawn.get() == null ? "redirect:/procedures/" + id + "/panels" : "redirect:/panels/" + drawn.get();
    }

    @GetMapping("/panels")
    String mine(Model model) {
        model.addAttribute("panels", panels.mine(actor()));
        model.addAttribute("zone", workingDays.zone());
        return "procurement/my-panels";
    }

    @GetMapping("/panels/{id}")
    String panel(@PathVariable UUID id, Model model) {
        Actor actor = actor();
        Panels.PanelFacts facts = panels.panel(actor, id);
        Publication.PublishedProcedure published = publication.published(facts.panel().procedure()).orElseThrow();
        model.addAttribute("facts", facts);
        model.addAttribute("procedure", published.procedure());
        PanelMember me = facts.panel().members().stream().filter(m -> m.user().equals(actor.userId()) && m.holdsSeat())
                .findFirst().orElse(null);
        model.addAttribute("me", me);
        boolean runs = published.procedure().isRunBy(actor.organizationId()) && actor.can("procurement:panel:draw");
        model.addAttribute("runs", runs);
        if (runs || actor.can("procurement:panel:read-all")) {
            model.addAttribute("record", panels.record(actor, id));
        }
        if (runs) {
            model.addAttribute("officials", panels.representatives(actor, published.procedure().id()));
        }
        // The parties a member declares about: the purchaser, its agency and the bidders of the lots evaluated (public since the opening).
        Map<Integer, List<OpeningRecord.Bid>> bids = opening.record(published.procedure().id()).lots().stream()
                .filter(l -> facts.panel().evaluates(l.lot()))
                .collect(Collectors.toMap(OpeningRecord.Lot::lot, OpeningRecord.Lot::bids, (a, b) -> a, java.util.TreeMap::new));
        model.addAttribute("bidders", bids.values().stream().flatMap(List::stream)
                .collect(Collectors.toMap(OpeningRecord.Bid::bidder, Function.identity(), (a, b) -> a)).values());
        // The evaluation of the lots the panel evaluates, for a member once seated and for those who run or supervise it.
        model.addAttribute("evaluable", evaluations.readableLots(actor, published.procedure().id()).stream()
                .filter(lot -> facts.panel().evaluates(lot)).toList());
        model.addAttribute("purchaser", published.purchaser());
        model.addAttribute("agency", published.agency());
        model.addAttribute("zone", workingDays.zone());
        return "procurement/panel";
    }

    @PostMapping("/panels/{id}/declaration")
    String declare(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed, Locale locale,
            RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.panel.page.declared", () -> {
            Actor actor = actor();
            if (!confirmed) {
                actor.require("procurement:panel:declare", "procurement.panel.declare", "panel", id);
                throw RuleViolation.refused("procurement.panel.unconfirmed", "confirmed");
            }
            panels.declare(actor, id);
        });
        return "redirect:/panels/" + id;
    }

    @PostMapping("/panels/{id}/decline")
    String decline(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "false") boolean conflict, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.panel.page.declined", () -> panels.decline(actor(), id, reason, conflict));
        return "redirect:/panels/" + id;
    }

    @PostMapping("/panels/{id}/replacements")
    String replace(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID member,
            @RequestParam(defaultValue = "") String reason, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.panel.page.replaced", () -> {
            if (member == null) {
                throw RuleViolation.notFound("procurement.panel.member-unknown");
            }
            panels.replace(actor(), id, member, reason);
        });
        return "redirect:/panels/" + id;
    }

    @PostMapping("/panels/{id}/representatives")
    String name(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID user, Locale locale,
            RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.panel.page.named", () -> {
            if (user == null) {
                throw RuleViolation.refused("procurement.panel.representative-not-of-purchaser", "user");
            }
            panels.nameRepresentative(actor(), id, user);
        });
        return "redirect:/panels/" + id;
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.panel.read", "panel", null));
    }
}
