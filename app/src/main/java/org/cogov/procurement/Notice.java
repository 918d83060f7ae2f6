package org.cogov.procurement;

import java.time.Instant;
import java.util.Objects;

import org.cogov.shared.Domain;

/**
 * A published notice (公告) of a procedure: numbered, in Chinese and in English, never changed once
 * published. Both texts are rendered from the same {@link NoticeFacts}, so that a reader learns the
 * same whichever language it chose; the SHA-256 of the two texts lets anyone check a copy.
 */
@Domain
public record Notice(NoticeId id, ProcedureId procedure, String number, Kind kind, Instant publishedAt, String textZh,
        String textEn, String sha256) {

    public enum Kind {
        TENDER_NOTICE, PREQUALIFICATION_NOTICE, NEGOTIATION_NOTICE, CONSULTATION_NOTICE, SINGLE_SOURCE_PUBLICITY,
        PURCHASE_NOTICE,
        /** An answer to enquiries, or a correction of the documents, published for every provider (澄清公告). */
        CLARIFICATION,
        /** A change of the documents or the dates (更正公告). */
        AMENDMENT,
        /** The procedure ends before award, with its reason (终止公告). */
        CANCELLATION,
        /** The procedure or a lot fails as the rules say, with its reason (废标公告). */
        FAILURE,
        /** The finance bureau's decision on an objection to a single-source publicity. */
        OBJECTION_DECISION,
        /** The deadline moved past a platform incident the finance bureau declared (延期公告). */
        DEADLINE_EXTENSION,
        /** The winners of the lots with their prices and the panel (中标/成交结果公告), displayed at least 1 WD. */
        RESULT,
        /** The finance bureau's decision on a complaint (投诉处理决定公告). */
        COMPLAINT_DECISION;

        /** The notice a method publishes first. */
        static Kind first(Method method) {
            return switch (method) {
                case PUBLIC_TENDER -> TENDER_NOTICE;
                case INVITATIONAL_TENDER -> PREQUALIFICATION_NOTICE;
                case COMPETITIVE_NEGOTIATION -> NEGOTIATION_NOTICE;
                case COMPETITIVE_CONSULTATION -> CONSULTATION_NOTICE;
                case SINGLE_SOURCE -> SINGLE_SOURCE_PUBLICITY;
                case SMALL_PURCHASE -> PURCHASE_NOTICE;
                case INQUIRY, FRAMEWORK_AGREEMENT -> throw new IllegalArgumentException(method + " is never published for services");
            };
        }
    }

    public Notice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(textZh, "textZh");
        Objects.requireNonNull(textEn, "textEn");
    }

    public String text(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? textZh : textEn;
    }
}
