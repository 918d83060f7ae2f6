package org.cogov.procurement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.cogov.shared.Bilingual;
import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * What a clarification or amendment notice says, once, for both languages: the answer to a question or
 * the purchaser's change, the documents it brings, and what became of the deadline. When the deadline
 * moved to keep the method's lead, the rule that moved it is named.
 *
 * @param question the question as published: never the asker
 */
@Domain
public record ClarificationFacts(String number, Notice.Kind kind, LocalDate publishedOn, String reference, String title,
        NoticeFacts.Names purchaser, NoticeFacts.@Nullable Names agency, @Nullable String question, String text,
        List<NoticeFacts.Document> documents, Instant deadlineBefore, Instant deadline, @Nullable Instant openingFrom,
        @Nullable Instant openingUntil, ZoneId zone, @Nullable Lead lead) {

    /** The rule that moved the deadline: so many days or working days before it, and its legal basis. */
    public record Lead(int count, Bilingual unit, Bilingual legalBasis) {
    }

    public ClarificationFacts {
        documents = List.copyOf(documents);
    }

    public boolean deadlineMoved() {
        return !deadline.equals(deadlineBefore);
    }
}
