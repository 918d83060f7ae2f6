package org.cogov.procurement.bidding;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.cogov.procurement.ProcedureId;
import org.cogov.registry.OrganizationId;
import org.cogov.sealing.Binding;
import org.cogov.shared.Domain;

/**
 * One arrival of a supplier's final quotation (最后报价) on a lot, as its receipt states it: sealed to the
 * procedure's opening key, its version in the range reserved for final quotations ({@link #VERSIONS} plus its
 * number). The last one before the due time counts.
 *
 * @param number 1 for the supplier's first final quotation on the lot, one more for each replacement
 */
@Domain
public record FinalQuotation(UUID id, ProcedureId procedure, int lot, OrganizationId bidder, int number, UUID submittedBy,
        Instant receivedAt, String envelopeSha256, long envelopeSize) {

    /**
     * The envelope versions above this number are reserved for final quotations (docs/sealed-bids.md): the
     * {@code n}-th final quotation of a bidder on a lot is bound to version {@code VERSIONS + n}. A bid never reaches
     * the range (the platform refuses its millionth version), so a bid's envelope is never bound to a final
     * quotation's row nor the other way round: one replayed as the other is refused as {@code envelope.binding} on
     * arrival, and fails to open at the opening.
     */
    public static final int VERSIONS = 1_000_000;

    public FinalQuotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(bidder, "bidder");
        Objects.requireNonNull(envelopeSha256, "envelopeSha256");
        if (lot < 1 || number < 1) {
            throw new IllegalArgumentException("lots and final quotations count from 1");
        }
    }

    /** The version it is sealed under, in the reserved range. */
    public int version() {
        return VERSIONS + number;
    }

    Binding binding() {
        return binding(procedure, lot, bidder, number);
    }

    /** The binding of a bidder's {@code n}-th final quotation on a lot, in the reserved range. */
    public static Binding binding(ProcedureId procedure, int lot, OrganizationId bidder, int number) {
        if (number < 1 || number > Integer.MAX_VALUE - VERSIONS) {
            throw new IllegalArgumentException("a final quotation's number is 1 or more, not " + number);
        }
        return new Binding(procedure.value(), lot, bidder.value(), VERSIONS + number);
    }

    /** What the row keeps under the bid key: whose final quotation it is, and where. */
    String routing() {
        return String.join("|", "fq1", procedure.value().toString(), Integer.toString(lot), bidder.value().toString(),
                Integer.toString(number), submittedBy.toString());
    }

    static FinalQuotation of(UUID id, String routing, Instant receivedAt, String envelopeSha256, long envelopeSize) {
        String[] f = routing.split("\\|");
        if (f.length != 6 || !"fq1".equals(f[0])) {
            throw new IllegalStateException("unknown routing of final quotation row " + id);
        }
        return new FinalQuotation(id, new ProcedureId(UUID.fromString(f[1])), Integer.parseInt(f[2]),
                new OrganizationId(UUID.fromString(f[3])), Integer.parseInt(f[4]), UUID.fromString(f[5]), receivedAt, envelopeSha256,
                envelopeSize);
    }
}
