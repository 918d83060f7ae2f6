package org.cogov.procurement.bidding;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.cogov.procurement.ProcedureId;
import org.cogov.registry.OrganizationId;
import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * One arrival of a bidder's bid on a lot (加密投标文件), as its receipt states it: a version of the bid,
 * sealed, or its withdrawal. Versions are never changed nor removed; the last one before the deadline
 * counts, and a withdrawal as the last one means no bid. The envelope's hash is what the bidder can
 * check against its own copy; the audit entry proves the time.
 *
 * @param envelopeSha256 hex SHA-256 of the envelope as it arrived; {@code null} for a withdrawal
 */
@Domain
public record SealedBid(SealedBidId id, ProcedureId procedure, int lot, OrganizationId bidder, int version, Kind kind,
        SealedBy sealedBy, UUID submittedBy, Instant receivedAt, @Nullable String envelopeSha256, long envelopeSize,
        UUID auditEntry) {

    public enum Kind { BID, WITHDRAWAL }

    /** Where the bid was sealed: on arrival by the platform, or on the bidder's own machine. */
    public enum SealedBy { PLATFORM, BIDDER }

    public SealedBid {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(bidder, "bidder");
        if (lot < 1 || version < 1) {
            throw new IllegalArgumentException("lots and versions count from 1");
        }
        if ((kind == Kind.BID) != (envelopeSha256 != null)) {
            throw new IllegalArgumentException("a bid has an envelope, a withdrawal none");
        }
    }

    /**
     * What the row keeps under the bid key: everything that would tell, in a copy of the database,
     * whose bid it is and where. The format's first field names it, so that it can change.
     */
    String routing() {
        return String.join("|", "v1", procedure.value().toString(), Integer.toString(lot), bidder.value().toString(),
                Integer.toString(version), kind.name(), sealedBy.name(), submittedBy.toString());
    }

    static SealedBid of(SealedBidId id, String routing, Instant receivedAt, @Nullable String envelopeSha256, long envelopeSize,
            UUID auditEntry) {
        String[] f = routing.split("\\|");
        if (f.length != 8 || !"v1".equals(f[0])) {
            throw new IllegalStateException("unknown routing of bid row " + id.value());
        }
        return new SealedBid(id, new ProcedureId(UUID.fromString(f[1])), Integer.parseInt(f[2]),
                new OrganizationId(UUID.fromString(f[3])), Integer.parseInt(f[4]), Kind.valueOf(f[5]), SealedBy.valueOf(f[6]),
                UUID.fromString(f[7]), receivedAt, envelopeSha256, envelopeSize, auditEntry);
    }
}
