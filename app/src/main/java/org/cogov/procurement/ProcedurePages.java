package org.cogov.procurement;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cogov.planning.PurchaseRequestId;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.OrganizationKind;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.cogov.shared.time.WorkingDays;
import org.cogov.shared.web.FormErrors;
import org.cogov.shared.web.FormOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of drafting: the list of procedures, a new draft from a request, the draft with a form per
 * part and what still blocks its publication, and the finance bureau's approvals.
 */
@Controller
class ProcedurePages {

    /** A new draft, or a change of its description. */
    record DescriptionForm(@Nullable UUID request, @Nullable String title, @Nullable String description, @Nullable Method method,
            Method.@Nullable Justification justification, @Nullable String justificationText,
            @Nullable UUID singleSourceSupplier, int version) {

        static DescriptionForm of(Procedure p) {
            return new DescriptionForm(p.request().value(), p.title(), p.description(), p.method(), p.justification(),
                    p.justificationText(), p.singleSourceSupplier() == null ? null : p.singleSourceSupplier().value(),
                    p.version());
        }

        ProcedureDrafts.Description toDescription() {
            return new ProcedureDrafts.Description(title == null ? "" : title, description,
                    method == null ? Method.PUBLIC_TENDER : method, justification, justificationText,
                    singleSourceSupplier == null ? null : new OrganizationId(singleSourceSupplier));
        }
    }

    /** A factor row of a lot; a row without name, weight and guidance is left out. */
    record FactorForm(@Nullable String name, @Nullable BigDecimal weight, @Nullable String guidance,
            @Nullable Boolean pastPerformance) {

        static final FactorForm EMPTY = new FactorForm(null, null, null, null);

        boolean isBlank() {
            return (name == null || name.isBlank()) && weight == null && (guidance == null || guidance.isBlank());
        }

        AwardCriteria.Factor factor() {
            return new AwardCriteria.Factor(name == null ? "" : name, weight == null ? BigDecimal.ZERO : weight,
                    guidance == null ? "" : guidance, Boolean.TRUE.equals(pastPerformance)
                            ? AwardCriteria.Factor.Kind.PAST_PERFORMANCE : AwardCriteria.Factor.Kind.GENERAL);
        }
    }

    /**
     * A lot row; a row without title and budget is left out, so that the page can offer an empty one.
     *
     * @param tieBreaks each {@code EARLIER_RECEIPT}, {@code HIGHER_FACTOR:r} with r the factor's row from 1, or
     *                  empty for none
     * @param bidBond the bid bond the lot requires; empty for none, the default
     */
    record LotForm(@Nullable String title, @Nullable String description, @Nullable BigDecimal budget,
            @Nullable Boolean lowestPrice, @Nullable BigDecimal priceWeight, @Nullable Boolean priceFixed,
            @Nullable List<FactorForm> factors, @Nullable List<String> tieBreaks, @Nullable BigDecimal bidBond) {

        static final String HIGHER_FACTOR = AwardCriteria.TieBreak.Rule.HIGHER_FACTOR.name() + ":";

        boolean isBlank() {
            return (title == null || title.isBlank()) && budget == null;
        }

        Lot lot(int number) {
            // A row the browser did not send binds as null: it is an empty row.
            List<FactorForm> rows = factors == null ? List.of()
                    : factors.stream().map(f -> f == null ? FactorForm.EMPTY : f).toList();
            List<FactorForm> kept = rows.stream().filter(f -> !f.isBlank()).toList();
            List<AwardCriteria.TieBreak> stated = tieBreaks == null ? List.of() : tieBreaks.stream()
                    .filter(t -> t != null && !t.isBlank()).map(t -> tieBreak(t, rows)).toList();
            AwardCriteria criteria = Boolean.TRUE.equals(lowestPrice) ? new AwardCriteria.LowestPrice(stated)
                    : new AwardCriteria.ComprehensiveScoring(priceWeight == null ? BigDecimal.ZERO : priceWeight,
                            Boolean.TRUE.equals(priceFixed), kept.stream().map(FactorForm::factor).toList(), stated);
            return new Lot(number, title == null ? "" : title, description, new Money(budget == null ? BigDecimal.ZERO : budget),
                    criteria, bidBond == null ? null : new Money(bidBond));
        }

        /** A tie break naming a factor row becomes one naming the factor's number once empty rows are left out. */
        private static AwardCriteria.TieBreak tieBreak(String value, List<FactorForm> rows) {
            if (value.equals(AwardCriteria.TieBreak.Rule.EARLIER_RECEIPT.name())) {
                return AwardCriteria.TieBreak.earlierReceipt();
            }
            Integer factor = null;
            if (value.startsWith(HIGHER_FACTOR) && value.substring(HIGHER_FACTOR.length()).matches("[1-9][0-9]?")) {
                int row = Integer.parseInt(value.substring(HIGHER_FACTOR.length())) - 1;
                if (row < rows.size() && !rows.get(row).isBlank()) {
                    factor = (int) rows.subList(0, row + 1).stream().filter(f -> !f.isBlank()).count();
                }
            }
            return new AwardCriteria.TieBreak(AwardCriteria.TieBreak.Rule.HIGHER_FACTOR, factor);
        }

        /** The lot as saved, with empty factor rows up to {@link #FACTOR_ROWS} and tie-break choices up to {@link #TIE_BREAK_ROWS}. */
        static LotForm of(@Nullable Lot lot) {
            List<FactorForm> factors = new ArrayList<>();
            if (lot == null) {
                return new LotForm(null, null, null, false, null, false, padded(factors), tieBreakRows(List.of()), null);
            }
            List<String> tieBreaks = tieBreakRows(lot.criteria().tieBreaks());
            BigDecimal bidBond = lot.bidBond() == null ? null : lot.bidBond().amount();
            if (lot.criteria() instanceof AwardCriteria.ComprehensiveScoring scoring) {
                scoring.factors().forEach(f -> factors.add(new FactorForm(f.name(), f.weight(), f.guidance(),
                        f.kind() == AwardCriteria.Factor.Kind.PAST_PERFORMANCE)));
                return new LotForm(lot.title(), lot.description(), lot.budget().amount(), false, scoring.priceWeight(),
                        scoring.priceFixed(), padded(factors), tieBreaks, bidBond);
            }
            return new LotForm(lot.title(), lot.description(), lot.budget().amount(), true, null, false, padded(factors),
                    tieBreaks, bidBond);
        }

        private static List<String> tieBreakRows(List<AwardCriteria.TieBreak> stated) {
            List<String> rows = new ArrayList<>(stated.stream()
                    .map(t -> t.factor() == null ? t.rule().name() : HIGHER_FACTOR + t.factor()).toList());
            while (rows.size() < TIE_BREAK_ROWS) {
                rows.add("");
            }
            return rows;
        }

        private static List<FactorForm> padded(List<FactorForm> factors) {
            while (factors.size() < FACTOR_ROWS) {
                factors.add(FactorForm.EMPTY);
            }
            return factors;
        }
    }

