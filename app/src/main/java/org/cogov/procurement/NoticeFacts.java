package org.cogov.procurement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * What a notice says, once, for both languages: the procedure as it stands at publication. Names of
 * organizations come in both languages; the purchaser's own words (titles, descriptions, guidance,
 * file names) are quoted as written.
 */
@Domain
public record NoticeFacts(String number, Notice.Kind kind, LocalDate publishedOn, String reference, String title,
        @Nullable String description, Names purchaser, @Nullable Names agency, Method method,
        Method.@Nullable Justification justification, @Nullable String justificationText, @Nullable Names singleSourceSupplier,
        List<Lot> lots, Timetable dates, ZoneId zone, List<Document> documents, int custodiansNeeded, int custodiansNamed,
        @Nullable OpeningKeyFacts openingKey) {

    public record Names(String zh, String en) {
    }

    public record Document(TenderDocument.Kind kind, int version, String filename, String sha256) {
    }

    /**
     * The opening key made at publication, for a procedure that seals its bids: what bids are sealed to,
     * and the commitment of each custodian's share, against which the shares are checked at the opening.
     *
     * @param publicKey the public key in base64
     * @param fingerprint the SHA-256 of the public key, in lowercase hex
     */
    public record OpeningKeyFacts(String algorithm, String publicKey, String fingerprint, int needed, List<ShareFacts> shares) {

        public OpeningKeyFacts {
            shares = List.copyOf(shares);
        }
    }

    /** A share as the notice publishes it: its index, its custodian and the custodian's organization, its commitment. */
    public record ShareFacts(int index, String custodian, Names organization, String commitment) {
    }

    public NoticeFacts {
        lots = List.copyOf(lots);
        documents = List.copyOf(documents);
    }
}
