package org.cogov.procurement;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.BiFunction;

import org.cogov.shared.Domain;

/**
 * Renders a clarification or amendment notice in one language from its facts. Like {@link NoticeText},
 * both languages print the same numbers, dates and hashes in the same order; only the words differ.
 */
@Domain
public final class ClarificationText {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final ClarificationFacts facts;
    private final boolean chinese;
    private final BiFunction<String, Object[], String> labels;
    private final StringBuilder text = new StringBuilder();

    private ClarificationText(ClarificationFacts facts, Locale locale, BiFunction<String, Object[], String> labels) {
        this.facts = facts;
        this.chinese = "zh".equals(locale.getLanguage());
        this.labels = labels;
    }

    /** @param labels the message of a key with its arguments, in the language of {@code locale} */
    public static String render(ClarificationFacts facts, Locale locale, BiFunction<String, Object[], String> labels) {
        return new ClarificationText(facts, locale, labels).render();
    }

    private String render() {
        text.append(label("procurement.notice.kind." + facts.kind().name())).append('\n');
        line("procurement.notice.number", facts.number());
        line("procurement.notice.reference", facts.reference());
        line("procurement.notice.published-on", facts.publishedOn().toString());
        line("procurement.notice.title", facts.title());
        line("procurement.notice.purchaser", chinese ? facts.purchaser().zh() : facts.purchaser().en());
        if (facts.agency() != null) {
            line("procurement.notice.agency", chinese ? facts.agency().zh() : facts.agency().en());
        }
        if (facts.question() != null) {
            line("procurement.notice.question", facts.question());
            line("procurement.notice.answer", facts.text());
        } else {
            line("procurement.notice.amendment", facts.text());
        }
        if (!facts.documents().isEmpty()) {
            text.append(label("procurement.notice.documents")).append('\n');
            for (NoticeFacts.Document document : facts.documents()) {
                text.append("  ").append(label("procurement.document." + document.kind().name())).append(' ')
                        .append(label("procurement.notice.version", document.version())).append(colon())
                        .append(document.filename()).append(" (SHA-256 ").append(document.sha256()).append(")\n");
            }
        }
        ClarificationFacts.Lead lead = facts.lead();
        if (!facts.deadlineMoved()) {
            text.append(label("procurement.notice.deadline-unchanged", minute(facts.deadline()), facts.zone().getId()))
                    .append('\n');
        } else if (lead != null) {
            text.append(label("procurement.notice.deadline-kept-lead", minute(facts.deadlineBefore()), minute(facts.deadline()),
                    facts.zone().getId(), lead.count(), chinese ? lead.unit().zh() : lead.unit().en(),
                    chinese ? lead.legalBasis().zh() : lead.legalBasis().en())).append('\n');
        } else {
            text.append(label("procurement.notice.deadline-moved", minute(facts.deadlineBefore()), minute(facts.deadline()),
                    facts.zone().getId())).append('\n');
        }
        if (facts.openingFrom() != null && facts.openingUntil() != null) {
            text.append("  ").append(label("procurement.notice.opening", minute(facts.openingFrom()), minute(facts.openingUntil())))
                    .append('\n');
        }
        return text.toString();
    }

    private void line(String key, String value) {
        text.append(label(key)).append(colon()).append(value).append('\n');
    }

    private String colon() {
        return chinese ? "：" : ": ";
    }

    private String label(String key, Object... arguments) {
        return labels.apply(key, arguments);
    }

    private String minute(Instant instant) {
        return MINUTE.format(instant.atZone(facts.zone()));
    }
}