    record LotsForm(int version, @Nullable List<LotForm> lots) {
    }

    /** Factor rows offered under each lot, and empty lot rows under the saved ones: the page needs no script. */
    static final int FACTOR_ROWS = 4;
    static final int TIE_BREAK_ROWS = 2;
    static final int EMPTY_LOT_ROWS = 2;

    private final ProcedureDrafts drafts;
    private final Publication publication;
    private final Registry registry;
    private final WorkingDays workingDays;
    private final FormOutcome outcome;
    private final TenderingPages tendering;
    private final ProcedureEndings endings;

    ProcedurePages(ProcedureDrafts drafts, Publication publication, Registry registry, WorkingDays workingDays,
            FormOutcome outcome, TenderingPages tendering, ProcedureEndings endings) {
        this.tendering = tendering;
        this.drafts = drafts;
        this.publication = publication;
        this.registry = registry;
        this.workingDays = workingDays;
        this.outcome = outcome;
        this.endings = endings;
    }

    @GetMapping("/procedures")
    String procedures(Model model) {
        Actor actor = actor();
        model.addAttribute("procedures", drafts.procedures(actor));
        model.addAttribute("organizations", organizationNames());
        return "procurement/procedures";
    }

    @GetMapping("/procedures/new")
    String newDraft(@RequestParam(required = false) @Nullable UUID request, Model model) {
        return newDraftForm(new DescriptionForm(request, null, null, Method.COMPETITIVE_CONSULTATION, null, null, null, 0),
                model);
    }

    private String newDraftForm(DescriptionForm form, Model model) {
        Actor actor = actor();
        // After a refused post the form is already in the model with its errors, which replacing it would drop.
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("requests", drafts.draftable(actor));
        model.addAttribute("agencies", registry.organizations().stream()
                .filter(o -> o.kind() == OrganizationKind.PROCUREMENT_AGENCY).toList());
        addChoices(model);
        return "procurement/new";
    }

    @PostMapping("/procedures/new")
    String create(@ModelAttribute("form") DescriptionForm form, BindingResult binding, Model model) {
        if (form.request() == null) {
            binding.rejectValue("request", "procurement.request.unknown");
            return newDraftForm(form, model);
        }
        try {
            ProcedureId id = drafts.create(actor(), new PurchaseRequestId(form.request()), form.toDescription());
            return "redirect:/procedures/" + id.value();
        } catch (RuleViolation refused) {
            FormErrors.reject(binding, refused);
        } catch (RuleViolations refused) {
            refused.violations().forEach(v -> FormErrors.reject(binding, v));
        }
        return newDraftForm(form, model);
    }

