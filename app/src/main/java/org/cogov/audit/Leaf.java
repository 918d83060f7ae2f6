package org.cogov.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * What the Merkle tree holds of an audit entry: ids and hashes only, in the bytes that
 * docs/audit-log.md fixes (ten TAB-separated fields). The readable payload is kept apart and only its
 * hash is here, so that redacting it changes no leaf and breaks no proof.
 */
@Domain
record Leaf(UUID entryId, Instant recordedAt, @Nullable UUID actorId, @Nullable UUID organizationId, String action,
        String outcome, @Nullable String objectType, @Nullable String objectId, String payloadHash) {

    static final String FORMAT = "cogov-audit-leaf/1";

    /** Six fraction digits always, in UTC: the precision both databases keep. */
    static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    Leaf {
        if (!recordedAt.equals(recordedAt.truncatedTo(ChronoUnit.MICROS))) {
            throw new IllegalArgumentException("a leaf's time has microseconds at most, as stored");
        }
        if (!outcome.equals("DONE") && !outcome.equals("REFUSED")) {
            throw new IllegalArgumentException("unknown outcome " + outcome);
        }
    }

    byte[] bytes() {
        return String.join("\t", FORMAT, entryId.toString(), INSTANT.format(recordedAt), text(actorId),
                text(organizationId), escaped(action), outcome, escaped(objectType), escaped(objectId), payloadHash)
                .getBytes(StandardCharsets.UTF_8);
    }

    byte[] hash() {
        return MerkleTree.leafHash(bytes());
    }

    private static String text(@Nullable UUID id) {
        return id == null ? "" : id.toString();
    }

    /** So that a field never holds the separator (or a line end): %, TAB, LF and CR percent-encoded. */
    static String escaped(@Nullable String field) {
        if (field == null) {
            return "";
        }
        return field.replace("%", "%25").replace("\t", "%09").replace("\n", "%0A").replace("\r", "%0D");
    }
}
