package org.cogov.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cogov.shared.Actor;
import org.cogov.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A department's procurement intentions over the API: drafts, publication, withdrawal. The public reads
 * the published ones at {@code /api/v1/public/intentions}.
 */
@RestController
@RequestMapping("/api/v1/intentions")
class IntentionApi {

    static final String MONTH = "[0-9]{4}-(0[1-9]|1[0-2])";

    record IntentionView(UUID id, UUID department, String title, String catalogueCode, BigDecimal estimatedAmount,
            String expectedMonth, @Nullable String description, Intention.Status status, @Nullable Instant publishedAt,
            @Nullable Instant withdrawnAt, @Nullable String withdrawReason, int version) {

        static IntentionView of(Intention i) {
            return new IntentionView(i.id().value(), i.department().value(), i.title(), i.catalogueCode(),
                    i.estimatedAmount().amount(), i.expectedMonth().toString(), i.description(), i.status(), i.publishedAt(),
                    i.withdrawnAt(), i.withdrawReason(), i.version());
        }
    }

    /** An intention as written: the expected month as {@code yyyy-mm}. */
    record DraftBody(@NotNull @Size(max = 200) String title, @NotNull @Size(max = 8) String catalogueCode,
            @NotNull @Digits(integer = 16, fraction = 2) BigDecimal estimatedAmount,
            @NotNull @Size(max = 7) @Pattern(regexp = MONTH) String expectedMonth,
            @Nullable @Size(max = 4000) String description) {

        Intentions.Draft draft() {
            return new Intentions.Draft(title, catalogueCode, new Money(estimatedAmount), YearMonth.parse(expectedMonth),
                    description);
        }
    }

    record Revision(@NotNull @Size(max = 200) String title, @NotNull @Size(max = 8) String catalogueCode,
            @NotNull @Digits(integer = 16, fraction = 2) BigDecimal estimatedAmount,
            @NotNull @Size(max = 7) @Pattern(regexp = MONTH) String expectedMonth,
            @Nullable @Size(max = 4000) String description, @NotNull Integer version) {
    }

    record Publication(@NotNull Integer version) {
    }

    record Withdrawal(@NotNull Integer version, @NotBlank @Size(max = 500) String reason) {
    }

    private final Intentions intentions;

    IntentionApi(Intentions intentions) {
        this.intentions = intentions;
    }

    /** The caller's department's intentions, drafts too, or every department's for the finance bureau and auditors. */
    @GetMapping
    List<IntentionView> list(@AuthenticationPrincipal Actor me) {
        return intentions.intentions(me).stream().map(IntentionView::of).toList();
    }

    @GetMapping("/{id}")
    IntentionView one(@AuthenticationPrincipal Actor me, @PathVariable UUID id) {
        return IntentionView.of(intentions.intention(me, new IntentionId(id)));
    }

    /** Writes a draft; nobody outside the department sees it until it is published. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IntentionView draft(@AuthenticationPrincipal Actor me, @Valid @RequestBody DraftBody draft) {
        return IntentionView.of(intentions.intention(me, intentions.draft(me, draft.draft())));
    }

    @PutMapping("/{id}")
    IntentionView revise(@AuthenticationPrincipal Actor me, @PathVariable UUID id, @Valid @RequestBody Revision revision) {
        intentions.revise(me, new IntentionId(id), revision.version(), new DraftBody(revision.title(),
                revision.catalogueCode(), revision.estimatedAmount(), revision.expectedMonth(), revision.description()).draft());
        return IntentionView.of(intentions.intention(me, new IntentionId(id)));
    }

    /** Publishes the draft as it stands: from now on it never changes. */
    @PostMapping("/{id}/publication")
    IntentionView publish(@AuthenticationPrincipal Actor me, @PathVariable UUID id, @Valid @RequestBody Publication publication) {
        intentions.publish(me, new IntentionId(id), publication.version());
        return IntentionView.of(intentions.intention(me, new IntentionId(id)));
    }

    @PostMapping("/{id}/withdrawal")
    IntentionView withdraw(@AuthenticationPrincipal Actor me, @PathVariable UUID id, @Valid @RequestBody Withdrawal withdrawal) {
        intentions.withdraw(me, new IntentionId(id), withdrawal.version(), withdrawal.reason());
        return IntentionView.of(intentions.intention(me, new IntentionId(id)));
    }
}
