package org.cogov.procurement;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cogov.identity.Officials;
import org.cogov.planning.PurchaseRequestId;
import org.cogov.registry.OrganizationId;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Drafting procedures over the API: the same service, the same checks and refusals as the pages. */
@RestController
@RequestMapping("/api/v1")
class ProcedureApi {

    record Created(UUID id) {
    }

    record NewProcedure(@NotNull UUID request, @NotBlank @Size(max = 200) String title, @Nullable @Size(max = 4000) String description,
            @NotNull Method method, Method.@Nullable Justification justification,
            @Nullable @Size(max = 2000) String justificationText, @Nullable UUID singleSourceSupplier) {
    }

    record DescriptionChange(@NotNull Integer version, @NotBlank @Size(max = 200) String title,
            @Nullable @Size(max = 4000) String description, @NotNull Method method, Method.@Nullable Justification justification,
            @Nullable @Size(max = 2000) String justificationText, @Nullable UUID singleSourceSupplier) {
    }

    record FactorRecord(@NotBlank @Size(max = 200) String name, @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal weight,
            @NotBlank @Size(max = 2000) String guidance, AwardCriteria.Factor.@Nullable Kind kind) {
    }

    /** A tie rule of the documents: {@code factor} is the factor's number in the lot's list, for HIGHER_FACTOR. */
    record TieBreakRecord(@NotNull AwardCriteria.TieBreak.Rule rule, @Nullable @Min(1) @Max(20) Integer factor) {
    }

    enum AwardMethod { COMPREHENSIVE_SCORING, LOWEST_PRICE }

    /** A lot; {@code bidBond} is the bid bond each bidder lodges, none (the default) when the lot waives it. */
    record LotRecord(@NotNull @Min(1) @Max(99) Integer number, @NotBlank @Size(max = 200) String title,
            @Nullable @Size(max = 4000) String description,
            @NotNull @DecimalMin("0.01") @DecimalMax("9999999999999999.99") BigDecimal budget, @NotNull AwardMethod awardMethod,
            @Nullable @DecimalMin("0") @DecimalMax("100") BigDecimal priceWeight, @Nullable Boolean priceFixed,
            @Nullable @Size(max = 20) List<@Valid FactorRecord> factors,
            @Nullable @Size(max = AwardCriteria.MAX_TIE_BREAKS) List<@Valid TieBreakRecord> tieBreaks,
            @Nullable @DecimalMin("0.01") @DecimalMax("9999999999999999.99") BigDecimal bidBond) {

        Lot lot() {
            List<AwardCriteria.TieBreak> stated = tieBreaks == null ? List.of()
                    : tieBreaks.stream().map(t -> new AwardCriteria.TieBreak(t.rule(), t.factor())).toList();
            AwardCriteria criteria = awardMethod == AwardMethod.LOWEST_PRICE ? new AwardCriteria.LowestPrice(stated)
                    : new AwardCriteria.ComprehensiveScoring(priceWeight == null ? BigDecimal.ZERO : priceWeight,
                            Boolean.TRUE.equals(priceFixed), factors == null ? List.of() : factors.stream()
                                    .map(f -> new AwardCriteria.Factor(f.name(), f.weight(), f.guidance(),
                                            f.kind() == null ? AwardCriteria.Factor.Kind.GENERAL : f.kind()))
                                    .toList(), stated);
            return new Lot(number, title, description, new Money(budget), criteria, bidBond == null ? null : new Money(bidBond));
        }
    }

    record Lots(@NotNull Integer version, @NotNull @Size(max = 50) List<@Valid LotRecord> lots) {
    }