    /** The purchaser entrusts a request to an agency, which then drafts the procedure. */
    @PostMapping("/procedures/delegations")
    String delegate(@RequestParam UUID request, @RequestParam UUID agency, @RequestParam String agreement, Locale locale,
            RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.page.delegated",
                () -> drafts.delegate(actor(), new PurchaseRequestId(request), new OrganizationId(agency), agreement));
        return "redirect:/procedures/new";
    }

    @GetMapping("/procedures/{id}")
    String draft(@PathVariable UUID id, Model model) {
        Actor actor = actor();
        ProcedureDrafts.Draft draft = drafts.draft(actor, new ProcedureId(id));
        Procedure procedure = draft.procedure();
        List<LotForm> lots = new ArrayList<>(draft.lots().stream().map(LotForm::of).toList());
        for (int empty = 0; empty < EMPTY_LOT_ROWS; empty++) {
            lots.add(LotForm.of(null));
        }
        model.addAttribute("draft", draft);
        model.addAttribute("procedure", procedure);
        model.addAttribute("form", DescriptionForm.of(procedure));
        model.addAttribute("lotsForm", new LotsForm(procedure.version(), lots));
        boolean editable = procedure.state() == Procedure.State.DRAFT && procedure.isRunBy(actor.organizationId())
                && actor.can("procurement:procedure:draft");
        model.addAttribute("editable", editable);
        model.addAttribute("mayPublish", editable && draft.blockers().isEmpty() && actor.can("procurement:procedure:publish"));
        model.addAttribute("mayApprove", actor.can("procurement:method:approve")
                && procedure.approval().status() == Procedure.Approval.Status.REQUESTED);
        model.addAttribute("organizations", organizationNames());
        model.addAttribute("ending", endings.view(actor, procedure.id()));
        model.addAttribute("zone", workingDays.zone());
        model.addAttribute("custodianIds", draft.custodians().stream().map(Custodian::userId).collect(Collectors.toSet()));
        Map<String, String> localTimes = new java.util.HashMap<>();
        Timetable dates = procedure.timetable();
        java.util.function.BiConsumer<String, java.time.@Nullable Instant> local = (name, at) -> {
            if (at != null) {
                localTimes.put(name, at.atZone(workingDays.zone()).toLocalDateTime().toString());
            }
        };
        local.accept("deadline", dates.deadline());
        local.accept("openingFrom", dates.openingFrom());
        local.accept("openingUntil", dates.openingUntil());
        model.addAttribute("localTimes", localTimes);
        if (actor.can("procurement:procedure:draft")) {
            model.addAttribute("officials", drafts.officials(actor));
        }
        tendering.addTo(model, actor, procedure);
        addChoices(model);
        return "procurement/procedure";
    }

    @PostMapping("/procedures/{id}/description")
    String describe(@PathVariable UUID id, @ModelAttribute DescriptionForm form, Locale locale, RedirectAttributes redirect) {
        return done(id, redirect, locale, () -> drafts.describe(actor(), new ProcedureId(id), form.version(), form.toDescription()));
    }

    @PostMapping("/procedures/{id}/lots")
    String lots(@PathVariable UUID id, @ModelAttribute LotsForm form, Locale locale, RedirectAttributes redirect) {
        List<LotForm> filled = form.lots() == null ? List.of() : form.lots().stream().filter(lot -> lot != null && !lot.isBlank()).toList();
        List<Lot> lots = new ArrayList<>();
        for (int i = 0; i < filled.size(); i++) {
            lots.add(filled.get(i).lot(i + 1));
        }
        return done(id, redirect, locale, () -> drafts.divide(actor(), new ProcedureId(id), form.version(), lots));
    }

    @PostMapping("/procedures/{id}/timetable")
    String timetable(@PathVariable UUID id, @RequestParam int version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate noticeOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate documentsUntil,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime deadline,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime openingFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime openingUntil,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate prequalificationOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate prequalificationUntil,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate publicityFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate publicityUntil,
            Locale locale, RedirectAttributes redirect) {
        Function<@Nullable LocalDateTime, java.time.@Nullable Instant> instant = at -> at == null ? null
                : at.atZone(workingDays.zone()).toInstant();
        Timetable dates = new Timetable(noticeOn, documentsUntil, instant.apply(deadline), instant.apply(openingFrom),
                instant.apply(openingUntil), prequalificationOn, prequalificationUntil, publicityFrom, publicityUntil);
        return done(id, redirect, locale, () -> drafts.schedule(actor(), new ProcedureId(id), version, dates));
    }

    @PostMapping("/procedures/{id}/custodians")
    String custodians(@PathVariable UUID id, @RequestParam int version, @RequestParam int needed,
            @RequestParam(name = "official", required = false) @Nullable List<UUID> officials, Locale locale,
            RedirectAttributes redirect) {
        return done(id, redirect, locale, () -> drafts.nameCustodians(actor(), new ProcedureId(id), version, needed,
                officials == null ? List.of() : officials));
    }

    @PostMapping("/procedures/{id}/documents")
    String document(@PathVariable UUID id, @RequestParam TenderDocument.Kind kind, @RequestParam("file") MultipartFile file,
            Locale locale, RedirectAttributes redirect) {
        return done(id, redirect, locale, () -> {
            try (InputStream content = file.getInputStream()) {
                drafts.attach(actor(), new ProcedureId(id), kind, content,
                        file.getOriginalFilename() == null ? "document" : file.getOriginalFilename());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @PostMapping("/procedures/{id}/intention-acknowledgement")
    String acknowledge(@PathVariable UUID id, @RequestParam int version, Locale locale, RedirectAttributes redirect) {
        return done(id, redirect, locale, () -> drafts.acknowledgeIntentionWarning(actor(), new ProcedureId(id), version));
    }

    @PostMapping("/procedures/{id}/approval-request")
    String requestApproval(@PathVariable UUID id, @RequestParam int version, @RequestParam String reason, Locale locale,
            RedirectAttributes redirect) {
        return done(id, redirect, locale, () -> drafts.requestApproval(actor(), new ProcedureId(id), version, reason));
    }

    @PostMapping("/procedures/{id}/approval-decision")
    String decide(@PathVariable UUID id, @RequestParam int version, @RequestParam boolean approve, @RequestParam String reason,
            Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.page.decided",
                () -> drafts.decideApproval(actor(), new ProcedureId(id), version, approve, reason));
        return "redirect:/procedures/approvals";
    }

    /** Invitational tender: the suppliers that passed pre-qualification, and how many of them to invite. */
    @PostMapping("/procedures/{id}/invitation-draw")
    String draw(@PathVariable UUID id, @RequestParam int version, @RequestParam int count,
            @RequestParam(name = "qualified", required = false) @Nullable List<UUID> qualified, Locale locale,
            RedirectAttributes redirect) {
        return done(id, redirect, locale, () -> drafts.drawInvitees(actor(), new ProcedureId(id), version,
                qualified == null ? List.of() : qualified.stream().map(OrganizationId::new).toList(), count));
    }

    @PostMapping("/procedures/{id}/publication")
    String publish(@PathVariable UUID id, @RequestParam int version, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.page.published",
                () -> publication.publish(actor(), new ProcedureId(id), version));
        return "redirect:/procedures/" + id;
    }

    @PostMapping("/procedures/{id}/abandonment")
    String abandon(@PathVariable UUID id, @RequestParam int version, Locale locale, RedirectAttributes redirect) {
        return done(id, redirect, locale, () -> drafts.abandon(actor(), new ProcedureId(id), version));
    }

    @GetMapping("/procedures/approvals")
    String approvals(Model model) {
        Actor actor = actor();
        model.addAttribute("procedures", drafts.awaitingApproval(actor).stream()
                .map(p -> drafts.draft(actor, p.id())).toList());
        model.addAttribute("organizations", organizationNames());
        return "procurement/approvals";
    }

    private String done(UUID id, RedirectAttributes redirect, Locale locale, Runnable change) {
        outcome.flash(redirect, locale, "procurement.page.saved", change);
        return "redirect:/procedures/" + id;
    }

    private void addChoices(Model model) {
        model.addAttribute("methods", List.of(Method.PUBLIC_TENDER, Method.INVITATIONAL_TENDER, Method.COMPETITIVE_NEGOTIATION,
                Method.COMPETITIVE_CONSULTATION, Method.SINGLE_SOURCE, Method.SMALL_PURCHASE, Method.INQUIRY));
        model.addAttribute("justifications", Method.Justification.values());
        model.addAttribute("documentKinds", TenderDocument.Kind.values());
        model.addAttribute("suppliers", registry.verified().stream().filter(o -> o.kind().maySupply()).toList());
    }

    private Map<UUID, Organization> organizationNames() {
        return registry.organizations().stream().collect(Collectors.toMap(o -> o.id().value(), o -> o));
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.procedure.read", "procedure", null));
    }
}
