package org.cogov.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
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

import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Eligibility to bid, and the facts it rests on, over the API. */
@RestController
@RequestMapping("/api/v1/organizations/{id}")
class SupplierApi {

    record ReasonView(String code, Verdict verdict, String text) {
    }

    record EligibilityView(Verdict verdict, boolean requiresJustification, List<ReasonView> reasons) {
    }

    record HostTieRecord(@NotNull UUID organ, @NotNull HostTie.Role role, @Nullable LocalDate decoupledOn) {
    }

    record CreditListRecord(@NotNull CreditListEntry.CreditList list, @NotNull LocalDate listedOn,
            @Nullable LocalDate removedOn, @NotBlank @Size(max = 500) String reason) {
    }

    record BanRecord(@NotNull LocalDate from, @NotNull @Min(1) @Max(3) Integer years, @NotBlank @Size(max = 500) String reason) {
    }

    record RatingRecord(@NotNull @Min(1) @Max(5) Integer grade, @NotNull LocalDate ratedOn) {
    }

    record RevenueShareRecord(@NotNull @Min(1990) @Max(2100) Integer year,
            @NotNull @DecimalMin("0") @DecimalMax("100")
            BigDecimal percent) {
    }

    record PositionRecord(@NotNull UUID person, @NotNull Post post, @NotNull LocalDate from, @Nullable LocalDate until) {
    }

    record Ending(@NotNull LocalDate on) {
    }

    record Removal(@NotNull LocalDate on, @NotBlank @Size(max = 500) String reason) {
    }

    record Created(UUID id) {
    }

    private final Suppliers suppliers;
    private final Registry registry;
    private final MessageSource messages;

    SupplierApi(Suppliers suppliers, Registry registry, MessageSource messages) {
        this.suppliers = suppliers;
        this.registry = registry;
        this.messages = messages;
    }

    /** May this organization bid in a procedure of {@code purchaser} on {@code date} (today if absent)? */
    @GetMapping("/eligibility")
    EligibilityView eligibility(@PathVariable UUID id, @RequestParam UUID purchaser,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            Locale locale) {
        Eligibility eligibility = suppliers.eligibility(actor(), new OrganizationId(id), new OrganizationId(purchaser),
                date == null ? registry.today() : date);
        return new EligibilityView(eligibility.verdict(), eligibility.requiresJustification(), eligibility.reasons().stream()
                .map(reason -> new ReasonView(reason.messageKey(), reason.verdict(), text(reason, locale))).toList());
    }

    @PostMapping("/host-ties")
    @ResponseStatus(HttpStatus.CREATED)
    Created hostTie(@PathVariable UUID id, @Valid @RequestBody HostTieRecord tie) {
        return new Created(suppliers.recordHostTie(actor(), new OrganizationId(id), new HostTie(new OrganizationId(tie.organ()), tie.role(),
                tie.decoupledOn())));
    }

    /** The day the association's decoupling from this host or supervising organ took effect; once. */
    @PostMapping("/host-ties/{tie}/decoupling")
    void decoupling(@PathVariable UUID id, @PathVariable UUID tie, @Valid @RequestBody Ending decoupling) {
        suppliers.decouple(actor(), new OrganizationId(id), tie, decoupling.on());
    }

    /** A person's post in this organization; the person is recorded first ({@code POST /api/v1/people}). */
    @PostMapping("/positions")
    @ResponseStatus(HttpStatus.CREATED)
    Created position(@PathVariable UUID id, @Valid @RequestBody PositionRecord position) {
        return new Created(suppliers.recordPosition(actor(), new Position(new PersonId(position.person()),
                new OrganizationId(id), position.post(), Tenure.entered(position.from(), position.until()))));
    }

    /** The last day the person held the post; once. */
    @PostMapping("/positions/{position}/end")
    void endPosition(@PathVariable UUID id, @PathVariable UUID position, @Valid @RequestBody Ending end) {
        suppliers.endPosition(actor(), new OrganizationId(id), position, end.on());
    }

    @PostMapping("/credit-list-entries")
    @ResponseStatus(HttpStatus.CREATED)
    Created creditListEntry(@PathVariable UUID id, @Valid @RequestBody CreditListRecord entry) {
        if (entry.removedOn() != null && entry.removedOn().isBefore(entry.listedOn())) {
            throw RuleViolation.refused("registry.removed-before-listed", "removedOn");
        }
        return new Created(suppliers.recordCreditListEntry(actor(), new OrganizationId(id),
                new CreditListEntry(entry.list(), entry.listedOn(), entry.removedOn()), entry.reason()));
    }

    /** The day a cured cause took the organization off the list, with the reason; once. */
    @PostMapping("/credit-list-entries/{entry}/removal")
    void removal(@PathVariable UUID id, @PathVariable UUID entry, @Valid @RequestBody Removal removal) {
        suppliers.removeFromCreditList(actor(), new OrganizationId(id), entry, removal.on(), removal.reason());
    }

    @PostMapping("/bans")
    @ResponseStatus(HttpStatus.CREATED)
    void ban(@PathVariable UUID id, @Valid @RequestBody BanRecord ban) {
        suppliers.recordBan(actor(), new OrganizationId(id), ProcurementBan.ofYears(ban.from(), ban.years()), ban.reason());
    }

    /** Ratings, organs, credit lists, bans, revenue shares; people's names only for those who may read them. */
    @GetMapping("/record")
    SupplierRecord record(@PathVariable UUID id) {
        return suppliers.record(actor(), new OrganizationId(id));
    }

    @PostMapping("/ratings")
    @ResponseStatus(HttpStatus.CREATED)
    Rating rating(@PathVariable UUID id, @Valid @RequestBody RatingRecord rating) {
        return suppliers.recordRating(actor(), new OrganizationId(id), rating.grade(), rating.ratedOn());
    }

    @PostMapping("/revenue-shares")
    @ResponseStatus(HttpStatus.CREATED)
    void revenueShare(@PathVariable UUID id, @Valid @RequestBody RevenueShareRecord share) {
        suppliers.recordRevenueShare(actor(), new OrganizationId(id), share.year(), share.percent());
    }

    /** The reason in words: organs by name, kinds and posts translated, people never named here. */
    private String text(EligibilityReason reason, Locale locale) {
        Object[] arguments = reason.arguments().stream().map(argument -> {
            if (argument instanceof OrganizationId organ) {
                return registry.organization(organ).map(o -> o.name(locale)).orElse("?");
            }
            if (argument instanceof OrganizationKind kind) {
                return messages.getMessage("organization.kind." + kind, null, kind.name(), locale);
            }
            if (argument instanceof Post post) {
                return messages.getMessage("registry.post." + post, null, post.name(), locale);
            }
            if (argument instanceof PersonId) {
                return messages.getMessage("registry.person.unnamed", null, "—", locale);
            }
            return argument;
        }).toArray();
        return messages.getMessage(reason.messageKey(), arguments, reason.messageKey(), locale);
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("registry.eligibility.read", "organization", null));
    }
}
