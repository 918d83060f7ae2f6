package org.cogov.procurement;

import java.time.Instant;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * A provider's question on a tendering procedure (答疑), as the purchaser and the public may see it:
 * without the asker. Once answered, it carries the question as published (the purchaser may take out
 * what would identify the asker), the answer and the clarification notice that published both.
 */
@Domain
public record Enquiry(EnquiryId id, ProcedureId procedure, String question, Instant askedAt, @Nullable String publishedQuestion,
        @Nullable String answer, @Nullable Instant answeredAt, @Nullable NoticeId notice) {

    public boolean answered() {
        return answer != null;
    }
}