    record Dates(@NotNull Integer version, @Nullable LocalDate noticeOn, @Nullable LocalDate documentsUntil,
            @Nullable OffsetDateTime deadline, @Nullable OffsetDateTime openingFrom, @Nullable OffsetDateTime openingUntil,
            @Nullable LocalDate prequalificationOn, @Nullable LocalDate prequalificationUntil, @Nullable LocalDate publicityFrom,
            @Nullable LocalDate publicityUntil) {

        Timetable timetable() {
            return new Timetable(noticeOn, documentsUntil, instant(deadline), instant(openingFrom), instant(openingUntil),
                    prequalificationOn, prequalificationUntil, publicityFrom, publicityUntil);
        }

        private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
            return at == null ? null : at.toInstant();
        }
    }

    record CustodianList(@NotNull Integer version, @NotNull @Min(2) @Max(15) Integer needed,
            @NotNull @Size(max = 15) List<@NotNull UUID> officials) {
    }

    record Version(@NotNull Integer version) {
    }

    record Reasoned(@NotNull Integer version, @NotBlank @Size(max = 2000) String reason) {
    }

    record Decision(@NotNull Integer version, @NotNull Boolean approve, @NotBlank @Size(max = 2000) String reason) {
    }

    record Draw(@NotNull Integer version, @NotNull @Size(max = 200) List<@NotNull UUID> qualified, @NotNull @Min(1) @Max(50) Integer count) {
    }

    record NewDelegation(@NotNull UUID request, @NotNull UUID agency, @NotBlank @Size(max = 200) String agreement) {
    }

    record Problem(String field, String reason) {
    }

    record Summary(UUID id, String reference, String title, Method method, Procedure.State state, UUID purchaser,
            @Nullable UUID agency, Procedure.Approval.Status approval) {

        static Summary of(Procedure p) {
            return new Summary(p.id().value(), p.reference(), p.title(), p.method(), p.state(), p.purchaser().value(),
                    p.agency() == null ? null : p.agency().value(), p.approval().status());
        }
    }

    record DraftView(Procedure procedure, UUID request, BigDecimal requestEstimate, BigDecimal estimate, List<Lot> lots,
            List<Custodian> custodians, List<TenderDocument> documents, @Nullable InvitationDraw invitationDraw,
            boolean intentionWarning, boolean needsApproval, List<Problem> blockers) {
    }

    record DrawView(String seed, List<UUID> candidates, List<UUID> invited) {
    }

    record Attached(TenderDocument.Kind kind, int version) {
    }

    record Published(UUID id, String number, Notice.Kind kind, String sha256) {
    }

    private final ProcedureDrafts drafts;
    private final Publication publication;
    private final MessageSource messages;

    ProcedureApi(ProcedureDrafts drafts, Publication publication, MessageSource messages) {
        this.drafts = drafts;
        this.publication = publication;
        this.messages = messages;
    }

    @GetMapping("/procedures")
    List<Summary> procedures() {
        return drafts.procedures(actor()).stream().map(Summary::of).toList();
    }

    /** Drafts whose method waits for the finance bureau's approval. */
    @GetMapping("/procedures/approvals")
    List<Summary> approvals() {
        return drafts.awaitingApproval(actor()).stream().map(Summary::of).toList();
    }

    @PostMapping("/procedures")
    @ResponseStatus(HttpStatus.CREATED)
    Created create(@Valid @RequestBody NewProcedure draft) {
        return new Created(drafts.create(actor(), new PurchaseRequestId(draft.request()), new ProcedureDrafts.Description(
                draft.title(), draft.description(), draft.method(), draft.justification(), draft.justificationText(),
                organization(draft.singleSourceSupplier()))).value());
    }

    @GetMapping("/procedures/{id}")
    DraftView procedure(@PathVariable UUID id, Locale locale) {
        ProcedureDrafts.Draft draft = drafts.draft(actor(), new ProcedureId(id));
        return new DraftView(draft.procedure(), draft.request().id().value(), draft.request().estimatedAmount().amount(),
                draft.estimate().amount(), draft.lots(), draft.custodians(), draft.documents(), draft.draw().orElse(null),
                draft.intentionWarning(), draft.needsApproval(), problems(draft.blockers(), locale));
    }

    /** What still stands between the draft and its publication; empty when it may be published. */
    @GetMapping("/procedures/{id}/readiness")
    List<Problem> readiness(@PathVariable UUID id, Locale locale) {
        return problems(drafts.draft(actor(), new ProcedureId(id)).blockers(), locale);
    }

    @PutMapping("/procedures/{id}/description")
    void describe(@PathVariable UUID id, @Valid @RequestBody DescriptionChange change) {
        drafts.describe(actor(), new ProcedureId(id), change.version(), new ProcedureDrafts.Description(change.title(),
                change.description(), change.method(), change.justification(), change.justificationText(),
                organization(change.singleSourceSupplier())));
    }

    @PutMapping("/procedures/{id}/lots")
    void lots(@PathVariable UUID id, @Valid @RequestBody Lots lots) {
        drafts.divide(actor(), new ProcedureId(id), lots.version(), lots.lots().stream().map(LotRecord::lot).toList());
    }

    @PutMapping("/procedures/{id}/timetable")
    void timetable(@PathVariable UUID id, @Valid @RequestBody Dates dates) {
        drafts.schedule(actor(), new ProcedureId(id), dates.version(), dates.timetable());
    }

    @PutMapping("/procedures/{id}/custodians")
    void custodians(@PathVariable UUID id, @Valid @RequestBody CustodianList custodians) {
        drafts.nameCustodians(actor(), new ProcedureId(id), custodians.version(), custodians.needed(), custodians.officials());
    }

    /** A new version of one kind of the procedure's documents. */
    @PostMapping(path = "/procedures/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Attached document(@PathVariable UUID id, @RequestParam TenderDocument.Kind kind, @RequestPart("file") MultipartFile file)
            throws IOException {
        try (InputStream content = file.getInputStream()) {
            int version = drafts.attach(actor(), new ProcedureId(id), kind, content,
                    file.getOriginalFilename() == null ? "document" : file.getOriginalFilename());
            return new Attached(kind, version);
        }
    }

    @PostMapping("/procedures/{id}/intention-acknowledgement")
    void acknowledge(@PathVariable UUID id, @Valid @RequestBody Version version) {
        drafts.acknowledgeIntentionWarning(actor(), new ProcedureId(id), version.version());
    }

    @PostMapping("/procedures/{id}/approval-request")
    void requestApproval(@PathVariable UUID id, @Valid @RequestBody Reasoned request) {
        drafts.requestApproval(actor(), new ProcedureId(id), request.version(), request.reason());
    }

    @PostMapping("/procedures/{id}/approval-decision")
    void decide(@PathVariable UUID id, @Valid @RequestBody Decision decision) {
        drafts.decideApproval(actor(), new ProcedureId(id), decision.version(), decision.approve(), decision.reason());
    }

    @PostMapping("/procedures/{id}/invitation-draw")
    DrawView draw(@PathVariable UUID id, @Valid @RequestBody Draw draw) {
        InvitationDraw drawn = drafts.drawInvitees(actor(), new ProcedureId(id), draw.version(),
                draw.qualified().stream().map(OrganizationId::new).toList(), draw.count());
        return new DrawView(drawn.seed(), drawn.candidates().stream().map(OrganizationId::value).toList(),
                drawn.invited().stream().map(OrganizationId::value).toList());
    }

    /** Publishes the draft with its first notice; refused with every blocker while the draft is not ready. */
    @PostMapping("/procedures/{id}/publication")
    @ResponseStatus(HttpStatus.CREATED)
    Published publish(@PathVariable UUID id, @Valid @RequestBody Version version) {
        Notice notice = publication.publish(actor(), new ProcedureId(id), version.version());
        return new Published(notice.id().value(), notice.number(), notice.kind(), notice.sha256());
    }

    @PostMapping("/procedures/{id}/abandonment")
    void abandon(@PathVariable UUID id, @Valid @RequestBody Version version) {
        drafts.abandon(actor(), new ProcedureId(id), version.version());
    }

    @PostMapping("/delegations")
    @ResponseStatus(HttpStatus.CREATED)
    Created delegate(@Valid @RequestBody NewDelegation delegation) {
        return new Created(drafts.delegate(actor(), new PurchaseRequestId(delegation.request()),
                new OrganizationId(delegation.agency()), delegation.agreement()));
    }

    /** Takes a request back from its agency, before the agency drafted a procedure from it. */
    @PostMapping("/delegations/{id}/revocation")
    void revoke(@PathVariable UUID id) {
        drafts.revokeDelegation(actor(), id);
    }

    /** The rule table in force: every threshold, period and band with its legal basis. */
    @GetMapping("/procurement/rules")
    List<ProcurementRule> rules() {
        actor();
        return drafts.rulebook().all();
    }

    /** The officials who may be named custodians. */
    @GetMapping("/procurement/officials")
    List<Officials.Official> officials() {
        return drafts.officials(actor());
    }

    private List<Problem> problems(List<RuleViolation> violations, Locale locale) {
        return violations.stream().map(v -> new Problem(v.field() == null ? "" : v.field(),
                messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(), locale))).toList();
    }

    private static @Nullable OrganizationId organization(@Nullable UUID id) {
        return id == null ? null : new OrganizationId(id);
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.procedure.read", "procedure", null));
    }
}
