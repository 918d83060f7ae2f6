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

    record Passphrase(@NotNull @Size(max = 200) String passphrase) {
    }

    record Objection(@NotNull Integer lot, @NotNull @Size(max = Opening.MAX_TEXT) String text) {
    }

    record Answer(@NotNull @Size(max = Opening.MAX_TEXT) String answer) {
    }

    record RecordView(UUID procedure, OpeningRecord.RecordState state, int needed, List<OpeningRecord.Presented> presented,
            List<LotView> lots) {

        static RecordView of(OpeningRecord r) {
            return new RecordView(r.procedure().value(), r.state(), r.needed(), r.presented(),
                    r.lots().stream().map(LotView::of).toList());
        }
    }

    record LotView(int lot, OpeningRecord.LotOutcome outcome, int standing, int needed, @Nullable String reason, Instant decidedAt,
            List<BidView> bids, List<OpeningRecord.Objection> objections) {

        static LotView of(OpeningRecord.Lot l) {
            return new LotView(l.lot(), l.outcome(), l.standing(), l.needed(), l.reason(), l.decidedAt(),
                    l.bids().stream().map(b -> new BidView(b.bidder(), b.bidderZh(), b.bidderEn(), b.version(), b.receivedAt(),
                            b.sealedBy(), b.envelopeSha256(), b.outcome(), b.reason(), b.price(), b.currency())).toList(),
                    l.objections());
        }
    }

    record BidView(UUID bidder, String bidderZh, String bidderEn, int version, Instant receivedAt, SealedBid.SealedBy sealedBy,
            String envelopeSha256, OpeningRecord.BidOutcome outcome, @Nullable String reason, @Nullable BigDecimal price,
            @Nullable String currency) {
    }

    private final Opening opening;

    OpeningApi(Opening opening) {
        this.opening = opening;
    }

    @PostMapping("/api/v1/procedures/{id}/opening/shares")
    RecordView present(@PathVariable UUID id, @Valid @RequestBody Passphrase passphrase) {
        return RecordView.of(opening.present(actor(id), new ProcedureId(id), passphrase.passphrase().toCharArray()));
    }

    @PostMapping("/api/v1/procedures/{id}/opening/objections")
    RecordView object(@PathVariable UUID id, @Valid @RequestBody Objection objection) {
        return RecordView.of(opening.object(actor(id), new ProcedureId(id), objection.lot(), objection.text()));
    }

    @PostMapping("/api/v1/opening-objections/{id}/answer")
    RecordView answer(@PathVariable UUID id, @Valid @RequestBody Answer answer) {
        return RecordView.of(opening.answer(actor(id), id, answer.answer()));
    }

    @GetMapping("/api/v1/public/procedures/{id}/opening")
    RecordView record(@PathVariable UUID id) {
        return RecordView.of(opening.record(new ProcedureId(id)));
    }

    private static Actor actor(UUID id) {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.opening", "procedure", id));
    }
}
