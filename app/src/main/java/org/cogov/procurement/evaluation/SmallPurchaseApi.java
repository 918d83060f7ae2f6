package org.cogov.procurement.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cogov.procurement.ProcedureId;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The small-purchase path over the API: a lot's quotations recorded and compared, and the supplier chosen. */
@RestController
@RequestMapping("/api/v1/procedures/{id}/lots/{lot}/small-purchase")
class SmallPurchaseApi {

    record WrittenQuotation(@NotNull UUID supplier, @NotNull BigDecimal price, @NotNull LocalDate receivedOn,
            @Nullable @Size(max = SmallPurchases.MAX_TEXT) String note) {
    }

    record SupplierChoice(@NotNull UUID supplier, @NotNull @Size(max = SmallPurchases.MAX_TEXT) String reason,
            @Nullable @Size(max = SmallPurchases.MAX_TEXT) String fewerReason) {
    }

    private final SmallPurchases smallPurchases;

    SmallPurchaseApi(SmallPurchases smallPurchases) {
        this.smallPurchases = smallPurchases;
    }

    @GetMapping
    SmallPurchases.Comparison read(@PathVariable UUID id, @PathVariable int lot) {
        return smallPurchases.comparison(actor(id), new ProcedureId(id), lot);
    }

    @PostMapping("/quotations")
    SmallPurchases.Comparison quote(@PathVariable UUID id, @PathVariable int lot, @Valid @RequestBody WrittenQuotation quotation) {
        return smallPurchases.quote(actor(id), new ProcedureId(id), lot, quotation.supplier(), quotation.price(),
                quotation.receivedOn(), quotation.note());
    }

    @PostMapping("/choice")
    SmallPurchases.Comparison choose(@PathVariable UUID id, @PathVariable int lot, @Valid @RequestBody SupplierChoice choice) {
        return smallPurchases.choose(actor(id), new ProcedureId(id), lot, choice.supplier(), choice.reason(), choice.fewerReason());
    }

    private static Actor actor(UUID id) {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.small-purchase", "procedure", id));
    }
}
