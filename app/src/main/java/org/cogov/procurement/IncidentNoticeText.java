package org.cogov.procurement;

import java.time.Instant;
import java.util.Locale;
import java.util.function.BiFunction;

import org.cogov.shared.Domain;

/**
 * Renders the notice of a deadline extended after a platform incident (延期公告) in one language. Like the
 * other notices, both languages walk the same facts in the same order, printing the same numbers and
 * times, so that the two texts differ in their words only.
 */
@Domain
public final class IncidentNoticeText {

    private IncidentNoticeText() {
    }

    /** @param labels the message of a key with its arguments, in the language of {@code locale} */
    public static String render(IncidentNoticeFacts facts, Locale locale, BiFunction<String, Object[], String> labels) {
        NoticeWriter out = new NoticeWriter(locale, labels).heading(Notice.Kind.DEADLINE_EXTENSION, facts.number(),
                facts.reference(), facts.publishedOn(), facts.title(), null, facts.purchaser(), facts.agency());
        String zone = facts.zone().getId();
        out.line("procurement.notice.incident", out.label("procurement.notice.incident.window", facts.incident(),
                minute(facts.incidentStart(), facts), minute(facts.incidentEnd(), facts), zone));
        out.line("procurement.notice.incident.reason", facts.reason());
        out.sentence("procurement.notice.incident.extended", minute(facts.deadlineBefore(), facts),
                minute(facts.deadline(), facts), zone, facts.workingDays());
        if (facts.openingFrom() != null && facts.openingUntil() != null && facts.openingFromBefore() != null
                && facts.openingUntilBefore() != null) {
            out.indented("procurement.notice.incident.opening", minute(facts.openingFromBefore(), facts),
                    minute(facts.openingUntilBefore(), facts), minute(facts.openingFrom(), facts),
                    minute(facts.openingUntil(), facts));
        }
        if (facts.reopened()) {
            out.sentence("procurement.notice.incident.reopened");
        }
        out.sentence("procurement.notice.incident.bids");
        return out.toString();
    }

    private static String minute(Instant instant, IncidentNoticeFacts facts) {
        return NoticeWriter.minute(instant, facts.zone());
    }
}
