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
 * procedure's opening key, its version in the range reserved for final quotations ({@link Binding#FINAL_QUOTATIONS}
 * plus its number). The last one before the due time counts.
 *
 * @param number 1 for the supplier's first final quotation on the lot, one more for each replacement
 */
@Domain
public record FinalQuotation(UUID id, ProcedureId procedure, int lot, OrganizationId bidder, int number, UUID submittedBy,
        Instant receivedAt, String envelopeSha256, long envelopeSize) {

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
        return Binding.FINAL_QUOTATIONS + number;
    }

    Binding binding() {
        return Binding.finalQuotation(procedure.value(), lot, bidder.value(), number);
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
