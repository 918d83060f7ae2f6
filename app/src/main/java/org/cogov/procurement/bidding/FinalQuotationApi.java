package org.cogov.procurement.bidding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cogov.procurement.ProcedureId;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Final quotations over the API: a supplier submits its own (as JSON, sealed on arrival, or as an envelope sealed on
 * its machine at the version {@code nextVersion} gives) and reads its receipts; a custodian presents its share again
 * after the due time; anyone who may see the procedure reads where the opening stands, which counts no quotation.
 */
@RestController
@RequestMapping("/api/v1/procedures/{id}/lots/{lot}/final-quotations")
class FinalQuotationApi {

    record FinalQuotationGiven(@NotNull BigDecimal price, @Nullable @Size(max = FinalQuotations.MAX_TEXT) String text) {
    }

    record FinalQuotationShare(@NotNull @Size(max = 200) String passphrase) {
    }

    /** A supplier's receipt: the version sealed, when it arrived, the envelope's hash and size. */
    record FinalQuotationReceipt(UUID id, int number, int version, Instant receivedAt, String envelopeSha256, long envelopeSize) {

        static FinalQuotationReceipt of(FinalQuotation q) {
            return new FinalQuotationReceipt(q.id(), q.number(), q.version(), q.receivedAt(), q.envelopeSha256(), q.envelopeSize());
        }
    }

    /** The supplier's own view; {@code nextVersion} is the version to seal the next one under on its own machine. */
    record MyFinalQuotations(FinalQuotations.@Nullable FinalQuotationStatus status, boolean invited, List<FinalQuotationReceipt> receipts,
            int nextVersion, FinalQuotations.@Nullable OpenedFinalQuotation opened) {
    }

    private final FinalQuotations finalQuotations;

    FinalQuotationApi(FinalQuotations finalQuotations) {
        this.finalQuotations = finalQuotations;
    }

    @PostMapping(consumes = "application/json")
    FinalQuotationReceipt submit(@PathVariable UUID id, @PathVariable int lot, @Valid @RequestBody FinalQuotationGiven given) {
        return FinalQuotationReceipt.of(finalQuotations.submit(actor(id), new ProcedureId(id), lot,
                new FinalQuotations.GivenQuotation(given.price(), given.text())));
    }

    @PostMapping(consumes = BidApi.SEALED_BID)
    FinalQuotationReceipt submitSealed(@PathVariable UUID id, @PathVariable int lot, HttpServletRequest request) {
        try (InputStream body = request.getInputStream()) {
            return FinalQuotationReceipt.of(finalQuotations.submitSealed(actor(id), new ProcedureId(id), lot, body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/mine")
    MyFinalQuotations mine(@PathVariable UUID id, @PathVariable int lot) {
        FinalQuotations.MyFinalQuotation mine = finalQuotations.mine(actor(id), new ProcedureId(id), lot);
        return new MyFinalQuotations(mine.status(), mine.invited(), mine.arrivals().stream().map(FinalQuotationReceipt::of).toList(),
                FinalQuotation.VERSIONS + mine.nextNumber(), mine.opened());
    }

    @GetMapping
    FinalQuotations.FinalQuotationStatus status(@PathVariable UUID id, @PathVariable int lot) {
        actor(id);
        return finalQuotations.status(new ProcedureId(id), lot)
                .orElseThrow(() -> RuleViolation.notFound("procurement.final-quotation.not-called", id));
    }

    @PostMapping("/shares")
    FinalQuotations.FinalQuotationStatus present(@PathVariable UUID id, @PathVariable int lot, @Valid @RequestBody FinalQuotationShare share) {
        return finalQuotations.present(actor(id), new ProcedureId(id), lot, share.passphrase().toCharArray());
    }

    private static Actor actor(UUID id) {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.final-quotation", "procedure", id));
    }
}
