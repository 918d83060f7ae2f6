package org.cogov.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cogov.catalogue.Reason;
import org.cogov.catalogue.SubjectKind;
import org.cogov.shared.Actor;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Purchase requests over the API. A submitted request is accepted, with its estimate committed on the
 * budget line, or refused with every reason (422, one entry per field); blank texts are the rules'
 * to refuse, so that they come back with the other reasons.
 */
@RestController
@RequestMapping("/api/v1/purchase-requests")
class PurchaseRequestApi {

    record RequestView(UUID id, UUID department, UUID budgetLine, String catalogueCode, String title,
            @Nullable String description, BigDecimal estimatedAmount, LocalDate termStart, LocalDate termEnd,
            @Nullable String stableServiceReason, String beneficiaries, PurchaseRequest.Status status, Instant createdAt,
            @Nullable String cancelReason, int version) {

        static RequestView of(PurchaseRequest r) {
            return new RequestView(r.id().value(), r.department().value(), r.budgetLine().value(), r.catalogueCode(),
                    r.title(), r.description(), r.estimatedAmount().amount(), r.term().start(), r.term().end(),
                    r.stableServiceReason(), r.beneficiaries(), r.status(), r.createdAt(), r.cancelReason(), r.version());
        }
    }

    /** The negative-list questions are answered explicitly: a refusal must not hang on how a description is worded. */
    record NewRequest(@NotNull UUID budgetLine, @Nullable @Size(max = 8) String catalogueCode,
            @NotNull @Size(max = 200) String title, @Nullable @Size(max = 4000) String description,
            @NotNull @Digits(integer = 16, fraction = 2) BigDecimal estimatedAmount, @NotNull LocalDate termStart,
            @NotNull LocalDate termEnd, @Nullable @Size(max = 1000) String stableServiceReason,
            @NotNull @Size(max = 1000) String beneficiaries, @NotNull SubjectKind subjectKind, @NotNull Boolean outsideDuties,
            @NotNull Boolean coreFunction, @NotNull Boolean financing, @NotNull Boolean forOwnStaff) {
    }

    /** What the catalogue check asks the purchaser to look at again, in the caller's language. */
    record Warning(String code, String message, @Nullable Integer negativeItem) {
    }

    record Submitted(UUID id, List<Warning> warnings) {
    }

    record Cancellation(@NotNull Integer version, @NotBlank @Size(max = 500) String reason) {
    }

    private final PurchaseRequests requests;
    private final MessageSource messages;

    PurchaseRequestApi(PurchaseRequests requests, MessageSource messages) {
        this.requests = requests;
        this.messages = messages;
    }

    @GetMapping
    List<RequestView> list(@AuthenticationPrincipal Actor me) {
        return requests.requests(me).stream().map(RequestView::of).toList();
    }

    @GetMapping("/{id}")
    RequestView one(@AuthenticationPrincipal Actor me, @PathVariable UUID id) {
        return RequestView.of(requests.request(me, new PurchaseRequestId(id)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Submitted submit(@AuthenticationPrincipal Actor me, @Valid @RequestBody NewRequest request, Locale locale) {
        PurchaseRequests.Accepted accepted = requests.submit(me, new PurchaseRequests.NewRequest(
                new BudgetLineId(request.budgetLine()), request.catalogueCode(), request.title(), request.description(),
                new Money(request.estimatedAmount()), new ContractTerm(request.termStart(), request.termEnd()),
                request.stableServiceReason(), request.beneficiaries(), request.subjectKind(), request.outsideDuties(),
                request.coreFunction(), request.financing(), request.forOwnStaff()));
        return new Submitted(accepted.id().value(), warnings(accepted.warnings(), messages, locale));
    }

    /** Withdraws an accepted request that no procedure uses; its money goes back to the budget line. */
    @PostMapping("/{id}/cancellation")
    RequestView cancel(@AuthenticationPrincipal Actor me, @PathVariable UUID id, @Valid @RequestBody Cancellation cancellation) {
        requests.cancel(me, new PurchaseRequestId(id), cancellation.version(), cancellation.reason());
        return RequestView.of(requests.request(me, new PurchaseRequestId(id)));
    }

    static List<Warning> warnings(List<Reason> reasons, MessageSource messages, Locale locale) {
        return reasons.stream().map(reason -> {
            RuleViolation shown = PurchaseRequests.violation(reason);
            return new Warning(reason.key(), messages.getMessage(shown.messageKey(), shown.arguments(), shown.messageKey(),
                    locale), reason.negativeItemNumber());
        }).toList();
    }
}
