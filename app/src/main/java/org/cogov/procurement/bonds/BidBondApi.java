package org.cogov.procurement.bonds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cogov.procurement.ProcedureId;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.Money;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bid bonds over the API: the staff's ledger of a procedure, a bond received and its refund; the bidder's own bonds and
 * its request for one back after withdrawing its bid; the bonds overdue. Refusals are problem details naming the field.
 * Recording a bond twice is refused (one bond per bidder and lot), so a retried request cannot record it twice.
 */
@RestController
@RequestMapping("/api/v1")
class BidBondApi {

    record BondLodged(@NotNull UUID bidder, @NotNull @DecimalMin("0.01") @DecimalMax("9999999999999999.99") BigDecimal amount,
            @NotNull LocalDate receivedOn, @NotNull BidBond.Form form, @NotBlank @Size(max = BidBonds.MAX_REFERENCE) String reference) {
    }

    record BondRefundRecorded(@NotNull LocalDate refundedOn, @NotBlank @Size(max = BidBonds.MAX_REFERENCE) String reference) {
    }

    private final BidBonds bonds;

    BidBondApi(BidBonds bonds) {
        this.bonds = bonds;
    }

    @GetMapping("/procedures/{id}/bonds")
    BidBonds.BondLedger ledger(@PathVariable UUID id) {
        return bonds.ledger(actor(id), new ProcedureId(id));
    }

    @PostMapping("/procedures/{id}/lots/{lot}/bonds")
    @ResponseStatus(HttpStatus.CREATED)
    BidBond record(@PathVariable UUID id, @PathVariable int lot, @Valid @RequestBody BondLodged lodged) {
        return bonds.record(actor(id), new ProcedureId(id), lot, new BidBonds.ReceivedBond(lodged.bidder(),
                new Money(lodged.amount()), lodged.receivedOn(), lodged.form(), lodged.reference()));
    }

    @PostMapping("/procedures/{id}/lots/{lot}/bonds/{bidder}/refund")
    BidBond refund(@PathVariable UUID id, @PathVariable int lot, @PathVariable UUID bidder,
            @Valid @RequestBody BondRefundRecorded refund) {
        return bonds.refund(actor(id), new ProcedureId(id), lot, bidder,
                new BidBonds.RefundMade(refund.refundedOn(), refund.reference()));
    }

    @GetMapping("/procedures/{id}/bonds/mine")
    BidBonds.BondLedger mine(@PathVariable UUID id) {
        return bonds.mine(actor(id), new ProcedureId(id));
    }

    /** The bidder withdrew its bid on the lot before the deadline and asks for its bond back. */
    @PostMapping("/procedures/{id}/lots/{lot}/bonds/mine/refund-request")
    BidBond askRefund(@PathVariable UUID id, @PathVariable int lot) {
        return bonds.askRefund(actor(id), new ProcedureId(id), lot);
    }

    @GetMapping("/bonds/overdue")
    List<BidBonds.BondEntry> overdue() {
        return bonds.overdue(Actor.current().orElseThrow(() -> new Forbidden("procurement.bond.overdue", "bid-bond", null)));
    }

    private static Actor actor(UUID id) {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.bond", "procedure", id));
    }
}
