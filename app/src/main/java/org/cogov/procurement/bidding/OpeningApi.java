package org.cogov.procurement.bidding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * The opening over the API: a custodian presents its share (its passphrase opens it in this request);
 * anyone reads where the opening stands and, once opened, its record.
 */
@RestController
class OpeningApi {

    record PresentedShare(@NotNull @Size(max = 200) String passphrase) {
    }

    record NewObjection(@NotNull Integer lot, @NotNull @Size(max = Opening.MAX_TEXT) String text) {
    }

    record ObjectionAnswer(@NotNull @Size(max = Opening.MAX_TEXT) String answer) {
    }

    record OpeningRecordView(UUID procedure, OpeningRecord.RecordState state, int needed, List<OpeningRecord.Presented> presented,
            List<OpenedLotView> lots) {

        static OpeningRecordView of(OpeningRecord r) {
            return new OpeningRecordView(r.procedure().value(), r.state(), r.needed(), r.presented(),
                    r.lots().stream().map(OpenedLotView::of).toList());
        }
    }

    record OpenedLotView(int lot, OpeningRecord.LotOutcome outcome, int standing, int needed, @Nullable String reason, Instant decidedAt,
            List<OpenedBidView> bids, List<OpeningRecord.OpeningObjection> objections) {

        static OpenedLotView of(OpeningRecord.Lot l) {
            return new OpenedLotView(l.lot(), l.outcome(), l.standing(), l.needed(), l.reason(), l.decidedAt(),
                    l.bids().stream().map(b -> new OpenedBidView(b.bidder(), b.bidderZh(), b.bidderEn(), b.version(), b.receivedAt(),
                            b.sealedBy(), b.envelopeSha256(), b.outcome(), b.reason(), b.price(), b.currency())).toList(),
                    l.objections());
        }
    }

    record OpenedBidView(UUID bidder, String bidderZh, String bidderEn, int version, Instant receivedAt, SealedBid.SealedBy sealedBy,
            String envelopeSha256, OpeningRecord.BidOutcome outcome, @Nullable String reason, @Nullable BigDecimal price,
            @Nullable String currency) {
    }

    private final Opening opening;

    OpeningApi(Opening opening) {
        this.opening = opening;
    }

    @PostMapping("/api/v1/procedures/{id}/opening/shares")
    OpeningRecordView present(@PathVariable UUID id, @Valid @RequestBody PresentedShare passphrase) {
        return OpeningRecordView.of(opening.present(actor(id), new ProcedureId(id), passphrase.passphrase().toCharArray()));
    }

    @PostMapping("/api/v1/procedures/{id}/opening/objections")
    OpeningRecordView object(@PathVariable UUID id, @Valid @RequestBody NewObjection objection) {
        return OpeningRecordView.of(opening.object(actor(id), new ProcedureId(id), objection.lot(), objection.text()));
    }

    @PostMapping("/api/v1/opening-objections/{id}/answer")
    OpeningRecordView answer(@PathVariable UUID id, @Valid @RequestBody ObjectionAnswer answer) {
        return OpeningRecordView.of(opening.answer(actor(id), id, answer.answer()));
    }

    @GetMapping("/api/v1/public/procedures/{id}/opening")
    OpeningRecordView record(@PathVariable UUID id) {
        return OpeningRecordView.of(opening.record(new ProcedureId(id)));
    }

    private static Actor actor(UUID id) {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.opening", "procedure", id));
    }
}
