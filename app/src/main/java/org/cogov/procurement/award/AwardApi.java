package org.cogov.procurement.award;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cogov.procurement.ProcedureId;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A procedure's awards over the API: the lots' candidates and decisions, the purchaser's confirmation, a bidder's own award. */
@RestController
@RequestMapping("/api/v1/procedures/{id}")
class AwardApi {

    /** @param passOverReason why every candidate ranked before the bidder is passed over; needed only then */
    record AwardConfirmation(@NotNull UUID bidder, @Nullable @Size(max = Awards.REASON_MAX) String passOverReason) {
    }

    private final Awards awards;

    AwardApi(Awards awards) {
        this.awards = awards;
    }

    @GetMapping("/awards")
    List<LotAward> read(@PathVariable UUID id) {
        return awards.of(actor(id), new ProcedureId(id));
    }

    @PostMapping("/lots/{lot}/award")
    LotAward confirm(@PathVariable UUID id, @PathVariable int lot, @Valid @RequestBody AwardConfirmation confirmation) {
        return awards.confirm(actor(id), new ProcedureId(id), lot, confirmation.bidder(), confirmation.passOverReason());
    }

    /** The caller's organization's place and, once decided, its award letter, in the request's language. */
    @GetMapping("/awards/mine")
    List<Awards.OwnAward> mine(@PathVariable UUID id) {
        Locale locale = LocaleContextHolder.getLocale();
        return awards.mine(actor(id), new ProcedureId(id), locale);
    }

    private static Actor actor(UUID id) {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.award", "procedure", id));
    }
}
