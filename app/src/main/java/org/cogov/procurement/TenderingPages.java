package org.cogov.procurement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cogov.procurement.custody.OpeningKeys;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a procedure while it tenders. For the purchaser (or its agency), on the procedure's
 * page: the questions received, without their askers, each with its answer form, and the amendment
 * form. For providers: the open procedures, each with its documents to obtain, the question form, its
 * own questions and the published answers; for both, the opening key with its fingerprint and the commitment
 * of each custodian's share. For the auditor after the opening: who obtained the documents.
 */
@Controller
class TenderingPages {

    private final Publication publication;
    private final Enquiries enquiries;
    private final Clarifications clarifications;
    private final WorkingDays workingDays;
    private final FormOutcome outcome;
    private final OpeningKeys openingKeys;
    private final Clock clock;
    private final PlatformIncidents incidents;

    TenderingPages(Publication publication, Enquiries enquiries, Clarifications clarifications, WorkingDays workingDays,
            FormOutcome outcome, OpeningKeys openingKeys, Clock clock, PlatformIncidents incidents) {
        this.clock = clock;
        this.openingKeys = openingKeys;
        this.incidents = incidents;
        this.publication = publication;
        this.enquiries = enquiries;
        this.clarifications = clarifications;
        this.workingDays = workingDays;
        this.outcome = outcome;
    }

    /** What the procedure's page shows of its public life, for the actor. */
    void addTo(Model model, Actor actor, Procedure procedure) {
        if (procedure.publishedAt() == null) {
            return;
        }
        publication.published(procedure.id()).ifPresent(p -> model.addAttribute("notices", p.notices()));
        model.addAttribute("openingKey", openingKeys.of(procedure.id()).orElse(null));
        boolean runs = procedure.isRunBy(actor.organizationId()) && actor.can("procurement:enquiry:answer");
        if (runs) {
            model.addAttribute("enquiries", enquiries.received(actor, procedure.id()));
        }
        Instant deadline = procedure.timetable().deadline();
        model.addAttribute("mayClarify", runs && procedure.state() == Procedure.State.TENDERING && deadline != null
                && clock.instant().isBefore(deadline));
        model.addAttribute("mayAmend", procedure.isRunBy(actor.organizationId()) && actor.can("procurement:procedure:amend"));
        if (actor.can("procurement:download:read") && procedure.pastOpening()) {
            model.addAttribute("obtained", enquiries.obtained(actor, procedure.id()));
        }
    }

    @PostMapping("/procedures/{id}/enquiries/{enquiry}/answer")
    String answer(@PathVariable UUID id, @PathVariable UUID enquiry, @RequestParam int version,
            @RequestParam String publishedQuestion, @RequestParam String answer,
            @RequestParam(defaultValue = "false") boolean affectsBids, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.page.answered", () -> clarifications.answer(actor(), new EnquiryId(enquiry),
                version, publishedQuestion, answer, affectsBids));
        return "redirect:/procedures/" + id + "#enquiries";
    }

    @PostMapping("/procedures/{id}/amendments")
    String amend(@PathVariable UUID id, @RequestParam int version, @RequestParam String text,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime deadline,
            @RequestParam(defaultValue = "false") boolean affectsBids, @RequestParam(required = false) TenderDocument.@Nullable Kind kind,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.page.amended", () -> {
            Clarifications.Amendment amendment = new Clarifications.Amendment(text,
                    deadline == null ? null : deadline.atZone(workingDays.zone()).toInstant(), affectsBids);
            if (file == null || file.isEmpty()) {
                clarifications.amend(actor(), new ProcedureId(id), version, amendment, null);
                return;
            }
            try (InputStream content = file.getInputStream()) {
                clarifications.amend(actor(), new ProcedureId(id), version, amendment, new Clarifications.NewDocument(
                        kind == null ? TenderDocument.Kind.TENDER_DOCUMENTS : kind, content,
                        file.getOriginalFilename() == null ? "document" : file.getOriginalFilename()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return "redirect:/procedures/" + id;
    }

    /** The procedures open for bids, for providers. */
    @GetMapping("/tenders")
    String tenders(Model model) {
        actor().require("procurement:enquiry:ask", "procurement.tender.list", "procedure", null);
        List<Procedure> open = publication.published().stream().filter(p -> p.state() == Procedure.State.TENDERING).toList();
        model.addAttribute("procedures", open);
        model.addAttribute("zone", workingDays.zone());
        return "procurement/tenders";
    }

    @GetMapping("/tenders/{id}")
    String tender(@PathVariable UUID id, Model model) {
        Actor actor = actor();
        actor.require("procurement:enquiry:ask", "procurement.tender.read", "procedure", id);
        ProcedureId procedure = new ProcedureId(id);
        Publication.PublishedProcedure published = publication.published(procedure)
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id));
        model.addAttribute("published", published);
        model.addAttribute("openingKey", openingKeys.of(procedure).orElse(null));
        model.addAttribute("asked", enquiries.asked(actor, procedure));
        model.addAttribute("answered", enquiries.answered(procedure));
        Instant deadline = published.procedure().timetable().deadline();
        model.addAttribute("mayAsk", published.procedure().state() == Procedure.State.TENDERING && deadline != null
                && clock.instant().isBefore(deadline));
        model.addAttribute("extensions", incidents.extensionsOf(procedure));
        model.addAttribute("zone", workingDays.zone());
        return "procurement/tender";
    }

    @PostMapping("/tenders/{id}/enquiries")
    String ask(@PathVariable UUID id, @RequestParam String question, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.page.asked", () -> enquiries.ask(actor(), new ProcedureId(id), question));
        return "redirect:/tenders/" + id;
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.procedure.read", "procedure", null));
    }
}
