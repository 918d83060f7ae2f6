package org.cogov.procurement;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.BiFunction;

import org.cogov.shared.Domain;

/**
 * Renders a clarification or amendment notice in one language from its facts. Like {@link NoticeText},
 * both languages print the same numbers, dates and hashes in the same order; only the words differ.
 */
@Domain
public final class ClarificationText {

    private ClarificationText() {
    }

    /** @param labels the message of a key with its arguments, in the language of {@code locale} */
    public static String render(ClarificationFacts facts, Locale locale, BiFunction<String, Object[], String> labels) {
        NoticeWriter out = new NoticeWriter(locale, labels).heading(facts.kind(), facts.number(), facts.reference(),
                facts.publishedOn(), facts.title(), null, facts.purchaser(), facts.agency());
        if (facts.question() != null) {
            out.line("procurement.notice.question", facts.question()).line("procurement.notice.answer", facts.text());
        } else {
            out.line("procurement.notice.amendment", facts.text());
        }
        if (!facts.documents().isEmpty()) {
            out.sentence("procurement.notice.documents");
            for (NoticeFacts.Document document : facts.documents()) {
                out.append("  " + out.label("procurement.document." + document.kind().name()) + " "
                        + out.label("procurement.notice.version", document.version()) + out.colon() + document.filename()
                        + " (SHA-256 " + document.sha256() + ")\n");
            }
        }
        ZoneId zone = facts.zone();
        ClarificationFacts.Lead lead = facts.lead();
        if (!facts.deadlineMoved()) {
            out.sentence("procurement.notice.deadline-unchanged", minute(facts.deadline(), zone), zone.getId());
        } else if (lead != null) {
            out.sentence("procurement.notice.deadline-kept-lead", minute(facts.deadlineBefore(), zone), minute(facts.deadline(), zone),
                    zone.getId(), lead.count(), out.chinese() ? lead.unit().zh() : lead.unit().en(),
                    out.chinese() ? lead.legalBasis().zh() : lead.legalBasis().en());
        } else {
            out.sentence("procurement.notice.deadline-moved", minute(facts.deadlineBefore(), zone), minute(facts.deadline(), zone),
                    zone.getId());
        }
        if (facts.openingFrom() != null && facts.openingUntil() != null) {
            out.indented("procurement.notice.opening", minute(facts.openingFrom(), zone), minute(facts.openingUntil(), zone));
        }
        return out.toString();
    }

    private static String minute(Instant instant, ZoneId zone) {
        return NoticeWriter.minute(instant, zone);
    }
}
